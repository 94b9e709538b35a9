package dev.pluginkit.mattermost.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.pluginkit.mattermost.goplugin.v1.GRPCControllerGrpc;
import dev.pluginkit.mattermost.goplugin.v1.GRPCStdioGrpc;
import io.grpc.BindableService;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * The plugin's gRPC server, the one the Mattermost server calls, in three steps so that
 * the handshake never waits for the application:
 * <ol>
 * <li>{@link #listen()} binds a port on {@code 127.0.0.1} (within
 * {@link PluginPortRange}) and writes go-plugin's handshake line. It loads neither gRPC nor
 * Netty, so it takes milliseconds; the server's connection waits in the socket's backlog.
 * </li>
 * <li>{@link #start()} serves gRPC on that socket: go-plugin's health
 * ({@value #HEALTH_SERVICE_NAME} and {@code ""}, SERVING), controller and stdio services
 * at once, and every other call held until the application's outcome.</li>
 * <li>{@link #serve} hands the held calls, and all later ones, to the application's
 * services (PluginHooks among them); {@link #refuseStart} answers them with the reason the
 * application failed to start instead.</li>
 * </ol>
 * A held call waits within its own deadline: the server gives {@code Implemented} and
 * {@code OnActivate} 30 seconds each.
 *
 * <p>{@link #stop()} reports NOT_SERVING for good, ends stdio streams, refuses new calls,
 * lets calls in flight finish within the grace period and then cancels them. The event loop
 * thread is not a daemon, so that a plugin process stays alive while it serves, with no
 * other keep-alive. A stopped server does not start again.
 */
public class PluginServer {

	/** The service name go-plugin health-checks. */
	public static final String HEALTH_SERVICE_NAME = "plugin";

	/** The services the runtime itself serves, which no application service may replace. */
	private static final Map<String, String> RUNTIME_SERVICES = Map.of(HealthGrpc.SERVICE_NAME,
			"the plugin runtime's health service", GRPCControllerGrpc.SERVICE_NAME,
			"the plugin runtime's go-plugin controller", GRPCStdioGrpc.SERVICE_NAME,
			"the plugin runtime's go-plugin stdio");

	private static final Duration FORCED_TERMINATION_TIMEOUT = Duration.ofMillis(500);

	private static final Log logger = LogFactory.getLog(PluginServer.class);

	private final Runnable shutdownRequest;

	private final DeferredServiceRegistry applicationServices = new DeferredServiceRegistry();

	private final List<BindableService> initialServices;

	private Duration shutdownGracePeriod = Duration.ofSeconds(1);

	private List<PluginServerBuilderCustomizer> customizers = List.of();

	private Consumer<String> handshakeWriter = PluginStandardStreams::printHandshake;

	private PluginPortRange portRange = PluginPortRange.any();

	private final Object monitor = new Object();

	private ServerSocketChannel socket;

	private int port = -1;

	private Server server;

	private EventLoopGroup eventLoops;

	private boolean stopped;

	// Created on first use, so that listen() loads nothing of gRPC or protobuf.
	private HealthStatusManager health;

	private GrpcStdioService stdio;

	/**
	 * Creates a server that serves the application once {@link #serve} is called, with a
	 * health status of its own.
	 * @param shutdownRequest what go-plugin's {@code Shutdown} call starts; it must return at
	 * once and do its work elsewhere
	 */
	public PluginServer(Runnable shutdownRequest) {
		this(null, null, shutdownRequest);
	}

	/**
	 * Creates a server that serves the application once {@link #serve} is called.
	 * @param health the health status the health service reports
	 * @param shutdownRequest what go-plugin's {@code Shutdown} call starts; it must return at
	 * once and do its work elsewhere
	 */
	public PluginServer(HealthStatusManager health, Runnable shutdownRequest) {
		this(null, health, shutdownRequest);
		Assert.notNull(health, "'health' must not be null");
	}

	/**
	 * Creates a server that serves the given services as soon as it starts.
	 * @param services the services to serve besides go-plugin's own, typically
	 * {@code PluginHooks}
	 * @param health the health status the health service reports
	 * @param shutdownRequest what go-plugin's {@code Shutdown} call starts; it must return at
	 * once and do its work elsewhere
	 */
	public PluginServer(List<BindableService> services, HealthStatusManager health, Runnable shutdownRequest) {
		Assert.notNull(shutdownRequest, "'shutdownRequest' must not be null");
		this.initialServices = (services != null) ? List.copyOf(services) : null;
		this.health = health;
		this.shutdownRequest = shutdownRequest;
	}

	/**
	 * Binds each service and checks that no two serve the same gRPC service, and that none
	 * serves one of the runtime's own (health, go-plugin's controller and stdio).
	 * @param services the services, each under a name for messages, such as its bean name
	 * @return the bound services, in the given order
	 * @throws IllegalStateException when two services collide, naming both
	 */
	public static List<ServerServiceDefinition> bindServices(Map<String, ? extends BindableService> services) {
		Map<String, String> servedBy = new LinkedHashMap<>(RUNTIME_SERVICES);
		List<ServerServiceDefinition> definitions = new ArrayList<>();
		services.forEach((name, service) -> {
			ServerServiceDefinition definition = service.bindService();
			String serviceName = definition.getServiceDescriptor().getName();
			String previous = servedBy.putIfAbsent(serviceName, "'" + name + "'");
			if (previous != null) {
				throw new IllegalStateException("'" + name + "' serves " + serviceName + ", which " + previous
						+ " serves already: a gRPC service can have only one implementation in the plugin's server");
			}
			definitions.add(definition);
		});
		return definitions;
	}

	/**
	 * Sets how long calls in flight may run on once the server stops, before they are
	 * cancelled. Default 1 second: go-plugin kills the process 2 seconds after asking it to
	 * shut down.
	 * @param shutdownGracePeriod the grace period, zero or positive
	 */
	public void setShutdownGracePeriod(Duration shutdownGracePeriod) {
		Assert.isTrue(shutdownGracePeriod != null && !shutdownGracePeriod.isNegative(),
				"'shutdownGracePeriod' must be zero or positive");
		this.shutdownGracePeriod = shutdownGracePeriod;
	}

	/**
	 * Sets the customizers applied, in order, to the server builder in {@link #start()}.
	 * @param customizers the customizers
	 */
	public void setCustomizers(List<PluginServerBuilderCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Sets where the handshake line goes. Default: the process's original stdout, flushed
	 * (see {@link PluginStandardStreams}).
	 * @param handshakeWriter receives the line, newline included
	 */
	public void setHandshakeWriter(Consumer<String> handshakeWriter) {
		Assert.notNull(handshakeWriter, "'handshakeWriter' must not be null");
		this.handshakeWriter = handshakeWriter;
	}

	/**
	 * Sets the ports to listen on. Default: any port the operating system chooses.
	 * @param portRange the range, usually {@link PluginPortRange#fromEnvironment}
	 */
	public void setPortRange(PluginPortRange portRange) {
		Assert.notNull(portRange, "'portRange' must not be null");
		this.portRange = portRange;
	}

	/**
	 * Binds the port and writes the handshake line, once; {@link #start()} then serves on
	 * it. Nothing of gRPC or Netty is loaded yet.
	 * @throws UncheckedIOException when no port can be bound
	 * @throws IllegalStateException when the server has stopped
	 */
	public void listen() {
		int port;
		synchronized (this.monitor) {
			Assert.state(!this.stopped, "The plugin server has stopped");
			if (this.socket != null) {
				return;
			}
			try {
				this.socket = this.portRange.bind();
				port = ((InetSocketAddress) this.socket.getLocalAddress()).getPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not listen on 127.0.0.1 (" + this.portRange + ")", ex);
			}
			this.port = port;
		}
		this.handshakeWriter.accept(PluginHandshake.line(new InetSocketAddress("127.0.0.1", port)));
	}

	/**
	 * Serves gRPC on the port, binding it and writing the handshake first if
	 * {@link #listen()} has not: health SERVING, go-plugin's controller and stdio, and the
	 * application's services once {@link #serve} is called (at once when they were given to
	 * the constructor). Calling it again changes nothing.
	 * @throws IllegalStateException when the server has stopped
	 */
	public void start() {
		listen();
		synchronized (this.monitor) {
			Assert.state(!this.stopped, "The plugin server has stopped");
			if (this.server != null) {
				return;
			}
			HealthStatusManager health = getHealth();
			this.stdio = new GrpcStdioService();
			EventLoopGroup eventLoops = new NioEventLoopGroup(1, new DefaultThreadFactory("mattermost-plugin", false));
			try {
				ServerSocketChannel socket = this.socket;
				NettyServerBuilder builder = NettyServerBuilder
					.forAddress(new InetSocketAddress("127.0.0.1", this.port));
				this.customizers.forEach((customizer) -> customizer.customize(builder));
				builder.channelFactory(() -> new PreboundServerSocketChannel(socket))
					.bossEventLoopGroup(eventLoops)
					.workerEventLoopGroup(eventLoops)
					.addService(health.getHealthService())
					.addService(new GrpcControllerService(this.shutdownRequest))
					.addService(this.stdio)
					.fallbackHandlerRegistry(this.applicationServices);
				this.server = builder.build().start();
				this.eventLoops = eventLoops;
			}
			catch (IOException | RuntimeException ex) {
				// Its thread is not a daemon: left running, it would keep the JVM alive.
				eventLoops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
				closeSocket();
				throw (ex instanceof IOException io)
						? new UncheckedIOException("Could not start the plugin's gRPC server on 127.0.0.1", io)
						: (RuntimeException) ex;
			}
			health.setStatus(HEALTH_SERVICE_NAME, ServingStatus.SERVING);
			health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
		}
		if (this.initialServices != null) {
			serve(bindServices(labelled(this.initialServices)));
		}
		logger.info("Plugin gRPC server serving on 127.0.0.1:" + this.port);
	}

	private static Map<String, BindableService> labelled(List<BindableService> services) {
		Map<String, BindableService> labelled = new LinkedHashMap<>();
		services.forEach((service) -> labelled.put(service.getClass().getName() + "@"
				+ Integer.toHexString(System.identityHashCode(service)), service));
		return labelled;
	}

	/**
	 * Serves the application's services from now on, and hands them the calls held so far.
	 * @param services the services, as {@link #bindServices} returns them
	 * @return whether they are served; {@code false} when the start was refused or the
	 * server stopped first
	 */
	public boolean serve(List<ServerServiceDefinition> services) {
		return this.applicationServices.serve(services);
	}

	/**
	 * Answers the held calls, and every later call to the application's services, with the
	 * reason the application failed to start, and reports NOT_SERVING: hooks whose response
	 * carries an {@code AppError} ({@code Implemented}, {@code OnActivate}, ...) get that
	 * error with the reason as its message, other calls UNAVAILABLE.
	 * @param reason why the application did not start, for the Mattermost server's log
	 * @return whether the calls are refused; {@code false} once the application is served
	 */
	public boolean refuseStart(String reason) {
		StartFailureAnswer answer = new StartFailureAnswer(reason);
		if (!this.applicationServices.refuse(answer::forMethod)) {
			return false;
		}
		HealthStatusManager health = getHealth();
		health.setStatus(HEALTH_SERVICE_NAME, ServingStatus.NOT_SERVING);
		health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.NOT_SERVING);
		return true;
	}

	/**
	 * Tells whether the application's services are served.
	 * @return whether {@link #serve} has handed them the calls
	 */
	public boolean isServing() {
		return this.applicationServices.isServing();
	}

	/**
	 * Reports NOT_SERVING, ends the stdio streams, refuses new calls, lets calls in flight
	 * finish within the grace period, cancels the rest and frees the port. Calls still held
	 * for the application are answered UNAVAILABLE.
	 */
	public void stop() {
		Server server;
		EventLoopGroup eventLoops;
		GrpcStdioService stdio;
		synchronized (this.monitor) {
			if (this.stopped) {
				return;
			}
			this.stopped = true;
			server = this.server;
			eventLoops = this.eventLoops;
			stdio = this.stdio;
			this.server = null;
			this.eventLoops = null;
		}
		getHealth().enterTerminalState();
		this.applicationServices.refuse(PluginServer::shuttingDown);
		if (server == null) {
			closeSocket();
			return;
		}
		stdio.close();
		server.shutdown();
		try {
			if (!server.awaitTermination(this.shutdownGracePeriod.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("Calls still running after the shutdown grace period of " + this.shutdownGracePeriod
						+ " are cancelled");
				server.shutdownNow();
				server.awaitTermination(FORCED_TERMINATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			server.shutdownNow();
			Thread.currentThread().interrupt();
		}
		finally {
			eventLoops.shutdownGracefully(0, FORCED_TERMINATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.awaitUninterruptibly(FORCED_TERMINATION_TIMEOUT.toMillis());
			closeSocket();
		}
		logger.info("Plugin gRPC server stopped");
	}

	private static DeferredServiceRegistry.CallAnswer shuttingDown(String method) {
		return (call) -> call.close(Status.UNAVAILABLE.withDescription("The plugin is shutting down"), new Metadata());
	}

	private void closeSocket() {
		synchronized (this.monitor) {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					logger.debug("Closing the plugin server's socket failed", ex);
				}
			}
		}
	}

	/**
	 * Tells whether the server serves gRPC: started and not stopped.
	 * @return whether it runs
	 */
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.server != null;
		}
	}

	/**
	 * Tells whether {@link #stop()} has been called.
	 * @return whether the server has stopped
	 */
	public boolean isStopped() {
		synchronized (this.monitor) {
			return this.stopped;
		}
	}

	/**
	 * Returns the port the server listens on, on {@code 127.0.0.1}.
	 * @return the port, or {@code -1} before {@link #listen()} and after {@link #stop()}
	 */
	public int getPort() {
		synchronized (this.monitor) {
			return (this.stopped) ? -1 : this.port;
		}
	}

	/**
	 * Returns the health status the health service reports.
	 * @return the health status manager
	 */
	public HealthStatusManager getHealth() {
		synchronized (this.monitor) {
			if (this.health == null) {
				this.health = new HealthStatusManager();
			}
			return this.health;
		}
	}

}

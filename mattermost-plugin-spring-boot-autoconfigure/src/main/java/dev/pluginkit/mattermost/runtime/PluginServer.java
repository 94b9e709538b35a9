package dev.pluginkit.mattermost.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * The plugin's gRPC server, the one the Mattermost server calls: bound to
 * {@code 127.0.0.1} on a port the operating system chooses, serving the given services
 * plus go-plugin's health ({@value #HEALTH_SERVICE_NAME} and {@code ""}), controller and
 * stdio services.
 *
 * <p>Once it serves, it writes go-plugin's handshake line and publishes a
 * {@link PluginServerStartedEvent}. It starts after every other lifecycle bean and stops
 * before them: on stop, health turns NOT_SERVING for good, no new call is accepted, calls in
 * flight get the grace period to finish and are then cancelled.
 *
 * <p>Its event loop threads are not daemons, so that a plugin process stays alive while it
 * serves, with no other keep-alive. Health stays NOT_SERVING once stopped: a plugin is
 * stopped to end, not to start again.
 */
public class PluginServer implements SmartLifecycle, ApplicationEventPublisherAware {

	/** The service name go-plugin health-checks. */
	public static final String HEALTH_SERVICE_NAME = "plugin";

	/**
	 * Starts last and stops first among lifecycle beans, as Spring Boot's web servers do,
	 * so that no call arrives before the application is ready or after its beans stop.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	private static final Duration FORCED_TERMINATION_TIMEOUT = Duration.ofMillis(500);

	private static final Log logger = LogFactory.getLog(PluginServer.class);

	private final List<BindableService> services;

	private final HealthStatusManager health;

	private final GrpcControllerService controller;

	private final GrpcStdioService stdio = new GrpcStdioService();

	private Duration shutdownGracePeriod = Duration.ofSeconds(1);

	private List<PluginServerBuilderCustomizer> customizers = List.of();

	private Consumer<String> handshakeWriter = PluginStandardStreams::printHandshake;

	private ApplicationEventPublisher eventPublisher;

	private final Object monitor = new Object();

	private Server server;

	private EventLoopGroup eventLoops;

	/**
	 * Creates a server, not yet started.
	 * @param services the services to serve besides go-plugin's own, typically
	 * {@code PluginHooks}
	 * @param health the health status the health service reports
	 * @param shutdownRequest what go-plugin's {@code Shutdown} call starts; it must return at
	 * once and do its work elsewhere
	 */
	public PluginServer(List<BindableService> services, HealthStatusManager health, Runnable shutdownRequest) {
		Assert.notNull(services, "'services' must not be null");
		Assert.notNull(health, "'health' must not be null");
		Assert.notNull(shutdownRequest, "'shutdownRequest' must not be null");
		this.services = List.copyOf(services);
		this.health = health;
		this.controller = new GrpcControllerService(shutdownRequest);
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
	 * Sets the customizers applied, in order, to the server builder.
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

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher eventPublisher) {
		this.eventPublisher = eventPublisher;
	}

	/**
	 * Binds, serves, reports SERVING, then writes the handshake line and publishes a
	 * {@link PluginServerStartedEvent}.
	 */
	@Override
	public void start() {
		int port;
		synchronized (this.monitor) {
			if (this.server != null) {
				return;
			}
			NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0));
			this.customizers.forEach((customizer) -> customizer.customize(builder));
			EventLoopGroup eventLoops = new NioEventLoopGroup(1, new DefaultThreadFactory("mattermost-plugin", false));
			builder.channelType(NioServerSocketChannel.class)
				.bossEventLoopGroup(eventLoops)
				.workerEventLoopGroup(eventLoops)
				.addService(this.health.getHealthService())
				.addService(this.controller)
				.addService(this.stdio);
			this.services.forEach(builder::addService);
			Server server;
			try {
				server = builder.build().start();
			}
			catch (IOException ex) {
				eventLoops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
				throw new UncheckedIOException("Could not start the plugin's gRPC server on 127.0.0.1", ex);
			}
			catch (RuntimeException ex) {
				// Its threads are not daemons: left running, they would keep the JVM alive.
				eventLoops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
				throw ex;
			}
			this.server = server;
			this.eventLoops = eventLoops;
			this.health.setStatus(HEALTH_SERVICE_NAME, ServingStatus.SERVING);
			this.health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
			port = ((InetSocketAddress) server.getListenSockets().get(0)).getPort();
		}
		this.handshakeWriter.accept(PluginHandshake.line(new InetSocketAddress("127.0.0.1", port)));
		logger.info("Plugin gRPC server serving on 127.0.0.1:" + port);
		if (this.eventPublisher != null) {
			this.eventPublisher.publishEvent(new PluginServerStartedEvent(this, port));
		}
	}

	/**
	 * Reports NOT_SERVING, refuses new calls, lets calls in flight finish within the grace
	 * period, cancels the rest and frees the port.
	 */
	@Override
	public void stop() {
		Server server;
		EventLoopGroup eventLoops;
		synchronized (this.monitor) {
			server = this.server;
			eventLoops = this.eventLoops;
			this.server = null;
			this.eventLoops = null;
		}
		if (server == null) {
			return;
		}
		this.health.enterTerminalState();
		this.stdio.closeStreams();
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
		}
		logger.info("Plugin gRPC server stopped");
	}

	@Override
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.server != null;
		}
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * Returns the port the server listens on, on {@code 127.0.0.1}.
	 * @return the port, or {@code -1} when the server is not running
	 */
	public int getPort() {
		synchronized (this.monitor) {
			return (this.server != null) ? ((InetSocketAddress) this.server.getListenSockets().get(0)).getPort() : -1;
		}
	}

}

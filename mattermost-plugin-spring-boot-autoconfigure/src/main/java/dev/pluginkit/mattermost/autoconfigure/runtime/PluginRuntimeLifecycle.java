package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.util.List;

import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.runtime.PluginServerStartedEvent;
import dev.pluginkit.mattermost.runtime.PluginShutdown;
import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Connects the {@link PluginServer} to the application: it serves the context's
 * {@link BindableService} beans once the application is ready, and stops before anything
 * else of the application does.
 * <ul>
 * <li>Started ahead of the context by {@link PluginRuntimeRunListener} (a Spring Boot
 * application), the server has held every call since the handshake; it serves the
 * application after the last {@link ApplicationReadyEvent} listener, so that
 * {@code ApplicationRunner}s and every lifecycle bean have run before the first hook.</li>
 * <li>In a context that no {@code SpringApplication} runs, it starts the server and serves
 * when the lifecycle beans start.</li>
 * <li>Either way the services are bound and checked while the context refreshes, so that two
 * beans serving the same gRPC service fail the start.</li>
 * <li>On {@link ContextClosedEvent}, before any other listener and before lifecycle beans stop
 * (an executor bean stops taking tasks then), the server stops: hook calls in flight finish
 * within the grace period with the whole application still there.</li>
 * </ul>
 */
class PluginRuntimeLifecycle implements SmartLifecycle {

	private final ApplicationContext context;

	private final PluginServer server;

	private final PluginShutdown shutdown;

	private final boolean startedAhead;

	private volatile List<ServerServiceDefinition> services;

	private volatile boolean running;

	PluginRuntimeLifecycle(ApplicationContext context, PluginServer server, PluginShutdown shutdown,
			boolean startedAhead) {
		this.context = context;
		this.server = server;
		this.shutdown = shutdown;
		this.startedAhead = startedAhead;
	}

	@Override
	public void start() {
		this.services = PluginServer.bindServices(this.context.getBeansOfType(BindableService.class));
		if (!this.startedAhead) {
			this.server.start();
			serve();
		}
		this.running = true;
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void applicationReady(ApplicationReadyEvent event) {
		if (this.startedAhead && event.getApplicationContext() == this.context && this.services != null) {
			this.shutdown.attach(event.getApplicationContext());
			serve();
		}
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void contextClosed(ContextClosedEvent event) {
		if (event.getApplicationContext() == this.context) {
			this.server.stop();
		}
	}

	private void serve() {
		if (this.server.serve(this.services)) {
			this.context.publishEvent(new PluginServerStartedEvent(this.server, this.server.getPort()));
		}
	}

	@Override
	public void stop() {
		this.server.stop();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts with the last lifecycle beans, so that the others serve before the first hook
	 * in a context without {@code ApplicationReadyEvent}.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

}

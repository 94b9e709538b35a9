package dev.pluginkit.mattermost.runtime;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import sun.misc.Signal;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Shuts the plugin down, once, whatever asks first: go-plugin's {@code Shutdown} call, or
 * SIGTERM or SIGINT when {@linkplain #handleTerminationSignals() handled}.
 *
 * <p>The shutdown runs on a thread of its own, so the request returns at once. Once the
 * application is {@linkplain #attach attached} (it is ready), it closes the application
 * context, which stops the {@link PluginServer} first (health NOT_SERVING, calls in flight
 * finish within their grace period) and then the rest of the application. A process that
 * the Mattermost server launched then exits, with status 0, or 1 when the application
 * {@linkplain #startFailed() failed to start}: go-plugin kills a plugin that has not exited
 * 2 seconds after {@code Shutdown}, and logs that it failed to exit gracefully. A request
 * that comes while the application is still starting exits at once; the JVM's shutdown
 * hooks close what has started. Any other process, a test's JVM for example, keeps running.
 */
public class PluginShutdown {

	private static final Log logger = LogFactory.getLog(PluginShutdown.class);

	private final boolean exitProcess;

	private final AtomicBoolean requested = new AtomicBoolean();

	private volatile ConfigurableApplicationContext context;

	private volatile boolean startFailed;

	/**
	 * Creates the shutdown of the given application, which is ready.
	 * @param context the application context to close
	 * @param exitProcess whether to end the JVM once the context is closed
	 */
	public PluginShutdown(ConfigurableApplicationContext context, boolean exitProcess) {
		this.context = context;
		this.exitProcess = exitProcess;
	}

	/**
	 * Creates the shutdown of an application that is still starting.
	 * @param exitProcess whether to end the JVM on shutdown
	 */
	public PluginShutdown(boolean exitProcess) {
		this(null, exitProcess);
	}

	/**
	 * Closes the given application context on shutdown from now on.
	 * @param context the ready application's context
	 */
	public void attach(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Marks the start as failed: the process exits with status 1, and closes no context.
	 */
	public void startFailed() {
		this.startFailed = true;
	}

	/**
	 * Starts the shutdown on a new thread and returns at once. Only the first request counts.
	 */
	public void request() {
		if (this.requested.compareAndSet(false, true)) {
			Thread thread = new Thread(this::shutDown, "mattermost-plugin-shutdown");
			thread.setDaemon(false);
			thread.start();
		}
	}

	/**
	 * Tells whether a shutdown was requested.
	 * @return whether {@link #request()} has been called
	 */
	public boolean isRequested() {
		return this.requested.get();
	}

	/**
	 * Makes SIGTERM and SIGINT request this shutdown instead of the JVM's default, which
	 * would exit with status 143 or 130 after the shutdown hooks. Where the JVM refuses to
	 * hand a signal over (as with {@code -Xrs}), its default handling stays.
	 */
	public void handleTerminationSignals() {
		for (String name : new String[] { "TERM", "INT" }) {
			try {
				Signal.handle(new Signal(name), (signal) -> {
					logger.info("Received SIG" + signal.getName() + ", shutting down");
					request();
				});
			}
			catch (IllegalArgumentException | UnsupportedOperationException ex) {
				logger.debug("SIG" + name + " keeps the JVM's default handling: " + ex.getMessage());
			}
		}
	}

	private void shutDown() {
		ConfigurableApplicationContext context = this.context;
		try {
			if (context != null && !this.startFailed) {
				context.close();
			}
		}
		catch (RuntimeException ex) {
			logger.error("Closing the plugin's application context failed", ex);
		}
		finally {
			if (this.exitProcess) {
				System.exit(this.startFailed ? 1 : 0);
			}
		}
	}

}

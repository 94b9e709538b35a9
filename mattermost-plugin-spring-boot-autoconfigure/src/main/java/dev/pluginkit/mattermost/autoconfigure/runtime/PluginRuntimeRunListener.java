package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.runtime.PluginHandshake;
import dev.pluginkit.mattermost.runtime.PluginPortRange;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.runtime.PluginServerBuilderCustomizer;
import dev.pluginkit.mattermost.runtime.PluginShutdown;
import dev.pluginkit.mattermost.runtime.PluginStandardStreams;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/**
 * Starts the plugin runtime at the very start of {@link SpringApplication#run}, before the
 * application context exists, because the Mattermost server kills a plugin that has not
 * written its handshake line within 3 seconds of its launch, however large the application.
 *
 * <ol>
 * <li>{@code starting}: in a process the server launched (the magic cookie is set and no
 * system property, argument or variable disables the runtime), stdout is kept for the
 * handshake, the port is bound and the handshake line written. This loads neither gRPC nor
 * the application.</li>
 * <li>{@code environmentPrepared}: with {@code mattermost.plugin.runtime.*} now known, the
 * gRPC server starts on that port, on a thread of its own while the application goes on
 * starting. Health, go-plugin's controller and stdio answer from then on; hook calls wait
 * for the application. (When only the configuration enables the runtime, the port is bound
 * here, or at {@code contextPrepared} when an initializer enables it.)</li>
 * <li>{@code contextPrepared}: the server, its health and the shutdown become beans, so the
 * auto-configuration uses them; it serves the application's services once the application
 * is ready ({@code ApplicationReadyEvent}).</li>
 * <li>{@code failed}: every waiting and later hook call is answered with the reason: the
 * failure analysis Spring Boot reports, or the exception. In a process the server launched,
 * the process then exits with status 1 once the server asks it to shut down, or after
 * {@value #FAILED_START_LINGER_SECONDS} seconds.</li>
 * </ol>
 *
 * <p>{@link PluginServerBuilderCustomizer}s for a server started this way are read from
 * {@code META-INF/spring.factories}: beans do not exist yet.
 */
public class PluginRuntimeRunListener implements SpringApplicationRunListener, Ordered {

	/** The bean name of the server started ahead of the context. */
	public static final String SERVER_BEAN_NAME = "mattermostPluginServer";

	/** The bean name of the shutdown of a server started ahead of the context. */
	static final String SHUTDOWN_BEAN_NAME = "mattermostPluginShutdown";

	/** The bean name of the health of a server started ahead of the context. */
	static final String HEALTH_BEAN_NAME = "mattermostPluginHealthStatusManager";

	/** How long a process whose application failed waits for the server to call. */
	static final int FAILED_START_LINGER_SECONDS = 30;

	private static final String ENABLED_VARIABLE = "MATTERMOST_PLUGIN_RUNTIME_ENABLED";

	private static final Log logger = LogFactory.getLog(PluginRuntimeRunListener.class);

	private final SpringApplication application;

	private final String[] args;

	private final boolean launchedByServer;

	private PluginServer server;

	private PluginShutdown shutdown;

	private boolean serving;

	/**
	 * Creates the listener; Spring Boot calls this for each run.
	 * @param application the application being run
	 * @param args its arguments
	 */
	public PluginRuntimeRunListener(SpringApplication application, String[] args) {
		this(application, args, System.getenv());
	}

	PluginRuntimeRunListener(SpringApplication application, String[] args, Map<String, String> environment) {
		this.application = application;
		this.args = args;
		this.launchedByServer = PluginHandshake.isLaunchedByServer(environment);
	}

	/**
	 * Runs first, so that the handshake is written before any other starting work.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		Boolean enabled = enabledBeforeTheEnvironment();
		if ((enabled != null) ? enabled : this.launchedByServer) {
			listen();
		}
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		follow(environment);
	}

	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		follow(context.getEnvironment());
		if (this.server != null) {
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			beanFactory.registerSingleton(SERVER_BEAN_NAME, this.server);
			beanFactory.registerSingleton(SHUTDOWN_BEAN_NAME, this.shutdown);
			beanFactory.registerSingleton(HEALTH_BEAN_NAME, this.server.getHealth());
		}
	}

	@Override
	public void failed(ConfigurableApplicationContext context, Throwable exception) {
		PluginServer server = this.server;
		if (server == null || server.isStopped()) {
			return;
		}
		String reason = StartFailureReason.of(context, exception);
		if (!server.isRunning()) {
			// Failed before the server's own start: serve anyway, so that the server learns why.
			startServing(new PluginRuntimeProperties(), false);
		}
		if (!server.refuseStart(reason)) {
			return;
		}
		this.shutdown.startFailed();
		if (this.launchedByServer) {
			Thread linger = new Thread(() -> {
				sleep(Duration.ofSeconds(FAILED_START_LINGER_SECONDS));
				this.shutdown.request();
			}, "mattermost-plugin-failed-start");
			linger.setDaemon(true);
			linger.start();
		}
		else {
			server.stop();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Starts, or stops, what the environment says, once it is known.
	 */
	private void follow(ConfigurableEnvironment environment) {
		boolean active = PluginRuntimeActivation.isActive(environment);
		if (!active) {
			if (this.server != null && !this.server.isStopped()) {
				logger.warn("The plugin runtime is disabled by " + PluginRuntimeActivation.ENABLED_PROPERTY
						+ " after its handshake was written: the server that launched this process cannot use it");
				this.server.stop();
				this.server = null;
			}
			return;
		}
		if (this.server == null) {
			listen();
		}
		if (!this.serving) {
			PluginRuntimeProperties properties = bind(environment);
			startServing(properties, true);
		}
	}

	private void listen() {
		PluginStandardStreams.redirectStdoutToStderr();
		this.shutdown = new PluginShutdown(this.launchedByServer);
		this.server = new PluginServer(this.shutdown::request);
		this.server.setPortRange(PluginPortRange.fromEnvironment(System.getenv()));
		if (this.launchedByServer) {
			this.shutdown.handleTerminationSignals();
		}
		this.server.listen();
	}

	/**
	 * Starts gRPC on the bound port, in the background unless told otherwise: loading gRPC
	 * and Netty takes a while, and the application can start meanwhile.
	 */
	private void startServing(PluginRuntimeProperties properties, boolean inBackground) {
		this.serving = true;
		PluginServer server = this.server;
		server.setShutdownGracePeriod(properties.getShutdownGracePeriod());
		List<PluginServerBuilderCustomizer> customizers = new ArrayList<>();
		customizers.add(new PropertiesPluginServerBuilderCustomizer(properties));
		customizers.addAll(SpringFactoriesLoader.loadFactories(PluginServerBuilderCustomizer.class,
				this.application.getClassLoader()));
		server.setCustomizers(customizers);
		if (!inBackground) {
			server.start();
			return;
		}
		Thread start = new Thread(() -> {
			try {
				server.start();
			}
			catch (RuntimeException ex) {
				logger.error("The plugin's gRPC server could not start", ex);
				if (this.launchedByServer) {
					System.exit(1);
				}
			}
		}, "mattermost-plugin-server-start");
		start.setDaemon(true);
		start.start();
	}

	private static PluginRuntimeProperties bind(ConfigurableEnvironment environment) {
		PluginRuntimeProperties properties = Binder.get(environment)
			.bind("mattermost.plugin.runtime", PluginRuntimeProperties.class)
			.orElseGet(PluginRuntimeProperties::new);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(properties, "mattermost.plugin.runtime");
		properties.validate(properties, errors);
		for (FieldError error : errors.getFieldErrors()) {
			throw new IllegalStateException("mattermost.plugin.runtime." + error.getField() + " "
					+ error.getDefaultMessage() + ", but is " + error.getRejectedValue());
		}
		return properties;
	}

	/**
	 * The runtime switch as far as it is known before the environment: a command-line
	 * argument, a system property or an environment variable.
	 */
	private Boolean enabledBeforeTheEnvironment() {
		String prefix = "--" + PluginRuntimeActivation.ENABLED_PROPERTY + "=";
		String value = null;
		for (String arg : this.args) {
			if (arg.startsWith(prefix)) {
				value = arg.substring(prefix.length());
			}
		}
		if (value == null) {
			value = System.getProperty(PluginRuntimeActivation.ENABLED_PROPERTY);
		}
		if (value == null) {
			value = System.getenv(ENABLED_VARIABLE);
		}
		return (value != null) ? Boolean.valueOf(value.trim()) : null;
	}

}

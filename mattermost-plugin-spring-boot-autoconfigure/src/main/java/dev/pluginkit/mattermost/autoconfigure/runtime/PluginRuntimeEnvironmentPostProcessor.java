package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.pluginkit.mattermost.runtime.PluginStandardStreams;
import org.apache.commons.logging.Log;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Prepares a process in which the plugin runtime runs, before the banner, the logging
 * system and the application context:
 * <ul>
 * <li>keeps the original stdout for the handshake line and re-points {@code System.out} at
 * stderr ({@link PluginStandardStreams}), so that nothing else ever reaches stdout;</li>
 * <li>turns the banner off by default (it would go to stderr);</li>
 * <li>keeps the plugin from opening a port: with Spring MVC on the classpath the application
 * stays a servlet web application, whose web server is the portless ServeHTTP bridge;
 * otherwise (no web stack, or WebFlux only, or a reactive type asked for) it forces
 * {@code spring.main.web-application-type=none};</li>
 * <li>with Logback, forces {@code logging.config} to {@value #LOGBACK_CONFIG}, which writes
 * every event as an hclog JSON line to stderr, so that each lands in the server log at its
 * level whatever logging configuration the application has.</li>
 * </ul>
 * It runs after the configuration files are loaded, so that
 * {@code mattermost.plugin.runtime.enabled} may be set in them.
 */
public class PluginRuntimeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The logging configuration forced while the runtime runs, with Logback. */
	public static final String LOGBACK_CONFIG = "classpath:dev/pluginkit/mattermost/runtime/logging/logback-plugin.xml";

	/** The name of the property source whose values win over the application's. */
	static final String FORCED_SOURCE_NAME = "mattermostPluginRuntime";

	/** The name of the property source of defaults that the application may override. */
	static final String DEFAULTS_SOURCE_NAME = "mattermostPluginRuntimeDefaults";

	private static final String LOGBACK_CLASS = "ch.qos.logback.classic.LoggerContext";

	private static final String[] SERVLET_MVC_CLASSES = { "jakarta.servlet.Servlet",
			"org.springframework.web.servlet.DispatcherServlet",
			"org.springframework.web.context.ConfigurableWebApplicationContext" };

	private final Log logger;

	/**
	 * Creates the post-processor; Spring Boot calls this.
	 * @param logFactory where to log before the logging system is ready
	 */
	public PluginRuntimeEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(PluginRuntimeEnvironmentPostProcessor.class);
	}

	/**
	 * Whether the application will be a servlet web application, whose Spring MVC the
	 * ServeHTTP bridge feeds: Spring MVC is present and the application does not ask for
	 * another type.
	 */
	static boolean servesHttpWithSpringMvc(ConfigurableEnvironment environment, ClassLoader classLoader) {
		for (String className : SERVLET_MVC_CLASSES) {
			if (!ClassUtils.isPresent(className, classLoader)) {
				return false;
			}
		}
		String type = environment.getProperty("spring.main.web-application-type");
		return type == null || "servlet".equalsIgnoreCase(type.trim());
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!PluginRuntimeActivation.isActive(environment)) {
			return;
		}
		PluginStandardStreams.redirectStdoutToStderr();
		Map<String, Object> forced = new LinkedHashMap<>();
		if (!servesHttpWithSpringMvc(environment, application.getClassLoader())) {
			forced.put("spring.main.web-application-type", "none");
		}
		if (ClassUtils.isPresent(LOGBACK_CLASS, application.getClassLoader())) {
			String userConfig = environment.getProperty("logging.config");
			if (userConfig != null && !LOGBACK_CONFIG.equals(userConfig)) {
				this.logger.info("logging.config " + userConfig + " is replaced by " + LOGBACK_CONFIG
						+ ": a plugin logs hclog JSON lines to stderr for the Mattermost server");
			}
			forced.put("logging.config", LOGBACK_CONFIG);
		}
		environment.getPropertySources().addFirst(new MapPropertySource(FORCED_SOURCE_NAME, forced));
		environment.getPropertySources()
			.addLast(new MapPropertySource(DEFAULTS_SOURCE_NAME, Map.of("spring.main.banner-mode", "off")));
	}

}

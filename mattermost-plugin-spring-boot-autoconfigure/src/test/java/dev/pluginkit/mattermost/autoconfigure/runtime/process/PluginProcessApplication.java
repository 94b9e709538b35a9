package dev.pluginkit.mattermost.autoconfigure.runtime.process;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A tiny plugin application that {@code PluginProcessTests} launches as a child process, the
 * way the Mattermost server does. Spring MVC is on its classpath. Once started it logs at
 * INFO, prints to {@code System.out} and logs an exception, so that the test can see where
 * each ends up.
 */
@SpringBootApplication
public class PluginProcessApplication {

	private static final Log logger = LogFactory.getLog(PluginProcessApplication.class);

	/** Printed to {@code System.out} once the application has started. */
	public static final String STRAY_PRINTLN = "a stray println after start";

	/** Logged at INFO once the application has started. */
	public static final String READY_MESSAGE = "plugin process ready";

	/** Logged at WARN with an exception once the application has started. */
	public static final String FAILURE_MESSAGE = "something failed";

	/**
	 * Runs the application.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(PluginProcessApplication.class, args);
	}

	@Bean
	ApplicationRunner announceReadiness() {
		return (args) -> {
			logger.info(READY_MESSAGE);
			System.out.println(STRAY_PRINTLN);
			logger.warn(FAILURE_MESSAGE, new IllegalStateException("boom"));
		};
	}

}

package dev.pluginkit.mattermost.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Mattermost plugin built on the Spring Boot starter. On start it asks the server for its
 * version and writes a line to the server log, then exits; with
 * {@code --spring.main.keep-alive=true} it keeps running until stopped.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamplePluginApplication {

	/**
	 * Runs the plugin.
	 * @param args command-line arguments, Spring Boot style ({@code --name=value})
	 */
	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(SamplePluginApplication.class, args);
		if (!context.getEnvironment().getProperty("spring.main.keep-alive", Boolean.class, false)) {
			System.exit(SpringApplication.exit(context));
		}
	}

}

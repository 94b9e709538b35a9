package dev.pluginkit.mattermost.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A Mattermost plugin built on the Spring Boot starter. Launched by the server, it serves
 * its hooks until the server shuts it down. Started by hand with no server configured, it
 * runs against an in-memory Mattermost and plays the server's part against itself
 * ({@link SampleDemo}), then ends.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamplePluginApplication {

	/**
	 * Runs the plugin.
	 * @param args command-line arguments, Spring Boot style ({@code --name=value})
	 */
	public static void main(String[] args) {
		SpringApplication.run(SamplePluginApplication.class, args);
	}

}

package dev.pluginkit.mattermost.starteronly;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A plugin whose only dependency of ours is the starter. Launched by the Mattermost server
 * it serves its hooks until the server stops it; started by hand with a Plugin API target
 * it starts, and ends since nothing keeps it running.
 */
@SpringBootApplication
public class StarterOnlyPluginApplication {

	/**
	 * Runs the plugin.
	 * @param args command-line arguments, Spring Boot style ({@code --name=value})
	 */
	public static void main(String[] args) {
		SpringApplication.run(StarterOnlyPluginApplication.class, args);
	}

}

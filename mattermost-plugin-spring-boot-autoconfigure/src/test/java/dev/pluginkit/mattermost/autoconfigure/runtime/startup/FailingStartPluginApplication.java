package dev.pluginkit.mattermost.autoconfigure.runtime.startup;

import dev.pluginkit.mattermost.hooks.OnActivate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * A plugin whose context fails to refresh, after a while, because a bean cannot be created
 * (unless {@code --inventory.fail=false}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class FailingStartPluginApplication {

	/** The message of the bean's failure. */
	static final String CAUSE = "the inventory database is unreachable";

	/**
	 * Runs the application.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(FailingStartPluginApplication.class, args);
	}

	@Bean
	Activation activation() {
		return new Activation();
	}

	@Bean
	@ConditionalOnProperty(name = "inventory.fail", matchIfMissing = true)
	Object inventory() throws InterruptedException {
		// Fail after the server's first calls have arrived, so that they are held, then answered.
		Thread.sleep(1000);
		throw new IllegalStateException(CAUSE);
	}

	static class Activation {

		@OnActivate
		void activate() {
		}

	}

}

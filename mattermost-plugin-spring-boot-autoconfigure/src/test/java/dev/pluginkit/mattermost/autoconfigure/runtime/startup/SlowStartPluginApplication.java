package dev.pluginkit.mattermost.autoconfigure.runtime.startup;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.pluginkit.mattermost.hooks.OnActivate;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * A plugin whose context takes {@value #REFRESH_MILLIS} ms to refresh, as one with JPA or a
 * slow bean does. Its OnActivate fails unless its {@code ApplicationRunner} and its lifecycle
 * bean ran first.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SlowStartPluginApplication {

	/** How long a bean takes to be created. */
	static final long REFRESH_MILLIS = 8000;

	/**
	 * Runs the application.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(SlowStartPluginApplication.class, args);
	}

	@Bean
	SlowBean slowBean() throws InterruptedException {
		// The behaviour under test is a context that takes this long.
		Thread.sleep(REFRESH_MILLIS);
		return new SlowBean();
	}

	@Bean
	ReadinessWitness readinessWitness() {
		return new ReadinessWitness();
	}

	@Bean
	ApplicationRunner markRunnerDone(ReadinessWitness witness) {
		return (args) -> witness.runnerDone.set(true);
	}

	static class SlowBean {

	}

	static class ReadinessWitness implements SmartLifecycle {

		final AtomicBoolean runnerDone = new AtomicBoolean();

		private volatile boolean running;

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@OnActivate
		void activate() {
			if (!this.runnerDone.get() || !this.running) {
				throw new IllegalStateException("activated before the application was ready (runner done: "
						+ this.runnerDone.get() + ", lifecycle started: " + this.running + ")");
			}
		}

	}

}

package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.runtime.PluginServerBuilderCustomizer;
import dev.pluginkit.mattermost.runtime.PluginServerStartedEvent;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * The runtime in a Spring Boot application: started ahead of the context by the run
 * listener, serving the application only once it is ready.
 */
class PluginRuntimeRunListenerTests {

	@Test
	void theServerStartedAheadOfTheContextIsTheServerBean() {
		try (ConfigurableApplicationContext context = run(PluginApplication.class)) {
			PluginServer server = context.getBean(PluginServer.class);
			assertThat(context.getBeanFactory().containsBeanDefinition(PluginRuntimeRunListener.SERVER_BEAN_NAME))
				.isFalse();
			assertThat(server.isServing()).isTrue();
		}
	}

	@Test
	void servesTheApplicationOnlyAfterItsRunnersAndReadyListeners() {
		try (ConfigurableApplicationContext context = run(PluginApplication.class)) {
			List<String> events = context.getBean(PluginApplication.class).events;

			assertThat(events).containsExactly("runner: serving=false", "ready: serving=false", "started event");
		}
	}

	@Test
	void appliesTheCustomizersListedInSpringFactories() {
		int before = RecordingPluginServerBuilderCustomizer.customized.get();

		try (ConfigurableApplicationContext context = run(PluginApplication.class)) {
			// The server starts in the background, beside the application.
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(RecordingPluginServerBuilderCustomizer.customized).hasValue(before + 1));
		}
	}

	@Test
	void aCustomizerBeanFailsTheStartOfAServerStartedAheadOfTheContext() {
		assertThatException().isThrownBy(() -> run(CustomizerApplication.class))
			.havingRootCause()
			.withMessageContaining("PluginServerBuilderCustomizer beans [keepAliveCustomizer] cannot apply")
			.withMessageContaining("META-INF/spring.factories");
	}

	private static ConfigurableApplicationContext run(Class<?> application) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		return app.run("--mattermost.plugin.runtime.enabled=true", "--spring.main.banner-mode=off");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PluginRuntimeAutoConfiguration.class)
	static class PluginApplication {

		final List<String> events = new ArrayList<>();

		@Bean
		ApplicationRunner recordRunner(PluginServer server) {
			return (args) -> this.events.add("runner: serving=" + server.isServing());
		}

		@EventListener
		void ready(ApplicationReadyEvent event) {
			this.events.add("ready: serving=" + event.getApplicationContext().getBean(PluginServer.class).isServing());
		}

		@EventListener
		void started(PluginServerStartedEvent event) {
			this.events.add("started event");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PluginRuntimeAutoConfiguration.class)
	static class CustomizerApplication {

		@Bean
		PluginServerBuilderCustomizer keepAliveCustomizer() {
			return (builder) -> builder.permitKeepAliveWithoutCalls(true);
		}

	}

}

package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.io.PrintStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the runtime changes before the application context exists, and that it changes
 * nothing when it does not run.
 */
class PluginRuntimeEnvironmentPostProcessorTests {

	private final PrintStream stdout = System.out;

	private final PluginRuntimeEnvironmentPostProcessor postProcessor = new PluginRuntimeEnvironmentPostProcessor(
			new DeferredLogs());

	private final MockEnvironment environment = new MockEnvironment();

	@AfterEach
	void restoreStdout() {
		System.setOut(this.stdout);
	}

	@Test
	void changesNothingWithoutCookieOrProperty() {
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());

		assertThat(this.environment.getPropertySources()
			.contains(PluginRuntimeEnvironmentPostProcessor.FORCED_SOURCE_NAME)).isFalse();
		assertThat(this.environment.getProperty("spring.main.web-application-type")).isNull();
		assertThat(System.out).isSameAs(this.stdout);
	}

	@Test
	void pointsSystemOutAtStderr() {
		this.environment.setProperty("mattermost.plugin.runtime.enabled", "true");

		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());

		assertThat(System.out).isSameAs(System.err);
	}

	@Test
	void leavesAServletApplicationWithSpringMvcToTheServeHttpBridge() {
		this.environment.setProperty("MATTERMOST_PLUGIN", "Securely message teams, anywhere.");
		this.environment.setProperty("spring.main.web-application-type", "servlet");

		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());

		assertThat(this.environment.getProperty("spring.main.web-application-type")).isEqualTo("servlet");
	}

	@Test
	void forcesNoWebServerWhenTheApplicationAsksForAReactiveOne() {
		this.environment.setProperty("MATTERMOST_PLUGIN", "Securely message teams, anywhere.");
		this.environment.setProperty("spring.main.web-application-type", "reactive");

		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());

		assertThat(this.environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
	}

	@Test
	void forcesNoWebServerWithoutSpringMvc() {
		this.environment.setProperty("MATTERMOST_PLUGIN", "Securely message teams, anywhere.");
		SpringApplication application = new SpringApplication();
		application.setResourceLoader(new DefaultResourceLoader(new FilteredClassLoader(DispatcherServlet.class)));

		this.postProcessor.postProcessEnvironment(this.environment, application);

		assertThat(this.environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
	}

	@Test
	void forcesTheHclogLoggingConfigurationOverTheApplicationsSetting() {
		this.environment.setProperty("mattermost.plugin.runtime.enabled", "true");
		this.environment.setProperty("logging.config", "classpath:my-logback.xml");

		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());

		assertThat(this.environment.getProperty("logging.config"))
			.isEqualTo(PluginRuntimeEnvironmentPostProcessor.LOGBACK_CONFIG);
	}

	@Test
	void turnsTheBannerOffByDefault() {
		this.environment.setProperty("mattermost.plugin.runtime.enabled", "true");

		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());

		assertThat(this.environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
	}

	@Test
	void letsTheApplicationTurnTheBannerOn() {
		this.environment.setProperty("mattermost.plugin.runtime.enabled", "true");
		this.environment.setProperty("spring.main.banner-mode", "console");

		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());

		assertThat(this.environment.getProperty("spring.main.banner-mode")).isEqualTo("console");
	}

}

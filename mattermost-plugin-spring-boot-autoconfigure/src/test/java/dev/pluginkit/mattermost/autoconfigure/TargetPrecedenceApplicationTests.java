package dev.pluginkit.mattermost.autoconfigure;

import java.util.Map;

import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target's sources in a real {@code SpringApplication}, which loads
 * {@code application.yml} and command-line arguments itself, as a launched plugin does.
 */
class TargetPrecedenceApplicationTests {

	private static final String APPLICATION_YAML = "--spring.config.location=classpath:precedence/application.yml";

	@Test
	void applicationYamlNamesTheTargetWhenNothingElseDoes() {
		assertThat(targetOf(Map.of(), APPLICATION_YAML)).isEqualTo("localhost:9999");
	}

	@Test
	void launchVariableWinsOverApplicationYaml() {
		assertThat(targetOf(Map.of("MATTERMOST_PLUGIN_API_TARGET", "localhost:41000"), APPLICATION_YAML))
			.isEqualTo("localhost:41000");
	}

	@Test
	void commandLineArgumentWinsOverLaunchVariableAndApplicationYaml() {
		assertThat(targetOf(Map.of("MATTERMOST_PLUGIN_API_TARGET", "localhost:41000"), APPLICATION_YAML,
				"--mattermost.plugin.api.target=localhost:43000"))
			.isEqualTo("localhost:43000");
	}

	private static String targetOf(Map<String, Object> environmentVariables, String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PluginApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.initializers((initialized) -> PluginApiClientAutoConfigurationTests
				.replaceEnvironmentVariables(initialized.getEnvironment(), environmentVariables))
			.run(args)) {
			return context.getBean(MattermostPluginProperties.class).getApi().getTarget();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ GrpcClientAutoConfiguration.class, PluginApiClientAutoConfiguration.class })
	static class PluginApplication {

	}

}

package dev.pluginkit.mattermost.test.spring;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @SpringBootTest} with {@link WithInMemoryMattermost}: the application sees the
 * injected server's target, with no {@code @DynamicPropertySource}.
 */
@SpringBootTest(classes = InMemoryMattermostSpringBootTests.PluginConfiguration.class)
@WithInMemoryMattermost
class InMemoryMattermostSpringBootTests {

	@Autowired
	private Environment environment;

	@Autowired
	private TargetReader reader;

	@Autowired
	private ApplicationContext context;

	@Test
	void theTargetPropertyNamesTheInjectedServer(InMemoryMattermost mattermost) {
		assertThat(this.environment.getProperty("mattermost.plugin.api.target")).isEqualTo(mattermost.target());
	}

	@Test
	void beansReadTheInjectedServersTarget(InMemoryMattermost mattermost) {
		assertThat(this.reader.target()).isEqualTo(mattermost.target());
	}

	@Nested
	class NestedTests {

		@Autowired
		private ApplicationContext nestedContext;

		@Test
		void shareTheServerAndTheApplicationContext(InMemoryMattermost mattermost) {
			assertThat(this.nestedContext).isSameAs(InMemoryMattermostSpringBootTests.this.context);
			assertThat(this.nestedContext.getEnvironment().getProperty("mattermost.plugin.api.target"))
				.isEqualTo(mattermost.target());
		}

	}

	/**
	 * A plugin's configuration, reduced to a bean that reads the target.
	 */
	@SpringBootConfiguration
	static class PluginConfiguration {

		@Bean
		TargetReader targetReader(@Value("${mattermost.plugin.api.target}") String target) {
			return new TargetReader(target);
		}

	}

	/**
	 * A bean that reads the target at startup, as the client's auto-configuration does.
	 * @param target the target
	 */
	record TargetReader(String target) {
	}

}

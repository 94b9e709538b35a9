package dev.pluginkit.mattermost.test.spring;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target the test sets itself wins over the in-memory server's.
 */
@SpringBootTest(classes = InMemoryMattermostSpringPropertyOrderTests.EmptyConfiguration.class,
		properties = "mattermost.plugin.api.target=localhost:50051")
@WithInMemoryMattermost
class InMemoryMattermostSpringPropertyOrderTests {

	@Autowired
	private ConfigurableEnvironment environment;

	@Test
	void theTestsOwnPropertyWins(InMemoryMattermost mattermost) {
		assertThat(this.environment.getProperty("mattermost.plugin.api.target")).isEqualTo("localhost:50051");
		assertThat(this.environment.getPropertySources().contains("inMemoryMattermost")).isTrue();
	}

	/**
	 * No beans.
	 */
	@SpringBootConfiguration
	static class EmptyConfiguration {

	}

}

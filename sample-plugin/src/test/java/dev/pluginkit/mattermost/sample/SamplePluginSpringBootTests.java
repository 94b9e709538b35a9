package dev.pluginkit.mattermost.sample;

import java.util.Map;

import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.LogEntry.LogLevel;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as a plugin author tests a plugin: the test kit's annotation gives the test an
 * in-memory server and points the application at it, and the test looks at what the plugin
 * did there.
 */
@SpringBootTest(properties = "sample.greeting=Hello from a test")
@WithInMemoryMattermost(resetBeforeEach = false)
class SamplePluginSpringBootTests {

	@BeforeAll
	static void seed(InMemoryMattermost mattermost) {
		SampleWorkspace.seed(mattermost);
	}

	@Test
	void greetsTheServerInItsLog(InMemoryMattermost mattermost) {
		assertThat(mattermost.logEntries())
			.containsExactly(new LogEntry(LogLevel.INFO, "Hello from a test", Map.of("server_version", "10.11.0")));
	}

	@Test
	void itsBotPostsTheGreetingInTownSquare(InMemoryMattermost mattermost) {
		String botUserId = mattermost.bots().byUsername("sample-bot").orElseThrow().getUserId();

		assertThat(mattermost.posts().all()).filteredOn((post) -> post.getUserId().equals(botUserId))
			.extracting(Post::getMessage)
			.containsExactly("Hello from a test, @sample-user!");
	}

}

package dev.pluginkit.mattermost.sample;

import java.util.Map;

import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.LogEntry.LogLevel;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.http.PluginHttpResponse;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as a plugin author tests a plugin: the test kit's annotation gives the test an
 * in-memory server and points the application at it, the driver plays the server's part
 * (activation, HTTP requests through ServeHTTP), and the test looks at what the plugin did.
 */
// RANDOM_PORT makes the plugin's own web server, which takes ServeHTTP and opens no port.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.greeting=Hello from a test", "mattermost.plugin.runtime.enabled=true" })
@WithInMemoryMattermost
class SamplePluginSpringBootTests {

	@Autowired
	private PluginServer pluginServer;

	@Test
	void onActivationItGreetsTheServerAndItsBotGreetsTheUser(InMemoryMattermost mattermost) {
		SampleWorkspace.seed(mattermost);

		PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + this.pluginServer.getPort());
		try {
			assertThat(mattermost.logEntries()).containsExactly(
					new LogEntry(LogLevel.INFO, "Hello from a test", Map.of("server_version", "10.11.0")));
			String botUserId = mattermost.bots().byUsername("sample-bot").orElseThrow().getUserId();
			assertThat(mattermost.posts().all()).filteredOn((post) -> post.getUserId().equals(botUserId))
				.extracting(Post::getMessage)
				.containsExactly("Hello from a test, @sample-user!");
		}
		finally {
			// The context is the test framework's to close, not the driver's to shut down.
			plugin.disconnect();
		}
	}

	@Test
	void itsHttpEndpointsAnswerThroughServeHttp() {
		PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + this.pluginServer.getPort());
		try {
			PluginHttpResponse whoami = plugin.http(SampleActions.PLUGIN_ID).get("/whoami").userId("user-7").send();
			PluginHttpResponse echo = plugin.http(SampleActions.PLUGIN_ID)
				.post("/echo")
				.contentType("text/plain")
				.body("hello")
				.send();

			assertThat(whoami.bodyAsString()).isEqualTo("{\"user_id\":\"user-7\"}");
			assertThat(echo.bodyAsString()).isEqualTo("hello");
			assertThat(echo.arrivedInOneMessage()).isTrue();
		}
		finally {
			plugin.disconnect();
		}
	}

}

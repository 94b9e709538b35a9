package dev.pluginkit.mattermost.sample;

import java.io.IOException;
import java.net.Socket;
import java.util.Map;

import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.LogEntry.LogLevel;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class SamplePluginApplicationTests {

	@Test
	void withoutATargetItGreetsTheEmbeddedServer() {
		try (ConfigurableApplicationContext context = sample().run()) {
			InMemoryMattermost embedded = context.getBean(InMemoryMattermost.class);
			assertThat(context.getEnvironment().getProperty("mattermost.plugin.api.target"))
				.isEqualTo(embedded.target());
			assertThat(embedded.logEntries()).containsExactly(new LogEntry(LogLevel.INFO, "Sample plugin started",
					Map.of("server_version", "10.11.0")));
		}
	}

	@Test
	void withoutATargetItsBotGreetsTheEmbeddedServersUserAndCountsIt() {
		try (ConfigurableApplicationContext context = sample().run()) {
			InMemoryMattermost embedded = context.getBean(InMemoryMattermost.class);
			Bot bot = embedded.bots().byUsername("sample-bot").orElseThrow();
			Channel townSquare = embedded.channels().all().get(0);
			assertThat(embedded.posts().inChannel(townSquare.getId()))
				.filteredOn((post) -> post.getUserId().equals(bot.getUserId()))
				.extracting(Post::getMessage)
				.containsExactly("Sample plugin started, @sample-user!");
			assertThat(embedded.kv().getString(FirstPost.GREETINGS_KEY)).contains("1");
		}
	}

	@Test
	void anUnknownUserIsReportedAndNothingIsPosted() {
		try (ConfigurableApplicationContext context = sample().run("--sample.username=nobody")) {
			InMemoryMattermost embedded = context.getBean(InMemoryMattermost.class);
			assertThat(embedded.posts().all()).isEmpty();
			assertThat(embedded.bots().all()).isEmpty();
		}
	}

	@Test
	void withATargetItGreetsThatServerAndStartsNoEmbeddedOne() {
		try (InMemoryMattermost server = InMemoryMattermost.start().setServerVersion("9.11.3");
				ConfigurableApplicationContext context = sample()
					.run("--mattermost.plugin.api.target=" + server.target(), "--sample.greeting=hello")) {
			assertThat(context.getBeansOfType(InMemoryMattermost.class)).isEmpty();
			assertThat(server.logEntries())
				.containsExactly(new LogEntry(LogLevel.INFO, "hello", Map.of("server_version", "9.11.3")));
		}
	}

	@Test
	void theEmbeddedServerStopsWithTheApplication() {
		int port;
		try (ConfigurableApplicationContext context = sample().run()) {
			port = context.getBean(InMemoryMattermost.class).port();
			assertThat(accepts(port)).isTrue();
		}
		assertThat(accepts(port)).isFalse();
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static SpringApplicationBuilder sample() {
		return new SpringApplicationBuilder(SamplePluginApplication.class);
	}

}

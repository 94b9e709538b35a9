package dev.pluginkit.mattermost.sample;

import java.io.IOException;
import java.net.Socket;
import java.util.Map;

import dev.pluginkit.mattermost.pluginapi.v1.CreatePostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByUsernameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.LogEntry.LogLevel;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
	void withoutATargetItPostsToTheEmbeddedServersChannelAsItsUser() {
		try (ConfigurableApplicationContext context = sample().run()) {
			InMemoryMattermost embedded = context.getBean(InMemoryMattermost.class);
			assertThat(embedded.requests(PluginAPIGrpc.getGetUserByUsernameMethod()))
				.extracting(GetUserByUsernameRequest::getName)
				.containsExactly("sample-user");
			assertThat(embedded.requests(PluginAPIGrpc.getCreatePostMethod()))
				.extracting(CreatePostRequest::getPost)
				.extracting(Post::getChannelId, Post::getUserId, Post::getMessage)
				.containsExactly(tuple(SampleWorkspace.CHANNEL.getId(), SampleWorkspace.USER.getId(),
						"Sample plugin started, @sample-user!"));
		}
	}

	@Test
	void anUnknownUserIsReportedAndNothingIsPosted() {
		try (ConfigurableApplicationContext context = sample().run("--sample.username=nobody")) {
			InMemoryMattermost embedded = context.getBean(InMemoryMattermost.class);
			assertThat(embedded.requests(PluginAPIGrpc.getCreatePostMethod())).isEmpty();
		}
	}

	@Test
	void withATargetItGreetsThatServerAndStartsNoEmbeddedOne() {
		try (InMemoryMattermost server = InMemoryMattermost.start()
			.setServerVersion("9.11.3")
			.failWith("GetUserByUsername", Status.NOT_FOUND.withDescription("app.user.missing: No such user."));
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

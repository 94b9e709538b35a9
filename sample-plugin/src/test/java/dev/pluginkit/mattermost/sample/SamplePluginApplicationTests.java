package dev.pluginkit.mattermost.sample;

import java.io.IOException;
import java.net.Socket;
import java.util.Map;

import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.LogEntry.LogLevel;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample started by hand: on the embedded default it serves its hooks in-process and
 * its demo plays the server against it; with a target it is an ordinary application.
 */
@ExtendWith(OutputCaptureExtension.class)
class SamplePluginApplicationTests {

	@Test
	void withoutATargetTheDemoDrivesThePluginAndPrintsEachStep(CapturedOutput output) {
		sample().run().close();

		assertThat(output).contains("Demo step 1, activation: the plugin implements")
			.contains("it registered [/hello] and has bot @sample-bot")
			.contains("Demo step 2, /hello as @sample-user: \"Hello! /hello has been used 1 time.\"")
			.contains("Demo step 3, a post with \"spam\": rejected with \"Posts mentioning \"spam\" are not allowed here.\"")
			.contains("Demo step 4, an ordinary post: accepted")
			.contains("Demo step 5, GET /plugins/dev.pluginkit.sample/whoami as @sample-user, through ServeHTTP into "
					+ "Spring MVC: 200 {\"user_id\":\"")
			.contains("Demo step 6, shutdown as the server does it (OnDeactivate, then Shutdown): clean");
	}

	@Test
	void activationGreetsRegistersHelloAndHasTheBotGreetTheUser() {
		try (ConfigurableApplicationContext context = sample().run("--sample.demo=false");
				PluginDriver driver = attach(context)) {
			InMemoryMattermost embedded = context.getBean(InMemoryMattermost.class);
			assertThat(embedded.logEntries()).contains(new LogEntry(LogLevel.INFO, "Sample plugin started",
					Map.of("server_version", "10.11.0")));
			assertThat(embedded.commands().trigger("", "hello")).isPresent();
			String botUserId = embedded.bots().byUsername("sample-bot").orElseThrow().getUserId();
			assertThat(embedded.posts().all()).filteredOn((post) -> post.getUserId().equals(botUserId))
				.extracting(Post::getMessage)
				.containsExactly("Sample plugin started, @sample-user!");
		}
	}

	@Test
	void helloCountsItsUsesInTheKvStore() {
		try (ConfigurableApplicationContext context = sample().run("--sample.demo=false");
				PluginDriver driver = attach(context)) {
			CommandArgs hello = CommandArgs.newBuilder().setCommand("/hello").build();
			driver.executeCommand(hello);

			assertThat(driver.executeCommand(hello).getResponse().getText())
				.isEqualTo("Hello! /hello has been used 2 times.");
			assertThat(context.getBean(InMemoryMattermost.class).kv().getString(HelloCommand.HELLO_COUNT_KEY))
				.contains("2");
		}
	}

	@Test
	void helloContinuesTheCountAGoPluginStored() {
		try (ConfigurableApplicationContext context = sample().run("--sample.demo=false");
				PluginDriver driver = attach(context)) {
			// A JSON number, as Go's KV.Set(key, int64(41)) stores it.
			context.getBean(InMemoryMattermost.class).kv().putString(HelloCommand.HELLO_COUNT_KEY, "41");

			assertThat(driver.executeCommand(CommandArgs.newBuilder().setCommand("/hello").build())
				.getResponse()
				.getText()).isEqualTo("Hello! /hello has been used 42 times.");
		}
	}

	@Test
	void anUnknownUserIsNotGreeted() {
		try (ConfigurableApplicationContext context = sample().run("--sample.demo=false", "--sample.username=nobody");
				PluginDriver driver = attach(context)) {
			assertThat(context.getBean(InMemoryMattermost.class).posts().all()).isEmpty();
		}
	}

	@Test
	void withATargetItIsAnOrdinaryApplicationWithoutEmbeddedServerOrHooksServer() {
		try (InMemoryMattermost server = InMemoryMattermost.start();
				ConfigurableApplicationContext context = sample()
					.run("--mattermost.plugin.api.target=" + server.target())) {
			assertThat(context.getBeansOfType(InMemoryMattermost.class)).isEmpty();
			assertThat(context.getBeansOfType(PluginServer.class)).isEmpty();
			assertThat(server.logEntries()).isEmpty();
		}
	}

	@Test
	void theEmbeddedServerStopsWithTheApplication() {
		int port;
		try (ConfigurableApplicationContext context = sample().run("--sample.demo=false")) {
			port = context.getBean(InMemoryMattermost.class).port();
			assertThat(accepts(port)).isTrue();
		}
		assertThat(accepts(port)).isFalse();
	}

	private static PluginDriver attach(ConfigurableApplicationContext context) {
		return PluginDriver.attach("127.0.0.1:" + context.getBean(PluginServer.class).getPort());
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

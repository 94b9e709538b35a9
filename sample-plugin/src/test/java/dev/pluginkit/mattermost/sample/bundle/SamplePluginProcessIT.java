package dev.pluginkit.mattermost.sample.bundle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginDriverExtension;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;
import dev.pluginkit.mattermost.test.driver.ShutdownResult;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built bundle, run the way the Mattermost server runs it: its {@code venv/bin/python}
 * launcher started as a child process in the unpacked plugin folder, with the server's
 * environment, against an in-memory Mattermost on loopback. The tests run in order, the
 * last one shutting the plugin down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamplePluginProcessIT {

	private static final String HANDSHAKE = "1\\|1\\|tcp\\|127\\.0\\.0\\.1:\\d+\\|grpc";

	// The server's own 3 s to the handshake, the driver's default.
	@RegisterExtension
	static final PluginDriverExtension plugin = PluginDriverExtension
		.launching(PluginLaunch.pluginFolder(Path.of(System.getProperty("mattermost.plugin.folder"))));

	@Test
	@Order(1)
	void theFirstStdoutLineIsTheHandshake(PluginDriver driver) {
		assertThat(driver.stdoutLines()).first().asString().matches(HANDSHAKE);
	}

	@Test
	@Order(2)
	void healthIsServing(PluginDriver driver) {
		assertThat(driver.health()).isEqualTo(ServingStatus.SERVING);
	}

	@Test
	@Order(3)
	void implementedListsExactlyTheSamplesHooks(PluginDriver driver) {
		// OnConfigurationChange: the typed settings reload there; MessageWillBeUpdated: the
		// message filters see edits too; ServeHTTP: its HTTP endpoints, buttons and dialog.
		assertThat(driver.implementedHooks()).containsExactlyInAnyOrder("OnActivate", "OnDeactivate",
				"OnConfigurationChange", "ExecuteCommand", "MessageWillBePosted", "MessageWillBeUpdated",
				"MessageHasBeenPosted", "ServeHTTP");
	}

	@Test
	@Order(4)
	void activationRegisteredHelloAndEnsuredTheBot(InMemoryMattermost mattermost) {
		assertThat(mattermost.commands().registered()).extracting((command) -> command.getTrigger())
			.containsExactly("hello");
		assertThat(mattermost.bots().byUsername("sample-bot")).isPresent();
	}

	@Test
	@Order(5)
	void helloAnswersAndItsPrintlnGoesToStderr(PluginDriver driver) {
		String text = driver.executeCommand(CommandArgs.newBuilder().setCommand("/hello").setUserId("user-1").build())
			.getResponse()
			.getText();

		assertThat(text).isEqualTo("Hello! /hello has been used 1 time.");
		assertThat(driver.awaitStderrLineContaining("/hello number 1 from user user-1")).isNotNull();
		assertThat(driver.stdoutLines()).noneMatch((line) -> line.contains("/hello number"));
	}

	@Test
	@Order(6)
	void aPostWithTheForbiddenWordIsRejected(PluginDriver driver) {
		assertThat(driver.messageWillBePosted(Post.newBuilder().setMessage("Buy SPAM now").build())
			.getRejectionReason()).isEqualTo("Posts mentioning \"spam\" are not allowed here.");
		assertThat(driver.messageWillBePosted(Post.newBuilder().setMessage("Good morning").build())
			.getRejectionReason()).isEmpty();
	}

	@Test
	@Order(7)
	void anAdministratorsNewForbiddenWordAppliesOnConfigurationChange(PluginDriver driver,
			InMemoryMattermost mattermost) {
		// As the System Console stores it: under the key of the generated settings_schema.
		mattermost.setPluginConfig(Map.of("forbiddenWord", "eggs"));

		assertThat(driver.onConfigurationChange().hasError()).isFalse();

		assertThat(driver.messageWillBePosted(Post.newBuilder().setMessage("Green EGGS and ham").build())
			.getRejectionReason()).isEqualTo("Posts mentioning \"eggs\" are not allowed here.");
		assertThat(driver.messageWillBePosted(Post.newBuilder().setMessage("Buy spam now").build())
			.getRejectionReason()).isEmpty();
	}

	@Test
	@Order(8)
	void shutdownEndsTheProcessWithExitCodeZeroInTimeAndStdoutHeldOnlyTheHandshake(PluginDriver driver) {
		ShutdownResult result = driver.shutdown();

		assertThat(result.problems()).isEmpty();
		assertThat(result.exitCode()).isEqualTo(OptionalInt.of(0));
		assertThat(result.exitedInTime()).isTrue();
		assertThat(result.timeToExit()).isLessThan(Duration.ofSeconds(2));
		assertThat(driver.stdoutLines()).singleElement().asString().matches(HANDSHAKE);
	}

}

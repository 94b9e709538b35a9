package dev.pluginkit.mattermost.test.driver;

import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A plugin process started by {@link PluginUnderTest}, seen from the tests that use it.
 */
@PluginUnderTest(directory = "target",
		command = { "${java.home}/bin/java", "-XX:TieredStopAtLevel=1", "-cp", "${java.class.path}",
				"dev.pluginkit.mattermost.test.driver.FakePlugin" })
class PluginUnderTestTests {

	@Test
	void stdoutHoldsOnlyTheHandshakeLine(PluginDriver plugin) {
		assertThat(plugin.stdoutLines()).containsExactly("1|1|tcp|127.0.0.1:" + plugin.handshake().port() + "|grpc");
	}

	@Test
	void pluginGetsTheMagicCookie(PluginDriver plugin) {
		plugin.awaitStderrLineContaining("cookie=Securely message teams, anywhere.");
	}

	@Test
	void pluginGetsTheProtocolVersion(PluginDriver plugin) {
		plugin.awaitStderrLineContaining("protocol versions=1");
	}

	@Test
	void pluginGetsTheFakeServerAsItsPluginApi(PluginDriver plugin, InMemoryMattermost mattermost) {
		plugin.awaitStderrLineContaining("api target=" + mattermost.target());
	}

	@Test
	void pluginRunsInItsFolder(PluginDriver plugin) {
		plugin.awaitStderrLineContaining("folder=" + Path.of("target").toAbsolutePath());
	}

	@Test
	void onActivateRanBeforeTheFirstTest(PluginDriver plugin, InMemoryMattermost mattermost) {
		assertThat(mattermost.callCount("GetServerVersion")).isEqualTo(1);
		plugin.awaitStderrLineContaining("activated against server");
	}

	@Test
	void implementedHooksAreThoseThePluginListed(PluginDriver plugin) {
		assertThat(plugin.implementedHooks()).containsExactly("OnActivate", "OnDeactivate", "MessageWillBePosted");
	}

	@Test
	void healthIsServing(PluginDriver plugin) {
		assertThat(plugin.health()).isEqualTo(ServingStatus.SERVING);
	}

	@Test
	void messageWillBePostedAnswersThePluginsModifiedPost(PluginDriver plugin) {
		assertThat(plugin.messageWillBePosted(Post.newBuilder().setMessage("hello").build()).getModifiedPost()
			.getMessage()).isEqualTo("HELLO");
	}

	@Test
	void messageWillBePostedAnswersThePluginsRejection(PluginDriver plugin) {
		assertThat(plugin.messageWillBePosted(Post.newBuilder().setMessage("a forbidden word").build())
			.getRejectionReason()).isEqualTo(FakePlugin.REJECTION);
	}

	@Test
	void hookRequestsCarryThePluginIdAndOneRequestId(PluginDriver plugin) {
		String contexts = plugin.messageWillBePosted(Post.newBuilder().setMessage("context?").build())
			.getModifiedPost()
			.getMessage();
		String[] parts = contexts.split(" ");
		assertThat(parts).hasSize(3);
		assertThat(parts[0]).isEqualTo("plugin-under-test");
		assertThat(parts[1]).hasSize(26).isEqualTo(parts[2]);
	}

	@Test
	void hookThatThePluginDoesNotImplementIsNeverCalled(PluginDriver plugin) {
		assertThatIllegalStateException()
			.isThrownBy(() -> plugin.executeCommand(CommandArgs.newBuilder().setCommand("/hello").build()))
			.withMessageContaining("does not implement ExecuteCommand");
	}

	@Nested
	class WhenNested {

		@Test
		void nestedClassesShareTheEnclosingPlugin(PluginDriver plugin, InMemoryMattermost mattermost) {
			assertThat(mattermost.callCount("GetServerVersion")).isEqualTo(1);
			assertThat(plugin.health()).isEqualTo(ServingStatus.SERVING);
		}

	}

}

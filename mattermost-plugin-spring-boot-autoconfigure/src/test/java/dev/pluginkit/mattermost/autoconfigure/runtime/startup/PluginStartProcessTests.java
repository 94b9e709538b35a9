package dev.pluginkit.mattermost.autoconfigure.runtime.startup;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pluginkit.mattermost.autoconfigure.runtime.process.PluginProcess;
import dev.pluginkit.mattermost.goplugin.v1.Empty;
import dev.pluginkit.mattermost.goplugin.v1.GRPCControllerGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plugin processes started as the Mattermost server starts them, with its limits: the
 * handshake within 3 s of the launch whatever the application, then {@code Implemented}
 * and {@code OnActivate} with 30 s each.
 */
class PluginStartProcessTests {

	/** The server's start timeout (server/public/plugin/supervisor.go). */
	private static final Duration SERVER_START_TIMEOUT = Duration.ofSeconds(3);

	/** The deadline the server gives Implemented and OnActivate. */
	private static final long HOOK_DEADLINE_SECONDS = 30;

	/** go-plugin gives 2 s; a loaded test machine gets slack. */
	private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);

	private static final ObjectMapper json = new ObjectMapper();

	@Test
	void aPluginWhoseContextTakesEightSecondsHandshakesInTimeThenActivates() throws Exception {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start();
				PluginProcess plugin = PluginProcess.launch(SlowStartPluginApplication.class,
						Map.of("MATTERMOST_PLUGIN_API_TARGET", mattermost.target()))) {
			assertThat(plugin.timeToFirstStdoutLine()).isLessThan(SERVER_START_TIMEOUT);

			ImplementedResponse implemented = hooks(plugin).implemented(ImplementedRequest.getDefaultInstance());
			assertThat(implemented.getHooksList()).contains("OnActivate");
			AppError activation = hooks(plugin).onActivate(OnActivateRequest.getDefaultInstance()).getError();
			assertThat(activation.getMessage()).isEmpty();

			GRPCControllerGrpc.newBlockingStub(plugin.channel()).shutdown(Empty.getDefaultInstance());
			assertThat(plugin.awaitExit(EXIT_TIMEOUT)).isZero();
		}
	}

	@Test
	void aPluginWhoseContextFailsAnswersOnActivateWithTheCauseAndExitsNonZero() throws Exception {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start();
				PluginProcess plugin = PluginProcess.launch(FailingStartPluginApplication.class,
						Map.of("MATTERMOST_PLUGIN_API_TARGET", mattermost.target()))) {
			assertThat(plugin.timeToFirstStdoutLine()).isLessThan(SERVER_START_TIMEOUT);

			ImplementedResponse implemented = hooks(plugin).implemented(ImplementedRequest.getDefaultInstance());
			assertThat(implemented.getError().getMessage()).contains(FailingStartPluginApplication.CAUSE);
			AppError activation = hooks(plugin).onActivate(OnActivateRequest.getDefaultInstance()).getError();
			assertThat(activation.getMessage()).contains(FailingStartPluginApplication.CAUSE)
				.contains("Error creating bean with name 'inventory'");

			GRPCControllerGrpc.newBlockingStub(plugin.channel()).shutdown(Empty.getDefaultInstance());
			assertThat(plugin.awaitExit(EXIT_TIMEOUT)).isNotZero();
			assertThat(errorLines(plugin)).singleElement()
				.satisfies((line) -> assertThat(line.toString()).contains(FailingStartPluginApplication.CAUSE));
		}
	}

	@Test
	void aPluginThatFailsAFailureAnalysisAnswersOnActivateWithItsDescription() throws Exception {
		// No MATTERMOST_PLUGIN_API_TARGET: the starter's own analyzer describes that.
		try (PluginProcess plugin = PluginProcess.launch(FailingStartPluginApplication.class, Map.of(),
				"--inventory.fail=false")) {
			AppError activation = hooks(plugin).onActivate(OnActivateRequest.getDefaultInstance()).getError();

			assertThat(activation.getMessage()).contains("The Mattermost Plugin API client has no target")
				.contains("Action:");
			GRPCControllerGrpc.newBlockingStub(plugin.channel()).shutdown(Empty.getDefaultInstance());
			assertThat(plugin.awaitExit(EXIT_TIMEOUT)).isNotZero();
			assertThat(errorLines(plugin)).hasSize(1);
		}
	}

	private static PluginHooksGrpc.PluginHooksBlockingStub hooks(PluginProcess plugin) {
		return PluginHooksGrpc.newBlockingStub(plugin.channel()).withDeadlineAfter(HOOK_DEADLINE_SECONDS, TimeUnit.SECONDS);
	}

	/** The hclog lines at ERROR that the process wrote to stderr. */
	private static java.util.List<JsonNode> errorLines(PluginProcess plugin) {
		return plugin.stderrLines()
			.stream()
			.filter((line) -> line.startsWith("{"))
			.map(PluginStartProcessTests::parse)
			.filter((node) -> "error".equals(node.path("@level").asText()))
			.toList();
	}

	private static JsonNode parse(String line) {
		try {
			return json.readTree(line);
		}
		catch (IOException ex) {
			throw new AssertionError("Not JSON: " + line, ex);
		}
	}

}

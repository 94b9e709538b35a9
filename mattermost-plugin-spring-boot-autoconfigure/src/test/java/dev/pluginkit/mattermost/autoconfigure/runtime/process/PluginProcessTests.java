package dev.pluginkit.mattermost.autoconfigure.runtime.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pluginkit.mattermost.goplugin.v1.Empty;
import dev.pluginkit.mattermost.goplugin.v1.GRPCControllerGrpc;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Spring Boot application with the starter, launched as a child process with the
 * environment the Mattermost server gives a plugin: what go-plugin sees on its stdout, its
 * stderr and its sockets, and how the process ends.
 */
class PluginProcessTests {

	/** go-plugin kills the plugin 2 s after Shutdown; a loaded test machine gets slack. */
	private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);

	private static final ObjectMapper json = new ObjectMapper();

	private static final Pattern JVM_LOG_LINE = Pattern.compile("\\[\\d+\\.\\d+s\\]\\[");

	private static PluginProcess running;

	@BeforeAll
	static void launchOnePluginToObserve() {
		running = PluginProcess.launch();
		running.awaitStderrContaining(PluginProcessApplication.FAILURE_MESSAGE);
	}

	@AfterAll
	static void stopIt() throws InterruptedException {
		running.close();
	}

	@Test
	void firstStdoutLineIsTheHandshake() {
		assertThat(running.awaitFirstStdoutLine()).matches(PluginProcess.HANDSHAKE);
	}

	@Test
	void listensWithinThePortRangeTheServerGives() {
		// PluginProcess launches with PLUGIN_MIN_PORT=10000 and PLUGIN_MAX_PORT=25000, as go-plugin does.
		assertThat(running.port()).isBetween(10000, 25000);
	}

	@Test
	void healthReportsPluginAndAllServicesServing() {
		HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(running.channel());

		assertThat(health.check(HealthCheckRequest.newBuilder().setService("plugin").build()).getStatus())
			.isEqualTo(ServingStatus.SERVING);
		assertThat(health.check(HealthCheckRequest.getDefaultInstance()).getStatus()).isEqualTo(ServingStatus.SERVING);
	}

	@Test
	void infoLogLineIsHclogJsonAtInfo() {
		JsonNode line = jsonLineWithMessage(PluginProcessApplication.READY_MESSAGE);

		assertThat(line.path("@level").asText()).isEqualTo("info");
		assertThat(line.path("@timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
		assertThat(line.path("@module").asText()).isEqualTo(PluginProcessApplication.class.getName());
	}

	@Test
	void stackTraceStaysInTheLogLineOfItsEvent() {
		JsonNode line = jsonLineWithMessage(PluginProcessApplication.FAILURE_MESSAGE);

		assertThat(line.path("@level").asText()).isEqualTo("warn");
		assertThat(line.path("exception").asText()).startsWith("java.lang.IllegalStateException: boom")
			.contains("\tat ");
		assertThat(running.stderrLines()).noneMatch((text) -> text.startsWith("\tat "));
	}

	@Test
	void everyLogLineOnStderrIsHclogJson() {
		// The JVM itself may write a line or two (JAVA_TOOL_OPTIONS, VM warnings, its unified
		// logging such as "[0.005s][warning][perf,memops] ..."): not the application's log lines.
		assertThat(running.stderrLines()).filteredOn((text) -> !text.equals(PluginProcessApplication.STRAY_PRINTLN))
			.filteredOn((text) -> !text.startsWith("Picked up ") && !text.startsWith("OpenJDK ")
					&& !JVM_LOG_LINE.matcher(text).lookingAt())
			.isNotEmpty()
			.allSatisfy((text) -> assertThat(parse(text).has("@level")).as(text).isTrue());
	}

	@Test
	void printlnAfterStartGoesToStderr() {
		assertThat(running.stderrLines()).contains(PluginProcessApplication.STRAY_PRINTLN);
		assertThat(running.stdout()).doesNotContain(PluginProcessApplication.STRAY_PRINTLN);
	}

	@Test
	void listensOnNoPortButThePluginServersEvenWithSpringMvc() throws IOException {
		assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");

		assertThat(listeningPorts(running.pid())).containsExactly(running.port());
	}

	@Test
	void shutdownCallEndsTheProcessWithStatusZeroAndStdoutHeldOnlyTheHandshake() throws Exception {
		try (PluginProcess plugin = PluginProcess.launch()) {
			String handshake = plugin.awaitFirstStdoutLine();
			plugin.awaitStderrContaining(PluginProcessApplication.FAILURE_MESSAGE);

			GRPCControllerGrpc.newBlockingStub(plugin.channel()).shutdown(Empty.getDefaultInstance());

			assertThat(plugin.awaitExit(EXIT_TIMEOUT)).isZero();
			assertThat(plugin.stdout()).isEqualTo(handshake + "\n");
		}
	}

	@Test
	void sigtermEndsTheProcessWithStatusZero() throws Exception {
		try (PluginProcess plugin = PluginProcess.launch()) {
			plugin.awaitFirstStdoutLine();
			plugin.awaitStderrContaining(PluginProcessApplication.FAILURE_MESSAGE);

			plugin.process().destroy();

			assertThat(plugin.awaitExit(EXIT_TIMEOUT)).isZero();
		}
	}

	private static JsonNode jsonLineWithMessage(String message) {
		return running.stderrLines()
			.stream()
			.filter((text) -> text.startsWith("{"))
			.map(PluginProcessTests::parse)
			.filter((node) -> message.equals(node.path("@message").asText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No JSON line for '" + message + "' in:\n" + running.stderr()));
	}

	private static JsonNode parse(String text) {
		try {
			return json.readTree(text);
		}
		catch (IOException ex) {
			throw new AssertionError("Not JSON: " + text, ex);
		}
	}

	/**
	 * The TCP ports on which the process listens: its socket inodes, matched against the
	 * LISTEN entries of its network namespace.
	 */
	private static Set<Integer> listeningPorts(long pid) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			fds.forEach((fd) -> {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring("socket:[".length(), target.length() - 1));
					}
				}
				catch (IOException ex) {
					// Closed meanwhile.
				}
			});
		}
		Set<Integer> ports = new HashSet<>();
		for (String table : List.of("tcp", "tcp6")) {
			Path path = Path.of("/proc", Long.toString(pid), "net", table);
			if (!Files.exists(path)) {
				continue;
			}
			for (String entry : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
				String[] columns = entry.trim().split("\\s+");
				boolean listening = "0A".equals(columns[3]);
				if (listening && inodes.contains(columns[9])) {
					String local = columns[1];
					ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
				}
			}
		}
		return ports;
	}

}

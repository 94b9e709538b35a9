package dev.pluginkit.mattermost.test.driver;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.http.PluginHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starting and stopping plugins the way the server does, with the fake plugin as a child
 * process or in this JVM.
 */
class PluginDriverTests {

	private final InMemoryMattermost mattermost = InMemoryMattermost.start();

	@AfterEach
	void stopServer() {
		this.mattermost.close();
	}

	private PluginLaunch fakePlugin(String mode) {
		// The server's 3 s start timeout, the default: a plugin that needs more fails there.
		return PluginLaunch.javaMain(FakePlugin.class.getName(), "-XX:TieredStopAtLevel=1")
			.withEnvironment("FAKE_PLUGIN_MODE", mode)
			.withApiTarget(this.mattermost.target());
	}

	@Test
	void shutdownDeactivatesThenTheProcessExitsWithCodeZeroInTime() {
		PluginDriver plugin = PluginDriver.launch(fakePlugin("normal"));
		ShutdownResult result = plugin.shutdown();
		assertThat(result.exitCode()).hasValue(0);
		assertThat(result.exitedInTime()).isTrue();
		assertThat(result.clean()).isTrue();
		assertThat(plugin.stderrLines()).contains("[INFO] deactivated");
		assertThat(plugin.process().orElseThrow().isAlive()).isFalse();
	}

	@Test
	void pluginThatDoesNotExitAfterShutdownIsKilledAfterTheGracePeriod() {
		PluginDriver plugin = PluginDriver.launch(fakePlugin("stubborn"));
		ShutdownResult result = plugin.shutdown();
		assertThat(result.exitedInTime()).isFalse();
		assertThat(result.timeToExit()).isGreaterThanOrEqualTo(PluginDriver.EXIT_GRACE);
		assertThat(plugin.process().orElseThrow().isAlive()).isFalse();
	}

	@Test
	void closeShutsThePluginDown() {
		PluginDriver plugin = PluginDriver.launch(fakePlugin("normal"));
		plugin.close();
		assertThat(plugin.stderrLines()).contains("[INFO] deactivated");
		assertThat(plugin.process().orElseThrow().isAlive()).isFalse();
	}

	@Test
	void hooksAreRefusedAfterShutdown() {
		try (PluginDriver plugin = PluginDriver.launch(fakePlugin("normal"))) {
			plugin.shutdown();
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> plugin.messageWillBePosted(Post.getDefaultInstance()))
				.withMessageContaining("shut down");
		}
	}

	@Test
	void startTimingsAreMeasuredFromTheProcessStartAndComeInOrder() {
		try (PluginDriver plugin = PluginDriver.launch(fakePlugin("normal"))) {
			StartTimings timings = plugin.startTimings();
			assertThat(timings.handshake()).hasValueSatisfying((handshake) -> {
				assertThat(handshake).isPositive();
				assertThat(timings.implemented()).isGreaterThanOrEqualTo(handshake);
			});
			assertThat(timings.activated()).isGreaterThanOrEqualTo(timings.implemented());
		}
	}

	@Test
	void pidAndProcessHandleAreThoseOfThePluginProcess() {
		try (PluginDriver plugin = PluginDriver.launch(fakePlugin("normal"))) {
			Process process = plugin.process().orElseThrow();
			assertThat(plugin.pid()).isEqualTo(process.pid());
			assertThat(plugin.processHandle().pid()).isEqualTo(process.pid());
			assertThat(plugin.processHandle().isAlive()).isTrue();
			plugin.shutdown();
			assertThat(plugin.processHandle().isAlive()).isFalse();
		}
	}

	@Test
	void stdioStreamOfAPluginProcessIsCollected() {
		try (PluginDriver plugin = PluginDriver.launch(fakePlugin("normal"))) {
			assertThat(plugin.awaitStdioLine(FakePlugin.STDIO_STDERR::equals, Duration.ofSeconds(10))).isNotNull();
			assertThat(plugin.stdioLines(StdioData.Channel.STDOUT)).containsExactly(FakePlugin.STDIO_STDOUT);
			assertThat(plugin.warnings()).isEmpty();
			// What goes over the stream is not printed on the pipes.
			assertThat(plugin.stdoutLines()).hasSize(1);
			assertThat(plugin.shutdown().clean()).isTrue();
		}
	}

	@Test
	void handshakeAfterTheServersThreeSecondsFailsTheStartAndTheProcessIsKilled() {
		assertThat(PluginLaunch.command("plugin").startTimeout()).isEqualTo(PluginDriver.START_TIMEOUT)
			.isEqualTo(Duration.ofSeconds(3));
		// A shell prints the handshake 3.5 s after it started: too late for the server.
		PluginLaunch late = PluginLaunch.command("/bin/sh", "-c",
				"echo \"pid=$$\" >&2; sleep 3.5; echo '1|1|tcp|127.0.0.1:1|grpc'");
		assertThatExceptionOfType(PluginStartException.class).isThrownBy(() -> PluginDriver.launch(late))
			.withMessageContaining("No handshake line on stdout within 3000 ms of the start")
			.satisfies((ex) -> {
				String pid = ex.getMessage().replaceAll("(?s).*pid=(\\d+).*", "$1");
				assertThat(ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive)).isEmpty();
			});
	}

	@Test
	void attachedPluginHasStartTimingsButNoProcess() {
		FakePlugin fake = FakePlugin.startInThisJvm();
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			StartTimings timings = plugin.startTimings();
			assertThat(timings.handshake()).isEmpty();
			assertThat(timings.implemented()).isPositive();
			assertThat(timings.activated()).isGreaterThanOrEqualTo(timings.implemented());
			assertThat(plugin.process()).isEmpty();
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(plugin::pid);
			assertThat(plugin.target()).isEqualTo("127.0.0.1:" + fake.port());
		}
	}

	@Test
	void httpRequestsToAPluginWithoutServeHttpAreAnswered404WithoutACall() {
		FakePlugin fake = FakePlugin.startInThisJvm();
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			assertThat(plugin.isImplemented("ServeHTTP")).isFalse();
			PluginHttpResponse response = plugin.http().post("/echo").body("hi").send();
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.pluginCalled()).isFalse();
			assertThat(plugin.http()).isSameAs(plugin.http());
			assertThat(plugin.http().lastExchange().init().getRequestUri()).isEqualTo("/plugins/plugin-under-test/echo");
			assertThat(plugin.pluginId()).isEqualTo("plugin-under-test");
			plugin.http("com.example.other").get("/x").send();
			assertThat(plugin.http().lastExchange().init().getRequestUri()).isEqualTo("/plugins/com.example.other/x");
			plugin.shutdown();
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(plugin::http);
		}
	}

	@Test
	void noHandshakeWithinTheStartTimeoutFailsTheStart() {
		assertThatExceptionOfType(PluginStartException.class)
			.isThrownBy(() -> PluginDriver.launch(fakePlugin("silent")))
			.withMessageContaining("No handshake line on stdout within 3000 ms")
			.withMessageContaining("api target=" + this.mattermost.target());
	}

	@Test
	void outputBeforeTheHandshakeFailsTheStartQuotingIt() {
		assertThatExceptionOfType(PluginStartException.class)
			.isThrownBy(() -> PluginDriver.launch(fakePlugin("noisy")))
			.withMessageContaining("'Starting the fake plugin...'");
	}

	@Test
	void exitBeforeTheHandshakeFailsTheStartWithTheExitCodeAndStderr() {
		assertThatExceptionOfType(PluginStartException.class)
			.isThrownBy(() -> PluginDriver.launch(fakePlugin("crash")))
			.withMessageContaining("exited with code 3")
			.withMessageContaining("[ERROR] cannot start: crash requested");
	}

	@Test
	void appErrorFromOnActivateFailsTheStartWithItsMessage() {
		assertThatExceptionOfType(PluginStartException.class)
			.isThrownBy(() -> PluginDriver.launch(fakePlugin("failing-activation")))
			.withMessageContaining("The plugin failed OnActivate")
			.withMessageContaining("fake.activate: no configuration");
	}

	@Test
	void programThatCannotRunFailsTheStart() {
		assertThatExceptionOfType(PluginStartException.class)
			.isThrownBy(() -> PluginDriver.launch(PluginLaunch.command("bin/no-such-program")))
			.withMessageContaining("Could not start the plugin process");
	}

	@Test
	void attachedPluginIsActivatedAndShutDown() throws InterruptedException {
		FakePlugin fake = FakePlugin.startInThisJvm();
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			assertThat(plugin.implementedHooks()).contains("MessageWillBePosted");
			assertThat(plugin.messageWillBePosted(Post.newBuilder().setMessage("hi").build()).getModifiedPost()
				.getMessage()).isEqualTo("HI");
			ShutdownResult result = plugin.shutdown();
			assertThat(result.exitCode()).isEmpty();
			assertThat(result.exitedInTime()).isTrue();
			assertThat(fake.awaitStopped(Duration.ofSeconds(5))).isTrue();
		}
	}

}

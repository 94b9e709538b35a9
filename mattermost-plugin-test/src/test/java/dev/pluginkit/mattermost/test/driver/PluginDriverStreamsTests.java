package dev.pluginkit.mattermost.test.driver;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.driver.FakePlugin.Services;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * go-plugin's broker and stdio streams, which the driver opens right after connecting and
 * keeps open for the plugin's life, against the fake plugin in this JVM over a socket.
 */
class PluginDriverStreamsTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Test
	void brokerAndStdioStreamsAreOpenedOnceRightAfterConnecting() {
		FakePlugin fake = FakePlugin.startInThisJvm();
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			// The driver starts both streams before its first unary call, but a server runs
			// calls on threads of its own, so the order it records them in can differ.
			awaitCondition(() -> fake.calls().containsAll(List.of("StartStream", "StreamStdio")));
			assertThat(fake.calls()).containsOnlyOnce("StartStream", "StreamStdio");
			assertThat(fake.calls()).containsSubsequence("Check", "Implemented", "OnActivate");
			assertThat(plugin.warnings()).isEmpty();
		}
	}

	@Test
	void streamsStayOpenWhileHooksAreFired() {
		FakePlugin fake = FakePlugin.startInThisJvm();
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			plugin.messageWillBePosted(Post.newBuilder().setMessage("hi").build());
			assertThat(plugin.health()).isNotNull();
			assertThat(fake.endedStreams()).isEmpty();
		}
	}

	@Test
	void stdioDataIsCollectedAsLinesPerChannel() {
		FakePlugin fake = FakePlugin.startInThisJvm();
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			plugin.awaitStdioLine(FakePlugin.STDIO_STDERR::equals, WAIT);
			assertThat(plugin.stdioLines()).containsExactly(FakePlugin.STDIO_STDOUT, FakePlugin.STDIO_STDERR);
			assertThat(plugin.stdioLines(StdioData.Channel.STDERR)).containsExactly(FakePlugin.STDIO_STDERR);
			assertThat(plugin.stdioLines(StdioData.Channel.STDOUT)).containsExactly(FakePlugin.STDIO_STDOUT);
		}
	}

	@Test
	void shutdownEndsBothStreamsSoThatThePluginStopsGracefully() throws InterruptedException {
		FakePlugin fake = FakePlugin.startInThisJvm();
		PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port());
		assertThat(plugin.shutdown().clean()).isTrue();
		assertThat(fake.awaitStopped(WAIT)).isTrue();
		assertThat(fake.terminatedGracefully()).isTrue();
		assertThat(fake.endedStreams()).contains("StartStream cancelled")
			.containsAnyOf("StreamStdio ended by the plugin", "StreamStdio cancelled");
	}

	@Test
	void stdioStreamThatThePluginDoesNotEndDoesNotKeepItFromStopping() throws InterruptedException {
		FakePlugin fake = FakePlugin.startInThisJvm("keeps-stdio", Services.ALL);
		PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port());
		assertThat(plugin.shutdown().clean()).isTrue();
		assertThat(fake.awaitStopped(WAIT)).isTrue();
		assertThat(fake.terminatedGracefully()).isTrue();
		assertThat(fake.endedStreams()).contains("StartStream cancelled", "StreamStdio cancelled");
	}

	@Test
	void pluginWithoutTheBrokerActivatesAndNothingIsReported() {
		FakePlugin fake = FakePlugin.startInThisJvm("normal", new Services(true, false));
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			assertThat(plugin.messageWillBePosted(Post.newBuilder().setMessage("hi").build()).getModifiedPost()
				.getMessage()).isEqualTo("HI");
			plugin.awaitStdioLine(FakePlugin.STDIO_STDERR::equals, WAIT);
			assertThat(plugin.warnings()).isEmpty();
			assertThat(plugin.shutdown().clean()).isTrue();
		}
	}

	@Test
	void pluginWithoutStdioActivatesWithAWarningAsGoPluginLogs() {
		FakePlugin fake = FakePlugin.startInThisJvm("normal", new Services(false, true));
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			assertThat(plugin.messageWillBePosted(Post.newBuilder().setMessage("hi").build()).getModifiedPost()
				.getMessage()).isEqualTo("HI");
			awaitCondition(() -> !plugin.warnings().isEmpty());
			assertThat(plugin.warnings()).singleElement()
				.asString()
				.contains("stdio service not available, stdout/stderr syncing unavailable");
			assertThat(plugin.stdioLines()).isEmpty();
			assertThat(plugin.shutdown().clean()).isTrue();
		}
	}

	@Test
	void pluginWithNeitherStreamStillActivates() {
		FakePlugin fake = FakePlugin.startInThisJvm("normal", new Services(false, false));
		try (PluginDriver plugin = PluginDriver.attach("127.0.0.1:" + fake.port())) {
			assertThat(plugin.implementedHooks()).contains("OnActivate");
			assertThat(plugin.shutdown().clean()).isTrue();
		}
	}

	private static void awaitCondition(BooleanSupplier condition) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition met within %s", WAIT).isLessThan(deadline);
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
		}
	}

}

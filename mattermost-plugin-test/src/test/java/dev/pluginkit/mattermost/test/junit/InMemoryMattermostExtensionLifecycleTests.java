package dev.pluginkit.mattermost.test.junit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension's lifecycle, seen from outside: test classes run through the JUnit
 * Platform launcher, then their servers are checked.
 */
class InMemoryMattermostExtensionLifecycleTests {

	private static final List<InMemoryMattermost> seen = new CopyOnWriteArrayList<>();

	private static final List<Integer> ports = new CopyOnWriteArrayList<>();

	@BeforeEach
	void forget() {
		seen.clear();
		ports.clear();
	}

	@Test
	void closesTheServerAfterTheClass() {
		EventStatistics summary = run(TwoTests.class);

		assertThat(summary.failed()).isZero();
		assertThat(summary.succeeded()).isEqualTo(2);
		assertThat(seen).hasSize(2);
		assertThat(seen.get(1)).isSameAs(seen.get(0));
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(ports.get(0)));
	}

	@Test
	void startsOneServerPerClass() {
		run(TwoTests.class);
		run(TwoTests.class);

		assertThat(seen).hasSize(4);
		assertThat(seen.get(2)).isNotSameAs(seen.get(0));
	}

	@Test
	void startsAnInProcessServerWhenAsked() {
		EventStatistics summary = run(InProcess.class);

		assertThat(summary.failed()).isZero();
		assertThat(summary.succeeded()).isEqualTo(1);
		assertThat(seen.get(0).target()).startsWith("in-process:");
	}

	@Test
	void keepsTheStateBetweenTestsWhenResetIsOff() {
		EventStatistics summary = run(NoReset.class);

		assertThat(summary.failed()).isZero();
		assertThat(summary.succeeded()).isEqualTo(2);
	}

	@Test
	void worksWithOneTestInstancePerClass() {
		EventStatistics summary = run(PerClass.class);

		assertThat(summary.failed()).isZero();
		assertThat(summary.succeeded()).isEqualTo(2);
		assertThat(seen).hasSize(2).doesNotContainNull();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(ports.get(0)));
	}

	@Test
	void worksWhenRegisteredDirectly() {
		EventStatistics summary = run(Registered.class);

		assertThat(summary.failed()).isZero();
		assertThat(summary.succeeded()).isEqualTo(1);
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect(ports.get(0)));
	}

	private static EventStatistics run(Class<?> testClass) {
		EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
		results.allEvents().failed().stream().forEach((event) -> System.err.println(event));
		return new EventStatistics(results.testEvents().succeeded().count(), results.allEvents().failed().count());
	}

	/**
	 * What a run of a test class did.
	 * @param succeeded how many tests succeeded
	 * @param failed how many tests, classes or lifecycle methods failed
	 */
	private record EventStatistics(long succeeded, long failed) {
	}

	private static void connect(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
		}
	}

	@WithInMemoryMattermost
	static class TwoTests {

		@Test
		void first(InMemoryMattermost mattermost) {
			seen.add(mattermost);
			ports.add(mattermost.port());
			answers(mattermost);
		}

		@Test
		void second(InMemoryMattermost mattermost) {
			seen.add(mattermost);
			answers(mattermost);
		}

		private static void answers(InMemoryMattermost mattermost) {
			ManagedChannel channel = mattermost.newChannel();
			try {
				assertThat(PluginAPIGrpc.newBlockingStub(channel)
					.getServerVersion(GetServerVersionRequest.getDefaultInstance())
					.getVersion()).isNotEmpty();
			}
			finally {
				channel.shutdownNow();
			}
		}

	}

	@WithInMemoryMattermost(inProcess = true)
	static class InProcess {

		@Test
		void test(InMemoryMattermost mattermost) {
			seen.add(mattermost);
			TwoTests.answers(mattermost);
		}

	}

	@WithInMemoryMattermost(resetBeforeEach = false)
	@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
	static class NoReset {

		@Test
		void a(InMemoryMattermost mattermost) {
			mattermost.files().write("kept", new byte[] { 1 });
		}

		@Test
		void b(InMemoryMattermost mattermost) {
			assertThat(mattermost.files().read("kept")).isPresent();
		}

	}

	@WithInMemoryMattermost
	@TestInstance(Lifecycle.PER_CLASS)
	static class PerClass {

		private final InMemoryMattermost mattermost;

		PerClass(InMemoryMattermost mattermost) {
			this.mattermost = mattermost;
		}

		@Test
		void first() {
			seen.add(this.mattermost);
			ports.add(this.mattermost.port());
		}

		@Test
		void second(InMemoryMattermost mattermost) {
			assertThat(mattermost).isSameAs(this.mattermost);
			seen.add(mattermost);
		}

	}

	@ExtendWith(InMemoryMattermostExtension.class)
	static class Registered {

		@Test
		void test(InMemoryMattermost mattermost) {
			seen.add(mattermost);
			ports.add(mattermost.port());
		}

	}

}

package dev.pluginkit.mattermost.test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

import com.google.protobuf.Value;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.GetLDAPUserAttributesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVGetRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVGetResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KeyValuePair;
import dev.pluginkit.mattermost.pluginapi.v1.LogInfoRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogWarnRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc.PluginAPIBlockingStub;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryMattermostTests {

	private InMemoryMattermost mattermost;

	private ManagedChannel channel;

	private PluginAPIBlockingStub api;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.channel = this.mattermost.newChannel();
		this.api = PluginAPIGrpc.newBlockingStub(this.channel);
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.mattermost.close();
	}

	@Test
	void closeShutsDownTheChannelsItOpened() {
		try (InMemoryMattermost other = InMemoryMattermost.start()) {
			ManagedChannel channel = other.newChannel();
			other.close();
			assertThat(channel.isShutdown()).isTrue();
		}
	}

	@Test
	void listensOnLoopbackWithARandomPort() {
		assertThat(this.mattermost.target()).isEqualTo("127.0.0.1:" + this.mattermost.port());
		assertThat(this.mattermost.port()).isPositive();
	}

	@Test
	void answersTheServerVersionItWasGiven() {
		this.mattermost.setServerVersion("9.5.1");
		assertThat(this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance()).getVersion())
			.isEqualTo("9.5.1");
	}

	@Test
	void recordsLogLinesWithTheirFieldsInOrder() {
		this.api.logWarn(LogWarnRequest.newBuilder()
			.setMsg("disk almost full")
			.addKeyValuePairs(KeyValuePair.newBuilder().setKey("free").setValue(Value.newBuilder().setNumberValue(3)))
			.addKeyValuePairs(KeyValuePair.newBuilder().setKey("unit").setValue(Value.newBuilder().setStringValue("GB")))
			.build());

		assertThat(this.mattermost.logEntries()).containsExactly(
				new LogEntry(LogEntry.LogLevel.WARN, "disk almost full", Map.of("free", 3.0, "unit", "GB")));
		assertThat(this.mattermost.logEntries().get(0).fields().keySet()).containsExactly("free", "unit");
	}

	@Test
	void answersUnimplementedForAnRpcItDoesNotFake() {
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.api
				.getLDAPUserAttributes(GetLDAPUserAttributesRequest.newBuilder().setUserId("u1").build()))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
	}

	@Test
	void failsAnyRpcWithAChosenStatus() {
		this.mattermost.failWith("GetServerVersion", Status.UNAVAILABLE.withDescription("maintenance"));

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance()))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
				assertThat(ex.getStatus().getDescription()).isEqualTo("maintenance");
			});
	}

	@Test
	void embedsAnAppErrorEvenInAnRpcItDoesNotFake() {
		AppError appError = AppError.newBuilder().setId("app.kv.get.error").setMessage("boom").setStatusCode(500).build();
		this.mattermost.failWithAppError("KVGet", appError);

		KVGetResponse response = this.api.kVGet(KVGetRequest.newBuilder().setKey("k").build());

		assertThat(response.getError()).isEqualTo(appError);
	}

	@Test
	void resetForgetsFailuresCountsAndLogs() {
		this.mattermost.failWith("GetServerVersion", Status.INTERNAL);
		this.api.logInfo(LogInfoRequest.newBuilder().setMsg("x").build());

		this.mattermost.reset();

		assertThat(this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance()).getVersion()).isNotEmpty();
		assertThat(this.mattermost.logEntries()).isEmpty();
		assertThat(this.mattermost.callCount("LogInfo")).isZero();
		assertThat(this.mattermost.callCount("GetServerVersion")).isEqualTo(1);
	}

	@Test
	void delaysAnswersWhenAsked() {
		this.mattermost.delay("GetServerVersion", Duration.ofMillis(300));
		long start = System.nanoTime();

		this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance());

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void rejectsAnUnknownRpcNameNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.failWith("GetUsr", Status.INTERNAL))
			.withMessageContaining("'GetUsr'");
	}

	@Test
	void rejectsAnAppErrorWithoutAnIdBecauseThatMeansSuccess() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.mattermost.failWithAppError("KVGet", AppError.newBuilder().setMessage("x").build()))
			.withMessageContaining("non-empty id");
	}

	@RepeatedTest(20)
	void closeReleasesThePortBeforeReturning() throws IOException {
		InMemoryMattermost closed = InMemoryMattermost.start();
		int port = closed.port();
		try (Socket connected = new Socket("127.0.0.1", port)) {
			assertThat(connected.isConnected()).isTrue();
		}

		closed.close();

		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> new Socket("127.0.0.1", port).close());
		try (ServerSocket rebound = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			assertThat(rebound.getLocalPort()).isEqualTo(port);
		}
	}

	@Test
	void servesInProcessToo() {
		try (InMemoryMattermost inProcess = InMemoryMattermost.startInProcess()) {
			ManagedChannel inProcessChannel = inProcess.newChannel();
			try {
				assertThat(inProcess.target()).startsWith("in-process:");
				assertThat(PluginAPIGrpc.newBlockingStub(inProcessChannel)
					.getServerVersion(GetServerVersionRequest.getDefaultInstance())
					.getVersion()).isNotEmpty();
			}
			finally {
				inProcessChannel.shutdownNow();
			}
		}
	}

	@Test
	void countsCallsPerRpc() {
		this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance());
		this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance());

		assertThat(this.mattermost.callCount("GetServerVersion")).isEqualTo(2);
		assertThat(this.mattermost.callCount("GetDiagnosticId")).isZero();
	}

}

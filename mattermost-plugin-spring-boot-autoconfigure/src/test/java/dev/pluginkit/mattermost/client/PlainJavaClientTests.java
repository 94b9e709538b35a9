package dev.pluginkit.mattermost.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.LogEntry.LogLevel;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.awaitility.Awaitility.await;

/**
 * The clients without Spring: built from a plain gRPC channel over a real socket.
 */
class PlainJavaClientTests {

	private InMemoryMattermost mattermost;

	private ManagedChannel channel;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start()
			.setServerVersion("10.11.2")
			.setDiagnosticId("diag-1")
			.setSystemInstallDate(1_600_000_000_123L);
		this.channel = ManagedChannelBuilder.forTarget(this.mattermost.target()).usePlaintext().build();
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.mattermost.close();
	}

	@Test
	void blockingClientNeedsOnlyAChannel() {
		PluginAPIClient api = PluginAPIClient.create(this.channel);

		assertThat(api.getServerVersion()).isEqualTo("10.11.2");
		assertThat(api.getDiagnosticId()).isEqualTo("diag-1");
		assertThat(api.getSystemInstallDate()).isEqualTo(Instant.ofEpochMilli(1_600_000_000_123L));
	}

	@Test
	void asyncClientNeedsOnlyAChannel() {
		AsyncPluginAPIClient api = AsyncPluginAPIClient.create(this.channel);

		assertThat(api.getServerVersion().join()).isEqualTo("10.11.2");
		assertThat(api.getDiagnosticId().join()).isEqualTo("diag-1");
		assertThat(api.getSystemInstallDate().join()).isEqualTo(Instant.ofEpochMilli(1_600_000_000_123L));
	}

	@Test
	void logCallsReachTheServerAtTheirLevelWithTheirFields() {
		PluginAPIClient api = PluginAPIClient.create(this.channel);

		api.logDebug("d");
		api.logInfo("user joined", "user_id", "u1", "attempt", 2, "admin", true, "note", null);
		api.logWarn("w", "tags", List.of("a", "b"));
		AsyncPluginAPIClient.create(this.channel).logError("e", "limits", Map.of("max", 5)).join();

		assertThat(this.mattermost.logEntries()).extracting(LogEntry::level)
			.containsExactly(LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR);
		LogEntry info = this.mattermost.logEntries().get(1);
		assertThat(info.message()).isEqualTo("user joined");
		assertThat(info.fields()).containsExactly(Map.entry("user_id", "u1"), Map.entry("attempt", 2.0),
				Map.entry("admin", true), new java.util.AbstractMap.SimpleEntry<>("note", null));
		assertThat(this.mattermost.logEntries().get(2).fields()).containsEntry("tags", List.of("a", "b"));
		assertThat(this.mattermost.logEntries().get(3).fields()).containsEntry("limits", Map.of("max", 5.0));
	}

	@Test
	void numbersADoubleCannotHoldTravelAsText() {
		PluginAPIClient.create(this.channel).logInfo("big", "id", Long.MAX_VALUE, "small", 42L);

		assertThat(this.mattermost.logEntries().get(0).fields()).containsEntry("id", String.valueOf(Long.MAX_VALUE))
			.containsEntry("small", 42.0);
	}

	@Test
	void oddKeyValuePairsAreRejectedNamingTheKeyWithoutValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PluginAPIClient.create(this.channel).logInfo("m", "user_id", "u1", "dangling"))
			.withMessageContaining("'dangling' has no value");
		assertThat(this.mattermost.callCount("LogInfo")).isZero();
	}

	@Test
	void nonStringKeysAreRejectedNamingThePosition() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AsyncPluginAPIClient.create(this.channel).logWarn("m", 7, "seven"))
			.withMessageContaining("keyValuePairs[0]")
			.withMessageContaining("java.lang.Integer '7'");
	}

	@Test
	void nullMessageIsRejected() {
		assertThatNullPointerException().isThrownBy(() -> PluginAPIClient.create(this.channel).logError(null))
			.withMessageContaining("message");
	}

	@Test
	void callsThatOutliveTheDeadlineFailWithTheDeadlineException() {
		this.mattermost.delay("GetServerVersion", Duration.ofSeconds(5));
		PluginApiClientOptions options = PluginApiClientOptions.defaults().withDeadline(Duration.ofMillis(200));

		assertThatExceptionOfType(PluginApiDeadlineExceededException.class)
			.isThrownBy(() -> PluginAPIClient.create(this.channel, options).getServerVersion())
			.satisfies((ex) -> assertThat(ex).isInstanceOf(PluginApiUnavailableException.class));
	}

	@Test
	void requestsAboveTheOutboundLimitFailWithoutReachingTheServer() {
		PluginApiClientOptions options = PluginApiClientOptions.defaults().withMaxOutboundMessageSize(64);

		assertThatExceptionOfType(PluginApiUnavailableException.class)
			.isThrownBy(() -> PluginAPIClient.create(this.channel, options).logInfo("x".repeat(1000)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(io.grpc.Status.Code.RESOURCE_EXHAUSTED))
			.withMessageContaining("maximum outbound message size of 64 bytes");
		assertThat(this.mattermost.callCount("LogInfo")).isZero();
	}

	@Test
	void requestsAboveTheOutboundLimitFailOnAConnectedChannelToo() {
		PluginApiClientOptions options = PluginApiClientOptions.defaults().withMaxOutboundMessageSize(64);
		PluginAPIClient api = PluginAPIClient.create(this.channel, options);
		api.logInfo("fits");

		assertThatExceptionOfType(PluginApiUnavailableException.class).isThrownBy(() -> api.logInfo("x".repeat(1000)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(io.grpc.Status.Code.RESOURCE_EXHAUSTED));
		assertThat(this.mattermost.callCount("LogInfo")).isEqualTo(1);
	}

	@Test
	void asyncRequestsAboveTheOutboundLimitFailTheFuture() {
		PluginApiClientOptions options = PluginApiClientOptions.defaults().withMaxOutboundMessageSize(64);

		CompletableFuture<Void> logged = AsyncPluginAPIClient.create(this.channel, options).logInfo("x".repeat(1000));

		assertThat(logged).failsWithin(Duration.ofSeconds(5))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause()
			.isInstanceOf(PluginApiUnavailableException.class)
			.withMessageContaining("maximum outbound message size of 64 bytes");
		assertThat(this.mattermost.callCount("LogInfo")).isZero();
	}

	@Test
	void cancellingTheFutureCancelsTheRpc() {
		List<String> cancellations = new CopyOnWriteArrayList<>();
		this.mattermost.delay("GetServerVersion", Duration.ofSeconds(10));
		AsyncPluginAPIClient api = AsyncPluginAPIClient
			.create(ClientInterceptors.intercept(this.channel, recordingCancellations(cancellations)));

		CompletableFuture<String> version = api.getServerVersion();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.mattermost.callCount("GetServerVersion") == 1);
		assertThat(version.cancel(true)).isTrue();

		assertThat(version).isCancelled();
		assertThatExceptionOfType(CancellationException.class).isThrownBy(version::join);
		assertThat(cancellations).containsExactly("The caller cancelled the call");
	}

	@Test
	void timingOutTheFutureCancelsTheRpc() {
		List<String> cancellations = new CopyOnWriteArrayList<>();
		this.mattermost.delay("GetDiagnosticId", Duration.ofSeconds(10));
		AsyncPluginAPIClient api = AsyncPluginAPIClient
			.create(ClientInterceptors.intercept(this.channel, recordingCancellations(cancellations)));

		CompletableFuture<String> id = api.getDiagnosticId().orTimeout(100, TimeUnit.MILLISECONDS);

		assertThatExceptionOfType(java.util.concurrent.CompletionException.class).isThrownBy(id::join)
			.withCauseInstanceOf(TimeoutException.class);
		await().atMost(Duration.ofSeconds(5)).until(() -> !cancellations.isEmpty());
		assertThat(cancellations).containsExactly("The caller completed the future before the server answered");
	}

	@Test
	void anUnreachableServerIsUnavailable() {
		this.mattermost.close();

		assertThatExceptionOfType(PluginApiUnavailableException.class)
			.isThrownBy(() -> PluginAPIClient.create(this.channel).getServerVersion())
			.withMessageContaining("UNAVAILABLE");
	}

	private static ClientInterceptor recordingCancellations(List<String> cancellations) {
		return new ClientInterceptor() {

			@Override
			public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method,
					CallOptions callOptions, Channel next) {
				return new SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {

					@Override
					public void cancel(String message, Throwable cause) {
						cancellations.add(message);
						super.cancel(message, cause);
					}

				};
			}

		};
	}

}

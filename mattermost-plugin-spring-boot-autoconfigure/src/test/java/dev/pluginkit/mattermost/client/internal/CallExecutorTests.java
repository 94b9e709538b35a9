package dev.pluginkit.mattermost.client.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.pluginkit.mattermost.client.PluginApiClientOptions;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The shared call path, with calls that no public method makes.
 */
class CallExecutorTests {

	private final InMemoryMattermost mattermost = InMemoryMattermost.startInProcess();

	private final ManagedChannel channel = this.mattermost.newChannel();

	private final CallExecutor executor = new CallExecutor(this.channel, PluginApiClientOptions.defaults());

	private final UnaryCall<GetServerVersionRequest, GetServerVersionResponse, String> brokenExtraction = UnaryCall.of(
			PluginAPIGrpc.getGetServerVersionMethod(), GetServerVersionRequest.getDefaultInstance(),
			GetServerVersionResponse::getError, (response) -> {
				throw new IllegalStateException("cannot read " + response.getVersion());
			});

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.mattermost.close();
	}

	@Test
	void asyncResultFailureFailsTheFutureInsteadOfLeavingItPending() {
		CompletableFuture<String> result = this.executor.async(this.brokenExtraction);

		assertThat(result).failsWithin(Duration.ofSeconds(5))
			.withThrowableOfType(ExecutionException.class)
			.havingCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessage("cannot read 10.11.0");
	}

	@Test
	void blockingResultFailureReachesTheCaller() {
		assertThatIllegalStateException().isThrownBy(() -> this.executor.blocking(this.brokenExtraction))
			.withMessage("cannot read 10.11.0");
	}

}

package dev.pluginkit.mattermost.client.internal;

import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiUnavailableException;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status conversions that a live server cannot produce on demand.
 */
class PluginApiErrorsTests {

	@Test
	void localCancellationReportsTheStatusItWasCausedBy() {
		Status cancelled = Status.CANCELLED.withDescription("Failed to stream message")
			.withCause(Status.RESOURCE_EXHAUSTED.withDescription("message too large 1003 > 64").asRuntimeException());

		PluginApiException failure = PluginApiErrors.fromStatus(cancelled);

		assertThat(failure).isInstanceOf(PluginApiUnavailableException.class)
			.hasMessageContaining("message too large 1003 > 64");
		assertThat(failure.getStatusCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
	}

	@Test
	void cancellationWithAPlainCauseStaysACancellation() {
		IllegalStateException cause = new IllegalStateException("marshaller broke");
		Status cancelled = Status.CANCELLED.withDescription("Failed to stream message").withCause(cause);

		PluginApiException failure = PluginApiErrors.fromStatus(cancelled);

		assertThat(failure.getClass()).isEqualTo(PluginApiException.class);
		assertThat(failure.getStatusCode()).isEqualTo(Status.Code.CANCELLED);
		assertThat(failure).hasMessageContaining("Failed to stream message").hasCause(cause);
	}

	@Test
	void cancellationWithoutCauseStaysACancellation() {
		PluginApiException failure = PluginApiErrors.fromStatus(Status.CANCELLED.withDescription("caller went away"));

		assertThat(failure.getStatusCode()).isEqualTo(Status.Code.CANCELLED);
		assertThat(failure).hasMessageContaining("caller went away");
	}

}

package dev.pluginkit.mattermost.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import dev.pluginkit.mattermost.pluginapi.v1.ExtendSessionExpiryRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExtendSessionExpiryResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVSetWithExpiryRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SetUserStatusTimedDNDRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SetUserStatusTimedDNDResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Status;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The {@link Duration} and {@link Instant} overloads of the methods whose RPCs take
 * seconds, epoch seconds or epoch milliseconds: what they send, and the arguments they
 * refuse before anything is sent.
 */
class TimeArgumentsTests {

	private static final String USER_ID = "ybndrfg8ejkmcpqxot1uwisza3";

	private InMemoryMattermost mattermost;

	private PluginAPIClient api;

	private AsyncPluginAPIClient asyncApi;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.mattermost.clock().set(Instant.parse("2026-03-04T10:00:00Z"));
		ManagedChannel channel = this.mattermost.newChannel();
		this.api = PluginAPIClient.create(channel);
		this.asyncApi = AsyncPluginAPIClient.create(channel);
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void kvSetWithADurationSendsWholeSecondsAndTheEntryExpiresThen() {
		this.api.kvSetWithExpiry("k", bytes("v"), Duration.ofMinutes(2));

		assertThat(this.mattermost.requests(PluginAPIGrpc.getKVSetWithExpiryMethod()))
			.extracting(KVSetWithExpiryRequest::getExpireInSeconds)
			.containsExactly(120L);
		this.mattermost.clock().advance(Duration.ofSeconds(119));
		assertThat(this.api.kvGet("k")).isPresent();
		this.mattermost.clock().advance(Duration.ofSeconds(1));
		assertThat(this.api.kvGet("k")).isEmpty();
	}

	@Test
	void kvSetWithADurationRoundsAFractionOfASecondUp() {
		this.api.kvSetWithExpiry("a", bytes("v"), Duration.ofMillis(1500));
		this.asyncApi.kvSetWithExpiry("b", bytes("v"), Duration.ofMillis(1)).join();

		assertThat(this.mattermost.requests(PluginAPIGrpc.getKVSetWithExpiryMethod()))
			.extracting(KVSetWithExpiryRequest::getExpireInSeconds)
			.containsExactly(2L, 1L);
	}

	@Test
	void kvSetRefusesADurationThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.api.kvSetWithExpiry("k", bytes("v"), Duration.ZERO))
			.withMessage("timeToLive must be positive, but is PT0S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.asyncApi.kvSetWithExpiry("k", bytes("v"), Duration.ofSeconds(-5)))
			.withMessage("timeToLive must be positive, but is PT-5S");
		assertThatNullPointerException().isThrownBy(() -> this.api.kvSetWithExpiry("k", bytes("v"), (Duration) null))
			.withMessage("timeToLive must not be null");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getKVSetWithExpiryMethod())).isEmpty();
	}

	@Test
	void timedDoNotDisturbWithAnInstantSendsEpochSeconds() {
		this.mattermost.answer(PluginAPIGrpc.getSetUserStatusTimedDNDMethod(), SetUserStatusTimedDNDResponse
			.newBuilder()
			.setStatus(Status.newBuilder().setUserId(USER_ID).setStatus("dnd"))
			.build());
		Instant end = Instant.parse("2026-03-04T12:30:00.750Z");

		assertThat(this.api.setUserStatusTimedDnd(USER_ID, end).getStatus()).isEqualTo("dnd");
		this.asyncApi.setUserStatusTimedDnd(USER_ID, end).join();

		assertThat(this.mattermost.requests(PluginAPIGrpc.getSetUserStatusTimedDNDMethod()))
			.extracting(SetUserStatusTimedDNDRequest::getEndTime)
			.containsExactly(end.getEpochSecond(), end.getEpochSecond());
	}

	@Test
	void timedDoNotDisturbRefusesATimeBeforeTheEpoch() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.api.setUserStatusTimedDnd(USER_ID, Instant.parse("1969-12-31T23:59:59Z")))
			.withMessageStartingWith("endTime must not be before 1970-01-01T00:00:00Z");
		assertThatNullPointerException().isThrownBy(() -> this.asyncApi.setUserStatusTimedDnd(USER_ID, (Instant) null))
			.withMessage("endTime must not be null");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getSetUserStatusTimedDNDMethod())).isEmpty();
	}

	@Test
	void extendSessionExpiryWithAnInstantSendsEpochMilliseconds() {
		this.mattermost.answer(PluginAPIGrpc.getExtendSessionExpiryMethod(),
				ExtendSessionExpiryResponse.getDefaultInstance());
		Instant expiry = Instant.parse("2026-04-01T00:00:00.250Z");

		this.api.extendSessionExpiry("session-1", expiry);
		this.asyncApi.extendSessionExpiry("session-1", expiry).join();

		assertThat(this.mattermost.requests(PluginAPIGrpc.getExtendSessionExpiryMethod()))
			.extracting(ExtendSessionExpiryRequest::getNewExpiry)
			.containsExactly(expiry.toEpochMilli(), expiry.toEpochMilli());
	}

	@Test
	void extendSessionExpiryRefusesTimesMillisecondsCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.api.extendSessionExpiry("s", Instant.MAX))
			.withMessageStartingWith("newExpiry is too far in the future");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.asyncApi.extendSessionExpiry("s", Instant.EPOCH.minusMillis(1)))
			.withMessageStartingWith("newExpiry must not be before 1970-01-01T00:00:00Z");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getExtendSessionExpiryMethod())).isEmpty();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

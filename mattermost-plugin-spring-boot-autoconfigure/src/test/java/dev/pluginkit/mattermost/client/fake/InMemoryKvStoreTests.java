package dev.pluginkit.mattermost.client.fake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.PluginKVSetOptions;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The in-memory server's KV store, through {@link PluginAPIClient} over a real socket.
 */
class InMemoryKvStoreTests {

	private static final String INVALID_KEY = "model.plugin_key_value.is_valid.key.app_error";

	private InMemoryMattermost mattermost;

	private PluginAPIClient api;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.api = PluginAPIClient.create(this.mattermost.newChannel());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void getReturnsWhatSetStored() {
		this.api.kvSet("greeting", bytes("hello"));

		assertThat(this.api.kvGet("greeting")).hasValueSatisfying((value) -> assertThat(value).isEqualTo(bytes("hello")));
	}

	@Test
	void getOfAMissingKeyIsEmptyAndNoError() {
		assertThat(this.api.kvGet("missing")).isEmpty();
	}

	@Test
	void setReplacesTheValue() {
		this.api.kvSet("k", bytes("one"));
		this.api.kvSet("k", bytes("two"));

		assertThat(this.mattermost.kv().getString("k")).contains("two");
	}

	@Test
	void setWithEmptyBytesDeletesTheKey() {
		this.api.kvSet("k", bytes("v"));

		this.api.kvSet("k", new byte[0]);

		assertThat(this.mattermost.kv().keys()).isEmpty();
	}

	@Test
	void setWithAnEmptyKeyFailsWithAnEmbeddedAppError() {
		assertThatExceptionOfType(PluginApiValidationException.class).isThrownBy(() -> this.api.kvSet("", bytes("v")))
			.satisfies((ex) -> assertEmbedded(ex, 400, INVALID_KEY));
	}

	@Test
	void keysAreLimitedTo150CodePoints() {
		String longest = "ü".repeat(150);
		this.api.kvSet(longest, bytes("v"));

		assertThat(this.mattermost.kv().keys()).containsExactly(longest);
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.kvSet(longest + "x", bytes("v")))
			.satisfies((ex) -> assertEmbedded(ex, 400, INVALID_KEY));
	}

	@Test
	void getOfAnOverLongKeyIsEmptyAndNoError() {
		assertThat(this.api.kvGet("k".repeat(151))).isEmpty();
	}

	@Test
	void entryWithExpiryIsGoneOnceTheClockReachesIt() {
		this.api.kvSetWithExpiry("session", bytes("s1"), 60);

		this.mattermost.clock().advance(Duration.ofSeconds(59));
		assertThat(this.api.kvGet("session")).isPresent();

		this.mattermost.clock().advance(Duration.ofSeconds(1));
		assertThat(this.api.kvGet("session")).isEmpty();
		assertThat(this.api.kvList(0, 10)).isEmpty();
	}

	@Test
	void negativeTimeToLiveExpiresAtOnce() {
		this.api.kvSetWithExpiry("k", bytes("v"), -1);

		assertThat(this.api.kvGet("k")).isEmpty();
	}

	@Test
	void setRemovesAnEarlierExpiry() {
		this.api.kvSetWithExpiry("k", bytes("v"), 10);
		this.api.kvSet("k", bytes("v"));

		this.mattermost.clock().advance(Duration.ofHours(1));

		assertThat(this.api.kvGet("k")).isPresent();
		assertThat(this.mattermost.kv().expiresAt("k")).contains(0L);
	}

	@Test
	void listReturnsSortedKeysPageByPage() {
		List.of("c", "a", "e", "b", "d").forEach((key) -> this.mattermost.kv().putString(key, "v"));

		assertThat(this.api.kvList(0, 2)).containsExactly("a", "b");
		assertThat(this.api.kvList(1, 2)).containsExactly("c", "d");
		assertThat(this.api.kvList(2, 2)).containsExactly("e");
		assertThat(this.api.kvList(3, 2)).isEmpty();
	}

	@Test
	void listWithPerPageZeroOrLessReturnsTenKeysFromTheStart() {
		IntStream.range(0, 12).forEach((i) -> this.mattermost.kv().putString("key-%02d".formatted(i), "v"));

		// ListPluginKeys computes the offset from the caller's perPage, so it is 0 here
		assertThat(this.api.kvList(1, 0)).hasSize(10).startsWith("key-00");
		assertThat(this.api.kvList(0, -5)).hasSize(10).startsWith("key-00");
	}

	@Test
	void listStreamPagesThroughEveryKey() {
		IntStream.range(0, 7).forEach((i) -> this.mattermost.kv().putString("k" + i, "v"));

		assertThat(this.api.kvListStream(3)).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6");
	}

	@Test
	void deleteRemovesOnlyThatKeyAndAMissingKeyIsNoError() {
		this.mattermost.kv().putString("a", "1").putString("b", "2");

		this.api.kvDelete("a");
		this.api.kvDelete("never-there");

		assertThat(this.mattermost.kv().keys()).containsExactly("b");
	}

	@Test
	void deleteAllRemovesEveryKey() {
		this.mattermost.kv().putString("a", "1").putString("b", "2");

		this.api.kvDeleteAll();

		assertThat(this.mattermost.kv().entries()).isEmpty();
	}

	@Test
	void compareAndSetWithEmptyOldValueInsertsOnlyWhenTheKeyIsAbsent() {
		assertThat(this.api.kvCompareAndSet("k", new byte[0], bytes("first"))).isTrue();
		assertThat(this.api.kvCompareAndSet("k", new byte[0], bytes("second"))).isFalse();

		assertThat(this.mattermost.kv().getString("k")).contains("first");
	}

	@Test
	void compareAndSetWritesOnlyWhenTheStoredValueMatches() {
		this.mattermost.kv().putString("k", "v1");

		assertThat(this.api.kvCompareAndSet("k", bytes("other"), bytes("v2"))).isFalse();
		assertThat(this.api.kvCompareAndSet("k", bytes("v1"), bytes("v2"))).isTrue();

		assertThat(this.mattermost.kv().getString("k")).contains("v2");
	}

	@Test
	void compareAndSetCountsAnExpiredEntryAsAbsent() {
		this.api.kvSetWithExpiry("k", bytes("old"), 1);
		this.mattermost.clock().advance(Duration.ofSeconds(1));

		assertThat(this.api.kvCompareAndSet("k", bytes("old"), bytes("new"))).isFalse();
		assertThat(this.api.kvCompareAndSet("k", new byte[0], bytes("new"))).isTrue();
	}

	@Test
	void compareAndSetWithEmptyNewValueDeletesWhenTheOldValueMatches() {
		this.mattermost.kv().putString("k", "v");

		assertThat(this.api.kvCompareAndSet("k", bytes("v"), new byte[0])).isTrue();

		assertThat(this.mattermost.kv().get("k")).isEmpty();
	}

	@Test
	void compareAndSetValidatesTheKey() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.kvCompareAndSet("", new byte[0], bytes("v")))
			.satisfies((ex) -> assertEmbedded(ex, 400, INVALID_KEY));
	}

	@Test
	void compareAndDeleteDeletesOnlyAMatchingValue() {
		this.mattermost.kv().putString("k", "v");

		assertThat(this.api.kvCompareAndDelete("k", bytes("other"))).isFalse();
		assertThat(this.api.kvCompareAndDelete("k", new byte[0])).isFalse();
		assertThat(this.mattermost.kv().keys()).containsExactly("k");

		assertThat(this.api.kvCompareAndDelete("k", bytes("v"))).isTrue();
		assertThat(this.mattermost.kv().keys()).isEmpty();
	}

	@Test
	void setWithOptionsWithoutAtomicWritesAndSucceeds() {
		this.mattermost.kv().putString("k", "old");

		boolean written = this.api.kvSetWithOptions("k", bytes("new"),
				PluginKVSetOptions.newBuilder().setExpireInSeconds(30).build());

		assertThat(written).isTrue();
		assertThat(this.mattermost.kv().getString("k")).contains("new");
		assertThat(this.mattermost.kv().expiresAt("k")).contains(this.mattermost.clock().millis() + 30_000);
	}

	@Test
	void setWithOptionsRejectsAnOldValueWithoutAtomic() {
		PluginKVSetOptions options = PluginKVSetOptions.newBuilder().setOldValue(ByteString.copyFromUtf8("x")).build();

		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.kvSetWithOptions("k", bytes("v"), options))
			.satisfies((ex) -> assertEmbedded(ex, 400, "model.plugin_kvset_options.is_valid.old_value.app_error"));
		assertThat(this.mattermost.kv().keys()).isEmpty();
	}

	@Test
	void setWithOptionsAtomicAnswersFalseWhenTheConditionFails() {
		this.mattermost.kv().putString("k", "v1");
		PluginKVSetOptions options = PluginKVSetOptions.newBuilder()
			.setAtomic(true)
			.setOldValue(ByteString.copyFromUtf8("stale"))
			.build();

		assertThat(this.api.kvSetWithOptions("k", bytes("v2"), options)).isFalse();
		assertThat(this.mattermost.kv().getString("k")).contains("v1");
	}

	@Test
	void setWithOptionsAtomicWritesTheValueAndItsExpiry() {
		this.mattermost.kv().putString("k", "v1");
		PluginKVSetOptions options = PluginKVSetOptions.newBuilder()
			.setAtomic(true)
			.setOldValue(ByteString.copyFromUtf8("v1"))
			.setExpireInSeconds(5)
			.build();

		assertThat(this.api.kvSetWithOptions("k", bytes("v2"), options)).isTrue();
		this.mattermost.clock().advance(Duration.ofSeconds(5));
		assertThat(this.api.kvGet("k")).isEmpty();
	}

	@Test
	void seededEntriesAreWhatThePluginReads() {
		this.mattermost.kv().putString("config", "{\"on\":true}");

		assertThat(this.api.kvGet("config")).map(String::new).contains("{\"on\":true}");
	}

	@Test
	void seededEntryWithExpiryFollowsTheServerClock() {
		this.mattermost.kv().putWithExpiry("k", bytes("v"), Duration.ofMinutes(1));

		this.mattermost.clock().advance(Duration.ofMinutes(1));

		assertThat(this.api.kvGet("k")).isEmpty();
		assertThat(this.mattermost.kv().get("k")).isEmpty();
	}

	@Test
	void concurrentCompareAndSetIncrementsLoseNoUpdate() throws Exception {
		int increments = incrementConcurrently((expected, next) -> this.api.kvCompareAndSet("counter",
				(expected != null) ? bytes(expected) : new byte[0], bytes(next)));

		assertThat(this.mattermost.kv().getString("counter")).contains(String.valueOf(increments));
	}

	@Test
	void concurrentAtomicSetWithOptionsIncrementsLoseNoUpdate() throws Exception {
		int increments = incrementConcurrently((expected, next) -> this.api.kvSetWithOptions("counter", bytes(next),
				PluginKVSetOptions.newBuilder()
					.setAtomic(true)
					.setOldValue((expected != null) ? ByteString.copyFromUtf8(expected) : ByteString.EMPTY)
					.build()));

		assertThat(this.mattermost.kv().getString("counter")).contains(String.valueOf(increments));
	}

	/**
	 * Makes 8 threads increment the counter under {@code "counter"} together, each by reading
	 * it and retrying the conditional write until it wins.
	 * @param conditionalWrite writes the next value if the counter still holds the expected one
	 * ({@code null} for absent) and tells whether it did
	 * @return how many increments were made
	 */
	private int incrementConcurrently(BiPredicate<String, String> conditionalWrite) throws Exception {
		int threads = 8;
		int perThread = 25;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(executor.submit(() -> {
					ready.countDown();
					go.await();
					for (int i = 0; i < perThread; i++) {
						boolean written;
						do {
							Optional<byte[]> current = this.api.kvGet("counter");
							String expected = current.map(String::new).orElse(null);
							int next = (expected != null) ? Integer.parseInt(expected) + 1 : 1;
							written = conditionalWrite.test(expected, String.valueOf(next));
						}
						while (!written);
					}
					return null;
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<?> worker : workers) {
				worker.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		return threads * perThread;
	}

	private static void assertEmbedded(PluginApiException ex, int httpStatus, String errorId) {
		assertThat(ex.getErrorId()).isEqualTo(errorId);
		assertThat(ex.getHttpStatus()).isEqualTo(httpStatus);
		assertThat(ex.getStatusCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

package dev.pluginkit.mattermost.autoconfigure.kv;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.kv.InvalidKvKeyException;
import dev.pluginkit.mattermost.kv.JsonKvStore;
import dev.pluginkit.mattermost.kv.KvUpdateConflictException;
import dev.pluginkit.mattermost.kv.KvValueException;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;

/**
 * The auto-configured {@link JsonKvStore} against the in-memory server.
 */
class JsonKvStoreAutoConfigurationTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner contextRunner;

	record JobMetadata(@JsonProperty("LastFinished") Instant lastFinished) {
	}

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					JsonKvStoreAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void valueIsStoredWithTheBytesGoWrites() throws IOException {
		this.contextRunner.run((context) -> {
			context.getBean(JsonKvStore.class)
				.set("cron_report", new JobMetadata(Instant.parse("2024-03-05T07:08:09.5Z")));
			assertThat(this.mattermost.kv().get("cron_report")).hasValue(fixture("job_metadata"));
		});
	}

	@Test
	void valueGoStoredReadsIntoType() throws IOException {
		this.mattermost.kv().put("cron_report", fixture("job_metadata"));
		this.contextRunner.run((context) -> assertThat(
				context.getBean(JsonKvStore.class).get("cron_report", JobMetadata.class))
			.contains(new JobMetadata(Instant.parse("2024-03-05T07:08:09.5Z"))));
	}

	@Test
	void valueReadsIntoGenericType() {
		this.mattermost.kv().putString("scores", "{\"b\":[2,1],\"a\":[]}");
		this.contextRunner.run((context) -> assertThat(context.getBean(JsonKvStore.class)
			.get("scores", new TypeReference<Map<String, List<Integer>>>() {
			}))
			.contains(Map.of("a", List.of(), "b", List.of(2, 1))));
	}

	@Test
	void missingKeyReadsEmpty() {
		this.contextRunner.run(
				(context) -> assertThat(context.getBean(JsonKvStore.class).get("missing", String.class)).isEmpty());
	}

	@Test
	void valueThatIsNotOfTheTypeFailsNamingTheKey() {
		this.mattermost.kv().putString("count", "\"not a number\"");
		this.contextRunner.run((context) -> assertThatExceptionOfType(KvValueException.class)
			.isThrownBy(() -> context.getBean(JsonKvStore.class).get("count", Long.class))
			.withMessageContaining("'count'"));
	}

	@Test
	void valueExpiresOnTheServerClock() {
		this.contextRunner.run((context) -> {
			JsonKvStore kv = context.getBean(JsonKvStore.class);
			kv.set("visit", "hello", Duration.ofSeconds(10));
			assertThat(this.mattermost.kv().expiresAt("visit"))
				.hasValue(this.mattermost.clock().millis() + 10_000);
			this.mattermost.clock().advance(Duration.ofSeconds(9));
			assertThat(kv.get("visit", String.class)).contains("hello");
			this.mattermost.clock().advance(Duration.ofSeconds(1));
			assertThat(kv.get("visit", String.class)).isEmpty();
		});
	}

	@Test
	void expiryShorterThanASecondIsRefused() {
		this.contextRunner.run((context) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(JsonKvStore.class).set("visit", "hello", Duration.ofMillis(500)))
			.withMessageContaining("at least one second"));
	}

	@Test
	void updateStartsFromNothingAndStoresTheResult() {
		this.contextRunner.run((context) -> {
			JsonKvStore kv = context.getBean(JsonKvStore.class);
			assertThat(kv.update("count", Long.class, (count) -> (count == null) ? 1L : count + 1)).isEqualTo(1L);
			assertThat(kv.update("count", Long.class, (count) -> (count == null) ? 1L : count + 1)).isEqualTo(2L);
			assertThat(this.mattermost.kv().getString("count")).contains("2");
		});
	}

	@Test
	void concurrentUpdatesLoseNoCount() {
		this.contextRunner.withPropertyValues("mattermost.plugin.kv.update-attempts=1000",
				"mattermost.plugin.kv.update-backoff=0ms")
			.run((context) -> {
				JsonKvStore kv = context.getBean(JsonKvStore.class);
				List<CompletableFuture<Void>> writers = new ArrayList<>();
				for (int writer = 0; writer < 4; writer++) {
					writers.add(CompletableFuture.runAsync(() -> {
						for (int i = 0; i < 25; i++) {
							kv.update("count", Long.class, (count) -> (count == null) ? 1L : count + 1);
						}
					}));
				}
				CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
				assertThat(kv.get("count", Long.class)).contains(100L);
			});
	}

	@Test
	void updateGivesUpAfterFiveConflictingAttempts() {
		this.contextRunner.run((context) -> {
			JsonKvStore kv = context.getBean(JsonKvStore.class);
			AtomicInteger attempts = new AtomicInteger();
			assertThatExceptionOfType(KvUpdateConflictException.class).isThrownBy(() -> kv.update("count", Long.class,
					(count) -> {
						// Another writer gets in between every read and write.
						this.mattermost.kv().putString("count", Integer.toString(attempts.incrementAndGet() * 100));
						return 1L;
					}))
				.withMessageContaining("'count'")
				.withMessageContaining("5 attempts");
			assertThat(attempts).hasValue(5);
		});
	}

	@Test
	void updateToNullDeletesTheKey() {
		this.mattermost.kv().putString("count", "3");
		this.contextRunner.run((context) -> {
			context.getBean(JsonKvStore.class).update("count", Long.class, (count) -> null);
			assertThat(this.mattermost.kv().get("count")).isEmpty();
		});
	}

	@Test
	void compareAndSetComparesTheJson() {
		this.mattermost.kv().putString("state", "{\"Step\":1}");
		this.contextRunner.run((context) -> {
			JsonKvStore kv = context.getBean(JsonKvStore.class);
			assertThat(kv.compareAndSet("state", Map.of("Step", 2), Map.of("Step", 3))).isFalse();
			assertThat(kv.compareAndSet("state", Map.of("Step", 1), Map.of("Step", 2))).isTrue();
			assertThat(this.mattermost.kv().getString("state")).contains("{\"Step\":2}");
		});
	}

	@Test
	void keysWithAPrefixStream() {
		this.mattermost.kv().putString("user_b", "1").putString("team_a", "1").putString("user_a", "1");
		this.contextRunner.run((context) -> assertThat(context.getBean(JsonKvStore.class).keys("user_"))
			.containsExactly("user_a", "user_b"));
	}

	@Test
	void deleteRemovesTheKey() {
		this.mattermost.kv().putString("gone", "1");
		this.contextRunner.run((context) -> {
			context.getBean(JsonKvStore.class).delete("gone");
			assertThat(this.mattermost.kv().get("gone")).isEmpty();
		});
	}

	@Test
	void reservedKeyIsRefusedNamingIt() {
		this.contextRunner.run((context) -> assertThatExceptionOfType(InvalidKvKeyException.class)
			.isThrownBy(() -> context.getBean(JsonKvStore.class).set("mmi_botid", "x"))
			.withMessage("KV key 'mmi_botid' starts with 'mmi_', which is reserved for Mattermost's own use"));
		assertThat(this.mattermost.callCount("KVSetWithOptions")).isZero();
	}

	@Test
	void keyOverTheServerLimitIsRefusedNamingIt() {
		String key = "k".repeat(151);
		this.contextRunner.run((context) -> assertThatExceptionOfType(InvalidKvKeyException.class)
			.isThrownBy(() -> context.getBean(JsonKvStore.class).set(key, "x"))
			.withMessage("KV key '" + key + "' is 151 characters long, more than the 150 the server stores"));
	}

	@Test
	void keyOfOneHundredFiftyCodePointsIsStored() {
		String key = "😀".repeat(150);
		this.contextRunner.run((context) -> {
			context.getBean(JsonKvStore.class).set(key, "x");
			assertThat(this.mattermost.kv().getString(key)).contains("\"x\"");
		});
	}

	@Test
	void applicationMapperSettingsApply() {
		this.contextRunner.withPropertyValues("spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE")
			.run((context) -> {
				context.getBean(JsonKvStore.class).set("report", new Plain(Instant.parse("2024-03-05T07:08:09.5Z")));
				assertThat(this.mattermost.kv().get("report")).hasValue(fixture("job_metadata"));
				assertThat(context.getBean(ObjectMapper.class).getPropertyNamingStrategy())
					.isSameAs(PropertyNamingStrategies.UPPER_CAMEL_CASE);
			});
	}

	@Test
	void userStoreReplacesTheDefault() {
		this.contextRunner.withUserConfiguration(UserStore.class)
			.run((context) -> assertThat(context.getBean(JsonKvStore.class)).isSameAs(UserStore.STORE));
	}

	@Test
	void badUpdateAttemptsFailTheStartNamingTheProperty() {
		this.contextRunner.withPropertyValues("mattermost.plugin.kv.update-attempts=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("updateAttempts")
				.hasMessageContaining("must be at least 1"));
	}

	record Plain(Instant lastFinished) {
	}

	@Configuration(proxyBeanMethods = false)
	static class UserStore {

		static final JsonKvStore STORE = mock(JsonKvStore.class);

		@Bean
		JsonKvStore userStore() {
			return STORE;
		}

	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = JsonKvStoreAutoConfigurationTests.class
			.getResourceAsStream("/go-json/" + name + ".json")) {
			return in.readAllBytes();
		}
	}

}

package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.kv.JsonKvStoreAutoConfiguration;
import dev.pluginkit.mattermost.cluster.ClusterJobSchedule;
import dev.pluginkit.mattermost.cluster.ClusterScheduled;
import dev.pluginkit.mattermost.cluster.JobMetadata;
import dev.pluginkit.mattermost.kv.GoJson;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cluster jobs of two nodes (two application contexts) against one in-memory server, whose
 * clock is the nodes' clock. Nodes look at the metadata every 20 ms of real time; whether a
 * job is due is decided by the server's clock and the metadata.
 */
class ClusterJobTests {

	private static final Duration INTERVAL = Duration.ofHours(1);

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner node;

	private final Runs runs = new Runs();

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.node = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					JsonKvStoreAutoConfiguration.class, ClusterAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target(),
					"mattermost.plugin.cluster.job.poll-interval=20ms",
					"mattermost.plugin.cluster.lock.poll-interval=5ms", "mattermost.plugin.cluster.lock.jitter=4ms")
			.withBean(Clock.class, () -> this.mattermost.clock().asClock())
			.withBean(Runs.class, () -> this.runs)
			.withBean(HourlyReport.class);
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void jobOnTwoNodesRunsOncePerIntervalForTenIntervals() {
		// As a Go plugin would have left it: the job finished just now.
		this.mattermost.kv().putString("cron_hourly-report", "{\"LastFinished\":\""
				+ GoJson.formatTime(LocalDateTime.ofInstant(this.mattermost.clock().instant(),
						ZoneOffset.UTC), ZoneOffset.UTC)
				+ "\"}");
		this.node.run((first) -> this.node.run((second) -> {
			for (int interval = 1; interval <= 10; interval++) {
				this.mattermost.clock().advance(INTERVAL);
				int expected = interval;
				await().atMost(Duration.ofSeconds(20)).until(() -> this.runs.times.size() >= expected);
			}
			// Both nodes keep looking at the metadata; neither runs the job again.
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
				.until(() -> this.runs.times.size() == 10);
		}));
		assertThat(this.runs.times).hasSize(10).doesNotHaveDuplicates();
	}

	@Test
	void jobThatNeverRanRunsAtOnceAndWritesGoMetadata() {
		this.node.run((context) -> {
			await().atMost(Duration.ofSeconds(20)).until(() -> this.runs.times.size() == 1);
			Instant now = this.mattermost.clock().instant();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.mattermost.kv().getString("cron_hourly-report").isPresent());
			assertThat(this.mattermost.kv().get("cron_hourly-report").map((bytes) -> new String(bytes,
					StandardCharsets.UTF_8)))
				.contains("{\"LastFinished\":\"" + GoJson.formatTime(
						LocalDateTime.ofInstant(now, ZoneOffset.UTC), ZoneOffset.UTC)
						+ "\"}");
			assertThat(this.mattermost.kv().get("mutex_cron_hourly-report")).isEmpty();
		});
	}

	@Test
	void jobIsNotRunBeforeItsIntervalHasPassed() {
		this.node.run((context) -> {
			await().atMost(Duration.ofSeconds(20)).until(() -> this.runs.times.size() == 1);
			this.mattermost.clock().advance(INTERVAL.minusSeconds(1));
			await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5))
				.until(() -> this.runs.times.size() == 1);
			this.mattermost.clock().advance(Duration.ofSeconds(1));
			await().atMost(Duration.ofSeconds(20)).until(() -> this.runs.times.size() == 2);
		});
	}

	@Test
	void roundedIntervalRunsOnMultiplesOfTheInterval() {
		ClusterJobSchedule schedule = ClusterJobSchedule.roundedInterval(Duration.ofMinutes(5));
		Instant lastFinished = Instant.parse("2024-03-05T12:04:00Z");
		assertThat(schedule.nextWait(Instant.parse("2024-03-05T12:04:30Z"), new JobMetadata(lastFinished)))
			.isEqualTo(Duration.ofSeconds(30));
		assertThat(schedule.nextWait(Instant.parse("2024-03-05T12:04:30Z"), JobMetadata.NEVER)).isZero();
	}

	@Test
	void fixedIntervalWaitsTheRestOfTheInterval() {
		ClusterJobSchedule schedule = ClusterJobSchedule.fixedInterval(Duration.ofMinutes(5));
		Instant lastFinished = Instant.parse("2024-03-05T12:01:00Z");
		assertThat(schedule.nextWait(Instant.parse("2024-03-05T12:02:00Z"), new JobMetadata(lastFinished)))
			.isEqualTo(Duration.ofMinutes(4));
		assertThat(schedule.nextWait(Instant.parse("2024-03-05T12:07:00Z"), new JobMetadata(lastFinished)))
			.isZero();
	}

	@Test
	void methodWithParametersFailsTheStartNamingIt() {
		this.node.withBean(BadJob.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("BadJob.run")
				.hasMessageContaining("must take no parameters"));
	}

	/** What ran, shared by the nodes. */
	static class Runs {

		final List<Instant> times = new CopyOnWriteArrayList<>();

	}

	static class HourlyReport {

		private final Runs runs;

		private final Clock clock;

		HourlyReport(Runs runs, Clock clock) {
			this.runs = runs;
			this.clock = clock;
		}

		@ClusterScheduled(key = "hourly-report", interval = "1h")
		void send() {
			this.runs.times.add(this.clock.instant());
		}

	}

	static class BadJob {

		@ClusterScheduled(key = "bad", interval = "1h")
		void run(String argument) {
		}

	}

}

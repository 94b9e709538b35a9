package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.kv.JsonKvStoreAutoConfiguration;
import dev.pluginkit.mattermost.cluster.ClusterLock;
import dev.pluginkit.mattermost.cluster.ClusterLockRegistry;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Cluster locks of two nodes (two application contexts) against one in-memory server.
 */
class ClusterLockTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner node;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.node = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					JsonKvStoreAutoConfiguration.class, ClusterAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target(),
					"mattermost.plugin.cluster.lock.poll-interval=5ms", "mattermost.plugin.cluster.lock.jitter=4ms");
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void eightThreadsOnEachOfTwoNodesAreNeverInsideTogether() {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		AtomicInteger entries = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(16);
		this.node.run((first) -> this.node.run((second) -> {
			List<CompletableFuture<Void>> threads = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(first, second)) {
				ClusterLock lock = node.getBean(ClusterLockRegistry.class).obtain("shared");
				for (int thread = 0; thread < 8; thread++) {
					boolean timed = thread % 2 == 0;
					threads.add(CompletableFuture.runAsync(() -> {
						for (int i = 0; i < 5; i++) {
							acquire(lock, timed);
							try {
								mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
								entries.incrementAndGet();
								Thread.yield();
								inside.decrementAndGet();
							}
							finally {
								lock.unlock();
							}
						}
					}, executor));
				}
			}
			CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}));
		executor.shutdown();
		assertThat(entries).hasValue(80);
		assertThat(mostInside).hasValue(1);
		assertThat(this.mattermost.kv().get("mutex_shared")).isEmpty();
	}

	private static void acquire(ClusterLock lock, boolean timed) {
		if (!timed) {
			lock.lock();
			return;
		}
		try {
			if (!lock.tryLock(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("not locked within 30 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void lockIsTheKvEntryGoWrites() {
		this.node.run((context) -> {
			ClusterLock lock = context.getBean(ClusterLockRegistry.class).obtain("report");
			assertThat(lock.tryLock()).isTrue();
			assertThat(this.mattermost.kv().get("mutex_report")).hasValueSatisfying(
					(value) -> assertThat(value).containsExactly(1));
			assertThat(this.mattermost.kv().expiresAt("mutex_report"))
				.hasValue(this.mattermost.clock().millis() + 15_000);
			lock.unlock();
			assertThat(this.mattermost.kv().get("mutex_report")).isEmpty();
		});
	}

	@Test
	void lockHeldByGoPluginIsNotTaken() {
		this.mattermost.kv().putWithExpiry("mutex_report", new byte[] { 1 }, Duration.ofSeconds(15));
		this.node.run((context) -> assertThat(
				context.getBean(ClusterLockRegistry.class).obtain("report").tryLock(50, TimeUnit.MILLISECONDS))
			.isFalse());
	}

	@Test
	void holderThatDiesWithoutUnlockingLosesTheLockWhenItExpires() {
		this.node.run((survivor) -> {
			ClusterLock survivorLock = survivor.getBean(ClusterLockRegistry.class).obtain("report");
			this.node.run((dying) -> assertThat(dying.getBean(ClusterLockRegistry.class).obtain("report").tryLock())
				.isTrue());
			// The dying node's context is closed: it no longer renews, and never unlocked.
			assertThat(survivorLock.tryLock()).isFalse();
			this.mattermost.clock().advance(Duration.ofSeconds(14));
			assertThat(survivorLock.tryLock()).isFalse();
			this.mattermost.clock().advance(Duration.ofSeconds(1));
			assertThat(survivorLock.tryLock()).isTrue();
			survivorLock.unlock();
		});
	}

	@Test
	void holderRenewsItsLockBeforeItExpires() {
		this.node.withPropertyValues("mattermost.plugin.cluster.lock.refresh-interval=50ms").run((holder) -> {
			ClusterLock lock = holder.getBean(ClusterLockRegistry.class).obtain("report");
			assertThat(lock.tryLock()).isTrue();
			this.mattermost.clock().advance(Duration.ofSeconds(10));
			long expiresAt = this.mattermost.clock().millis() + 15_000;
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.mattermost.kv().expiresAt("mutex_report").orElse(0L) == expiresAt);
			this.mattermost.clock().advance(Duration.ofSeconds(10));
			this.node.run((other) -> assertThat(other.getBean(ClusterLockRegistry.class).obtain("report").tryLock())
				.isFalse());
			lock.unlock();
		});
	}

	@Test
	void lockIsReentrantForItsThread() {
		this.node.run((context) -> {
			ClusterLock lock = context.getBean(ClusterLockRegistry.class).obtain("report");
			lock.lock();
			assertThat(lock.tryLock()).isTrue();
			lock.unlock();
			assertThat(this.mattermost.kv().get("mutex_report")).isPresent();
			lock.unlock();
			assertThat(this.mattermost.kv().get("mutex_report")).isEmpty();
		});
	}

	@Test
	void unlockByAnotherThreadFails() {
		this.node.run((context) -> {
			ClusterLock lock = context.getBean(ClusterLockRegistry.class).obtain("report");
			lock.lock();
			assertThat(CompletableFuture.runAsync(lock::unlock)).failsWithin(Duration.ofSeconds(10))
				.withThrowableOfType(java.util.concurrent.ExecutionException.class)
				.withCauseInstanceOf(IllegalMonitorStateException.class);
			lock.unlock();
		});
	}

	@Test
	void lockInterruptiblyStopsWaitingWhenInterrupted() {
		this.mattermost.kv().putWithExpiry("mutex_report", new byte[] { 1 }, Duration.ofSeconds(15));
		this.node.run((context) -> {
			ClusterLock lock = context.getBean(ClusterLockRegistry.class).obtain("report");
			AtomicInteger interrupted = new AtomicInteger();
			Thread waiter = new Thread(() -> {
				try {
					lock.lockInterruptibly();
				}
				catch (InterruptedException ex) {
					interrupted.incrementAndGet();
				}
			});
			waiter.start();
			await().until(() -> this.mattermost.callCount("KVSetWithOptions") >= 2);
			waiter.interrupt();
			waiter.join(10_000);
			assertThat(interrupted).hasValue(1);
			assertThat(lock.isHeldByCurrentThread()).isFalse();
		});
	}

	@Test
	void conditionsAreNotSupported() {
		this.node.run((context) -> assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> context.getBean(ClusterLockRegistry.class).obtain("report").newCondition())
			.withMessageContaining("mutex_report"));
	}

	@Test
	void refreshIntervalNotShorterThanTimeToLiveFailsTheStart() {
		this.node.withPropertyValues("mattermost.plugin.cluster.lock.refresh-interval=20s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("refreshInterval (PT20S) must be shorter than timeToLive (PT15S)"));
	}

}

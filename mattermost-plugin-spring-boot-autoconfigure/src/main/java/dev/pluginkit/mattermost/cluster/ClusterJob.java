package dev.pluginkit.mattermost.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.pluginkit.mattermost.kv.JsonKvStore;

/**
 * A job that runs on one node of the cluster per interval, on the protocol of Go's
 * {@code pluginapi} {@code cluster.Schedule} ({@code cluster/job.go}): under the cluster
 * lock {@code mutex_cron_<key>}, a node reads the metadata {@code cron_<key>}, runs the job if
 * the {@link ClusterJobSchedule} says it is due, and then writes the time it finished. Go
 * plugins and Java plugins of the same id share the schedule.
 *
 * <p>The time comes from a {@link Clock}, and waits last at most the poll interval, after
 * which the node reads the metadata again; so a clock that jumps (as a test's does) is
 * noticed within one poll. A node only takes the lock when the metadata it read says the job
 * is due, and then reads it again under the lock, so that one run per interval happens on
 * the whole cluster. A job that throws is logged and counts as finished.
 */
public final class ClusterJob implements AutoCloseable {

	/** The prefix of Go's job keys ({@code cronPrefix}). */
	public static final String KEY_PREFIX = "cron_";

	private static final Log logger = LogFactory.getLog(ClusterJob.class);

	private final String key;

	private final ClusterLock lock;

	private final ClusterJobSchedule schedule;

	private final Runnable task;

	private final JsonKvStore kv;

	private final ScheduledExecutorService executor;

	private final Clock clock;

	private final Duration pollInterval;

	private final Object monitor = new Object();

	private ScheduledFuture<?> next;

	private boolean closed;

	ClusterJob(String key, ClusterLockRegistry locks, ClusterJobSchedule schedule, Runnable task, JsonKvStore kv,
			ScheduledExecutorService executor, Clock clock, Duration pollInterval) {
		if (key == null || key.isEmpty()) {
			throw new IllegalArgumentException("a cluster job's key must not be empty");
		}
		this.key = KEY_PREFIX + key;
		this.lock = locks.obtain(this.key);
		this.schedule = schedule;
		this.task = task;
		this.kv = kv;
		this.executor = executor;
		this.clock = clock;
		this.pollInterval = pollInterval;
	}

	/**
	 * Returns the KV key of the job's metadata, {@code cron_<key>}.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Reads the job's metadata.
	 * @return the metadata; {@link JobMetadata#NEVER} when the job never ran
	 */
	public JobMetadata metadata() {
		return this.kv.get(this.key, JobMetadata.class).orElse(JobMetadata.NEVER);
	}

	void start() {
		schedule(Duration.ZERO);
	}

	/**
	 * Stops the job on this node; a run under way finishes. Other nodes keep running it.
	 */
	@Override
	public void close() {
		synchronized (this.monitor) {
			this.closed = true;
			if (this.next != null) {
				this.next.cancel(false);
			}
		}
	}

	private void check() {
		Duration wait;
		try {
			wait = runIfDue();
		}
		catch (RuntimeException ex) {
			logger.error("Cluster job '" + this.key + "' could not check its schedule", ex);
			wait = this.pollInterval;
		}
		scheduleCheck(wait);
	}

	private Duration runIfDue() {
		Duration wait = this.schedule.nextWait(this.clock.instant(), metadata());
		if (isPositive(wait) || !this.lock.tryLock()) {
			return wait;
		}
		try {
			// Another node may have run it since the first read.
			wait = this.schedule.nextWait(this.clock.instant(), metadata());
			if (isPositive(wait)) {
				return wait;
			}
			try {
				this.task.run();
			}
			catch (RuntimeException ex) {
				logger.error("Cluster job '" + this.key + "' failed", ex);
			}
			JobMetadata finished = new JobMetadata(this.clock.instant());
			this.kv.set(this.key, finished);
			return this.schedule.nextWait(this.clock.instant(), finished);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void scheduleCheck(Duration wait) {
		// Not due yet but locked elsewhere (or failed): look again after a poll.
		schedule((!isPositive(wait) || wait.compareTo(this.pollInterval) > 0) ? this.pollInterval : wait);
	}

	private void schedule(Duration delay) {
		synchronized (this.monitor) {
			if (this.closed || this.executor.isShutdown()) {
				return;
			}
			try {
				this.next = this.executor.schedule(this::check, delay.toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (RejectedExecutionException ex) {
				// The scheduler shut down with the application.
				this.closed = true;
			}
		}
	}

	private static boolean isPositive(Duration wait) {
		return !wait.isNegative() && !wait.isZero();
	}

}

package dev.pluginkit.mattermost.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.pluginkit.mattermost.kv.JsonKvStore;

/**
 * Schedules {@link ClusterJob}s, Go's {@code cluster.Schedule}: each runs on one node of the
 * cluster per interval. {@link ClusterScheduled @ClusterScheduled} methods are scheduled
 * through it.
 *
 * <pre>{@code
 * ClusterJob job = scheduler.schedule("report", ClusterJobSchedule.fixedInterval(Duration.ofHours(1)),
 *         this::sendReport);
 * }</pre>
 */
public class ClusterJobScheduler implements AutoCloseable {

	private final JsonKvStore kv;

	private final ClusterLockRegistry locks;

	private final ClusterScheduler scheduler;

	private final Clock clock;

	private final Duration pollInterval;

	private final List<ClusterJob> jobs = new CopyOnWriteArrayList<>();

	/**
	 * Creates a job scheduler.
	 * @param kv the KV store of the jobs' metadata
	 * @param locks the registry of the jobs' locks
	 * @param scheduler the threads that check and run the jobs
	 * @param clock the time the schedules and the metadata use
	 * @param pollInterval the longest wait before a node reads a job's metadata again
	 */
	public ClusterJobScheduler(JsonKvStore kv, ClusterLockRegistry locks, ClusterScheduler scheduler, Clock clock,
			Duration pollInterval) {
		this.kv = Objects.requireNonNull(kv, "kv must not be null");
		this.locks = Objects.requireNonNull(locks, "locks must not be null");
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
		if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("pollInterval must be positive, but is " + pollInterval);
		}
		this.pollInterval = pollInterval;
	}

	/**
	 * Schedules a job; it is first checked at once.
	 * @param key the job's key: its metadata is {@code cron_<key>}, its lock
	 * {@code mutex_cron_<key>}
	 * @param schedule when it runs
	 * @param task what it does
	 * @return the job, which {@link ClusterJob#close()} stops on this node
	 */
	public ClusterJob schedule(String key, ClusterJobSchedule schedule, Runnable task) {
		Objects.requireNonNull(schedule, "schedule must not be null");
		Objects.requireNonNull(task, "task must not be null");
		ClusterJob job = new ClusterJob(key, this.locks, schedule, task, this.kv, this.scheduler.executor(),
				this.clock, this.pollInterval);
		this.jobs.add(job);
		job.start();
		return job;
	}

	/**
	 * Stops every job scheduled here, on this node.
	 */
	@Override
	public void close() {
		this.jobs.forEach(ClusterJob::close);
		this.jobs.clear();
	}

}

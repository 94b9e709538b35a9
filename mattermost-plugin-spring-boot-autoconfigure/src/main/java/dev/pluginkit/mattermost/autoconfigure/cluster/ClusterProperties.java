package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.time.Duration;

import dev.pluginkit.mattermost.cluster.ClusterLockOptions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of cluster locks and jobs, under {@code mattermost.plugin.cluster}. The lock
 * defaults are those of Go's {@code cluster.Mutex}; change them only if every node, Go
 * plugins included, agrees. Checked when bound.
 */
@ConfigurationProperties("mattermost.plugin.cluster")
public class ClusterProperties implements Validator {

	private final Lock lock = new Lock();

	private final Job job = new Job();

	/**
	 * How many threads renew held locks and run cluster jobs.
	 */
	private int threads = 2;

	/**
	 * Returns the lock settings.
	 * @return the lock settings
	 */
	public Lock getLock() {
		return this.lock;
	}

	/**
	 * Returns the job settings.
	 * @return the job settings
	 */
	public Job getJob() {
		return this.job;
	}

	/**
	 * Returns how many threads renew locks and run jobs.
	 * @return the number of threads
	 */
	public int getThreads() {
		return this.threads;
	}

	/**
	 * Sets how many threads renew locks and run jobs.
	 * @param threads the number of threads, at least 1
	 */
	public void setThreads(int threads) {
		this.threads = threads;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ClusterProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ClusterProperties properties = (ClusterProperties) target;
		if (properties.getThreads() < 1) {
			errors.rejectValue("threads", "tooSmall", "must be at least 1");
		}
		Job job = properties.getJob();
		if (job.getPollInterval() == null || job.getPollInterval().isNegative() || job.getPollInterval().isZero()) {
			errors.rejectValue("job.pollInterval", "notPositive", "must be positive");
		}
		try {
			properties.getLock().toOptions();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.rejectValue("lock", "invalid", String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Timing of cluster locks.
	 */
	public static class Lock {

		/**
		 * How long a lock's KV entry lives unless its holder renews it; whole seconds.
		 */
		private Duration timeToLive = ClusterLockOptions.DEFAULT.timeToLive();

		/**
		 * How often the holder renews its lock's KV entry; shorter than the time to live.
		 */
		private Duration refreshInterval = ClusterLockOptions.DEFAULT.refreshInterval();

		/**
		 * The wait between attempts while a lock is taken.
		 */
		private Duration pollInterval = ClusterLockOptions.DEFAULT.pollInterval();

		/**
		 * The width of the random spread added to each wait.
		 */
		private Duration jitter = ClusterLockOptions.DEFAULT.jitter();

		/**
		 * The longest wait after failed calls to the server.
		 */
		private Duration maxBackoff = ClusterLockOptions.DEFAULT.maxBackoff();

		/**
		 * Returns the time to live.
		 * @return the time to live
		 */
		public Duration getTimeToLive() {
			return this.timeToLive;
		}

		/**
		 * Sets the time to live.
		 * @param timeToLive the time to live
		 */
		public void setTimeToLive(Duration timeToLive) {
			this.timeToLive = timeToLive;
		}

		/**
		 * Returns the refresh interval.
		 * @return the refresh interval
		 */
		public Duration getRefreshInterval() {
			return this.refreshInterval;
		}

		/**
		 * Sets the refresh interval.
		 * @param refreshInterval the refresh interval
		 */
		public void setRefreshInterval(Duration refreshInterval) {
			this.refreshInterval = refreshInterval;
		}

		/**
		 * Returns the poll interval.
		 * @return the poll interval
		 */
		public Duration getPollInterval() {
			return this.pollInterval;
		}

		/**
		 * Sets the poll interval.
		 * @param pollInterval the poll interval
		 */
		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		/**
		 * Returns the jitter.
		 * @return the jitter
		 */
		public Duration getJitter() {
			return this.jitter;
		}

		/**
		 * Sets the jitter.
		 * @param jitter the jitter
		 */
		public void setJitter(Duration jitter) {
			this.jitter = jitter;
		}

		/**
		 * Returns the longest wait after failures.
		 * @return the longest wait
		 */
		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		/**
		 * Sets the longest wait after failures.
		 * @param maxBackoff the longest wait
		 */
		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		ClusterLockOptions toOptions() {
			return new ClusterLockOptions(this.timeToLive, this.refreshInterval, this.pollInterval, this.jitter,
					this.maxBackoff);
		}

	}

	/**
	 * Timing of cluster jobs.
	 */
	public static class Job {

		/**
		 * The longest wait before a node reads a job's metadata again. Waits are computed
		 * from the metadata; this bounds them, so that a node notices a clock that moved.
		 */
		private Duration pollInterval = Duration.ofMinutes(1);

		/**
		 * Returns the poll interval.
		 * @return the poll interval
		 */
		public Duration getPollInterval() {
			return this.pollInterval;
		}

		/**
		 * Sets the poll interval.
		 * @param pollInterval the poll interval, positive
		 */
		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

	}

}

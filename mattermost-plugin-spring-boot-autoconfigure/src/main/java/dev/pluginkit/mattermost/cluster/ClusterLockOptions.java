package dev.pluginkit.mattermost.cluster;

import java.time.Duration;

/**
 * The timing of a {@link ClusterLock}, by default that of Go's {@code pluginapi}
 * {@code cluster.Mutex} ({@code cluster/mutex.go} and {@code cluster/wait.go}): the lock's
 * KV entry lives 15 seconds and its holder renews it every 7.5 seconds; a node that finds it
 * taken tries again after about a second (plus or minus a quarter of a second of jitter), and
 * after a failed call waits twice as long as the last time, up to 5 minutes.
 *
 * @param timeToLive how long the KV entry lives unless renewed; whole seconds, at least 1
 * @param refreshInterval how often the holder renews the entry; shorter than the time to live
 * @param pollInterval the wait between attempts while the lock is taken, and the first wait
 * after a failed call
 * @param jitter the width of the random spread added to each wait, centred on zero
 * @param maxBackoff the longest wait after failed calls
 */
public record ClusterLockOptions(Duration timeToLive, Duration refreshInterval, Duration pollInterval,
		Duration jitter, Duration maxBackoff) {

	/** Go's timing. */
	public static final ClusterLockOptions DEFAULT = new ClusterLockOptions(Duration.ofSeconds(15),
			Duration.ofMillis(7500), Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMinutes(5));

	/**
	 * Checks the values.
	 * @param timeToLive how long the KV entry lives unless renewed
	 * @param refreshInterval how often the holder renews the entry
	 * @param pollInterval the wait between attempts while the lock is taken
	 * @param jitter the width of the random spread added to each wait
	 * @param maxBackoff the longest wait after failed calls
	 */
	public ClusterLockOptions {
		requirePositive("timeToLive", timeToLive);
		requirePositive("refreshInterval", refreshInterval);
		requirePositive("pollInterval", pollInterval);
		requirePositive("maxBackoff", maxBackoff);
		if (jitter == null || jitter.isNegative()) {
			throw new IllegalArgumentException("jitter must be zero or positive, but is " + jitter);
		}
		if (timeToLive.toNanos() % 1_000_000_000L != 0) {
			throw new IllegalArgumentException(
					"timeToLive must be whole seconds, as the server keeps, but is " + timeToLive);
		}
		if (refreshInterval.compareTo(timeToLive) >= 0) {
			throw new IllegalArgumentException("refreshInterval (" + refreshInterval
					+ ") must be shorter than timeToLive (" + timeToLive + "), or the lock expires while held");
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, but is " + value);
		}
	}

}

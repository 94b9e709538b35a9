package dev.pluginkit.mattermost.cluster;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

import dev.pluginkit.mattermost.kv.GoJson;

/**
 * When a cluster job runs next, from the time now and the job's metadata: Go's
 * {@code cluster.NextWaitInterval}.
 */
@FunctionalInterface
public interface ClusterJobSchedule {

	/**
	 * Returns how long to wait before the job should run.
	 * @param now the time now
	 * @param metadata the job's metadata
	 * @return the wait; zero or negative to run now
	 */
	Duration nextWait(Instant now, JobMetadata metadata);

	/**
	 * Runs the job once the interval has passed since it last finished anywhere, and at
	 * once if it never ran: Go's {@code MakeWaitForInterval}.
	 * @param interval the interval; positive
	 * @return the schedule
	 */
	static ClusterJobSchedule fixedInterval(Duration interval) {
		requirePositive(interval);
		return (now, metadata) -> {
			Duration since = Duration.between(metadata.lastFinished(), now);
			return (since.compareTo(interval) < 0) ? interval.minus(since) : Duration.ZERO;
		};
	}

	/**
	 * Runs the job at the next multiple of the interval after it last finished, counted
	 * from Go's zero time as {@code time.Truncate} counts, and at once if it never ran: Go's
	 * {@code MakeWaitForRoundedInterval}. It does not promise a whole interval between two
	 * runs.
	 * @param interval the interval; positive
	 * @return the schedule
	 */
	static ClusterJobSchedule roundedInterval(Duration interval) {
		requirePositive(interval);
		BigInteger step = BigInteger.valueOf(interval.toNanos());
		return (now, metadata) -> {
			if (metadata.neverFinished()) {
				return Duration.ZERO;
			}
			BigInteger sinceZero = nanosSinceZero(metadata.lastFinished().plus(interval));
			Instant target = metadata.lastFinished().plus(interval).minusNanos(sinceZero.mod(step).longValueExact());
			Duration until = Duration.between(now, target);
			return until.isNegative() ? Duration.ZERO : until;
		};
	}

	private static BigInteger nanosSinceZero(Instant time) {
		Duration since = Duration.between(GoJson.ZERO_TIME, time);
		return BigInteger.valueOf(since.getSeconds())
			.multiply(BigInteger.valueOf(1_000_000_000L))
			.add(BigInteger.valueOf(since.getNano()));
	}

	private static void requirePositive(Duration interval) {
		if (interval == null || interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("a cluster job's interval must be positive, but is " + interval);
		}
	}

}

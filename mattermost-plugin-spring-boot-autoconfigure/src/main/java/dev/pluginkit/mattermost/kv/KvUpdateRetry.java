package dev.pluginkit.mattermost.kv;

import java.time.Duration;

/**
 * How often {@link JsonKvStore#update} tries its read, change and conditional write, and
 * how long it waits after a conflict: {@code backoff} after the first, doubling after each
 * further one. Go's {@code SetAtomicWithRetries} makes 5 attempts and waits 10 ms between
 * them.
 *
 * @param attempts the number of attempts; at least 1
 * @param backoff the wait after the first conflict; zero or positive
 */
public record KvUpdateRetry(int attempts, Duration backoff) {

	/** 5 attempts, 10 ms after the first conflict, then 20, 40 and 80 ms. */
	public static final KvUpdateRetry DEFAULT = new KvUpdateRetry(5, Duration.ofMillis(10));

	/**
	 * Checks the values.
	 * @param attempts the number of attempts; at least 1
	 * @param backoff the wait after the first conflict; zero or positive
	 */
	public KvUpdateRetry {
		if (attempts < 1) {
			throw new IllegalArgumentException("attempts must be at least 1, but is " + attempts);
		}
		if (backoff == null || backoff.isNegative()) {
			throw new IllegalArgumentException("backoff must be zero or positive, but is " + backoff);
		}
	}

	/**
	 * Returns the wait after a failed attempt.
	 * @param failedAttempt the number of the failed attempt, from 1
	 * @return the wait before the next attempt
	 */
	public Duration backoffAfter(int failedAttempt) {
		return this.backoff.multipliedBy(1L << Math.min(failedAttempt - 1, 20));
	}

}

package dev.pluginkit.mattermost.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory server's clock: every timestamp it writes ({@code create_at},
 * {@code update_at}, KV expiry, ...) is read from here, and a test moves it on instead of
 * waiting. It starts at the real time when the server starts and only moves when told.
 */
public final class MattermostClock {

	private final AtomicLong millis;

	MattermostClock(long startMillis) {
		this.millis = new AtomicLong(startMillis);
	}

	/**
	 * Returns the current time in milliseconds since the epoch, as the server writes it.
	 * @return the current time
	 */
	public long millis() {
		return this.millis.get();
	}

	/**
	 * Returns the current time.
	 * @return the current time
	 */
	public Instant instant() {
		return Instant.ofEpochMilli(millis());
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far; must not be negative
	 * @return this clock
	 * @throws IllegalArgumentException when the duration is negative
	 */
	public MattermostClock advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("duration must not be negative, but is " + duration);
		}
		this.millis.addAndGet(duration.toMillis());
		return this;
	}

	/**
	 * Sets the clock to a point in time.
	 * @param instant the new current time
	 * @return this clock
	 */
	public MattermostClock set(Instant instant) {
		this.millis.set(instant.toEpochMilli());
		return this;
	}

	/**
	 * Returns a {@link Clock} that reads this clock, in UTC: give it to the code under test
	 * (for example as a {@code Clock} bean) so that its time moves with the server's.
	 * @return a view of this clock
	 */
	public Clock asClock() {
		return new ServerClock(this, ZoneOffset.UTC);
	}

	private static final class ServerClock extends Clock {

		private final MattermostClock clock;

		private final ZoneId zone;

		ServerClock(MattermostClock clock, ZoneId zone) {
			this.clock = clock;
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new ServerClock(this.clock, zone);
		}

		@Override
		public Instant instant() {
			return this.clock.instant();
		}

		@Override
		public long millis() {
			return this.clock.millis();
		}

	}

}

package dev.pluginkit.mattermost.hooks.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Watches the time limit of the calls in flight. A sweep finds the calls past their deadline
 * and schedules the next sweep at the earliest deadline left, or one tick later (a twentieth
 * of the configured limit, between 5 and 250 ms) if that comes first. A call costs a set
 * insertion and removal rather than a timer of its own, whose scheduling and cancelling wake
 * the timer thread twice per call; only a call whose deadline comes before the next sweep (a
 * limit shorter than a tick, as a caller's short deadline makes it) brings that sweep
 * forward. A call therefore ends at its limit, whatever its limit.
 */
final class HookTimeLimits {

	private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

	private static final long MAX_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

	private final long tickNanos;

	private final Consumer<HookCall> onTimeout;

	private final Set<HookCall> inFlight = ConcurrentHashMap.newKeySet();

	private final ScheduledThreadPoolExecutor sweeper;

	private final Runnable sweep = this::sweep;

	private final Object schedule = new Object();

	/**
	 * When the next sweep runs at the latest; read without the lock by every call, written
	 * under it. Far ahead until the first call, so that an application that is never called
	 * as a plugin keeps no thread for it.
	 */
	private volatile long nextSweepBy = System.nanoTime() + (Long.MAX_VALUE >> 1);

	/** The next sweep, or {@code null} while one runs; guarded by {@link #schedule}. */
	private ScheduledFuture<?> nextSweep;

	/** When {@link #nextSweep} runs; guarded by {@link #schedule}. */
	private long nextSweepAt;

	/** Guarded by {@link #schedule}. */
	private boolean closed;

	HookTimeLimits(Duration timeout, Consumer<HookCall> onTimeout) {
		this.tickNanos = Math.max(MIN_TICK_NANOS, Math.min(MAX_TICK_NANOS, timeout.toNanos() / 20));
		this.onTimeout = onTimeout;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("mattermost-hook-time-limit-");
		threads.setDaemon(true);
		this.sweeper = new ScheduledThreadPoolExecutor(1, threads);
		// A sweep brought forward cancels the one it replaces: do not keep those queued.
		this.sweeper.setRemoveOnCancelPolicy(true);
	}

	/**
	 * Starts the clock of a call; {@link #release} stops it.
	 * @param call the call
	 * @param limitNanos how long it may take from now, perhaps zero or less: then it ends at
	 * the next sweep, which this brings forward
	 */
	void watch(HookCall call, long limitNanos) {
		long now = System.nanoTime();
		long deadline = now + limitNanos;
		call.timeLimit(limitNanos, deadline);
		this.inFlight.add(call);
		// Read after the insertion: a sweep that missed the call has published its bound by
		// then, and the call sees it.
		if (deadline - this.nextSweepBy < 0) {
			sweepBy((limitNanos < this.tickNanos) ? deadline : now + this.tickNanos);
		}
	}

	/** Forgets a finished call. */
	void release(HookCall call) {
		this.inFlight.remove(call);
	}

	/**
	 * Stops the clocks and hands over every call still in flight.
	 * @param leftOver takes each call that was still in flight
	 */
	void close(Consumer<HookCall> leftOver) {
		synchronized (this.schedule) {
			this.closed = true;
		}
		this.sweeper.shutdownNow();
		for (HookCall call : this.inFlight) {
			if (this.inFlight.remove(call)) {
				try {
					leftOver.accept(call);
				}
				catch (RuntimeException ex) {
					// Go on: one call's failure to answer must not leave the others unanswered.
				}
			}
		}
	}

	private void sweepBy(long time) {
		synchronized (this.schedule) {
			if (this.closed || (this.nextSweep != null && time - this.nextSweepAt >= 0)) {
				return;
			}
			if (this.nextSweep != null) {
				this.nextSweep.cancel(false);
			}
			schedule(time);
		}
	}

	private void sweep() {
		long now = System.nanoTime();
		long next = now + this.tickNanos;
		synchronized (this.schedule) {
			// Published before looking at the calls: one added too late to be seen here finds
			// this bound, and brings the next sweep forward if its deadline comes earlier.
			this.nextSweep = null;
			this.nextSweepBy = next;
		}
		for (HookCall call : this.inFlight) {
			long deadline = call.deadline();
			if (now - deadline >= 0) {
				if (this.inFlight.remove(call)) {
					try {
						this.onTimeout.accept(call);
					}
					catch (RuntimeException ex) {
						// Keep sweeping: one call's failure to answer must not stop the others'
						// clocks.
					}
				}
			}
			else if (deadline - next < 0) {
				next = deadline;
			}
		}
		sweepBy(next);
	}

	private void schedule(long time) {
		this.nextSweepAt = time;
		this.nextSweepBy = time;
		try {
			this.nextSweep = this.sweeper.schedule(this.sweep, time - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Shut down: closing answers what is left.
			this.nextSweep = null;
		}
	}

}

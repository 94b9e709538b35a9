package dev.pluginkit.mattermost.hooks.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Watches the time limit of the calls in flight. One sweep a tick (a twentieth of the limit,
 * between 5 and 250 ms) finds the calls past their deadline, so that a call costs a set
 * insertion and removal rather than a timer of its own, whose scheduling and cancelling wake
 * the timer thread twice per call. A call therefore ends at most one tick after its limit.
 */
final class HookTimeLimits implements AutoCloseable {

	private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

	private static final long MAX_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

	private final long timeoutNanos;

	private final long tickNanos;

	private final Consumer<HookCall> onTimeout;

	private final Set<HookCall> inFlight = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean started = new AtomicBoolean();

	private final ScheduledThreadPoolExecutor sweeper;

	HookTimeLimits(Duration timeout, Consumer<HookCall> onTimeout) {
		this.timeoutNanos = timeout.toNanos();
		this.tickNanos = Math.max(MIN_TICK_NANOS, Math.min(MAX_TICK_NANOS, this.timeoutNanos / 20));
		this.onTimeout = onTimeout;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("mattermost-hook-time-limit-");
		threads.setDaemon(true);
		this.sweeper = new ScheduledThreadPoolExecutor(1, threads);
	}

	/** Starts the clock of a call; {@link #release} stops it. */
	void watch(HookCall call) {
		call.deadline(System.nanoTime() + this.timeoutNanos);
		this.inFlight.add(call);
		if (!this.started.get() && this.started.compareAndSet(false, true)) {
			// Started by the first hook call: an application that is never called as a
			// plugin keeps no thread for it.
			this.sweeper.scheduleWithFixedDelay(this::sweep, this.tickNanos, this.tickNanos, TimeUnit.NANOSECONDS);
		}
	}

	/** Forgets a finished call. */
	void release(HookCall call) {
		this.inFlight.remove(call);
	}

	@Override
	public void close() {
		this.sweeper.shutdownNow();
	}

	private void sweep() {
		long now = System.nanoTime();
		for (HookCall call : this.inFlight) {
			if (now - call.deadline() >= 0 && this.inFlight.remove(call)) {
				try {
					this.onTimeout.accept(call);
				}
				catch (RuntimeException ex) {
					// Keep sweeping: one call's failure to answer must not stop the others' clocks.
				}
			}
		}
	}

}

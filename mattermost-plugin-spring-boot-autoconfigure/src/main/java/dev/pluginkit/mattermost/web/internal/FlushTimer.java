package dev.pluginkit.mattermost.web.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs delayed flushes on one daemon thread. Nearly every flush is moot by the time it is
 * due (Spring's converters flush just before the handler returns, and the response then
 * completes in one message), so scheduling must cost next to nothing: a flush is queued
 * without waking anyone while the thread is already waiting for an earlier one, and since
 * every flush waits the same delay, the queue is in deadline order.
 */
final class FlushTimer {

	private static final Log logger = LogFactory.getLog(FlushTimer.class);

	private final ConcurrentLinkedQueue<Due> queue = new ConcurrentLinkedQueue<>();

	private final long delayNanos;

	private final Thread thread;

	private volatile boolean idle;

	private volatile boolean stopped;

	FlushTimer(Duration delay) {
		this.delayNanos = delay.toNanos();
		this.thread = new Thread(this::run, "mattermost-http-flush");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Runs the flush after the delay.
	 * @param flush the flush, which checks for itself whether it is still wanted
	 * @return false when stopped, and the caller should flush at once
	 */
	boolean schedule(Runnable flush) {
		if (this.stopped) {
			return false;
		}
		this.queue.add(new Due(System.nanoTime() + this.delayNanos, flush));
		if (this.idle) {
			LockSupport.unpark(this.thread);
		}
		return true;
	}

	void stop() {
		this.stopped = true;
		LockSupport.unpark(this.thread);
	}

	private void run() {
		while (!this.stopped) {
			Due next = this.queue.peek();
			if (next == null) {
				this.idle = true;
				// A flush queued between the peek and here unparked us, or is seen now.
				if (this.queue.isEmpty() && !this.stopped) {
					LockSupport.park(this);
				}
				this.idle = false;
				continue;
			}
			long wait = next.at() - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(this, wait);
				continue;
			}
			this.queue.poll();
			try {
				next.flush().run();
			}
			catch (RuntimeException ex) {
				logger.warn("A delayed flush failed", ex);
			}
		}
		this.queue.clear();
	}

	private record Due(long at, Runnable flush) {

	}

}

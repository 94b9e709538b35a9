package dev.pluginkit.mattermost.cluster;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import com.google.protobuf.ByteString;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.pluginkit.mattermost.client.KvStoreOperations;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.kv.KvKeys;
import dev.pluginkit.mattermost.pluginapi.v1.PluginKVSetOptions;

/**
 * A {@link Lock} held by at most one thread on all the nodes of a cluster, on the KV
 * protocol of Go's {@code pluginapi} {@code cluster.Mutex} ({@code cluster/mutex.go}), so a
 * Go plugin and a Java plugin of the same id exclude each other: the lock is the KV entry
 * {@code mutex_<name>} holding the single byte {@code 1}, created only if absent, with a time
 * to live that its holder renews; unlocking deletes it. A holder that dies without unlocking
 * loses the lock when the entry expires.
 *
 * <p>Unlike Go's mutex, the lock belongs to the thread that took it, as
 * {@link ReentrantLock} does: it is reentrant, and only that thread may unlock it. Threads of
 * one node queue on a local lock first, so only one of them at a time asks the server.
 * {@link #newCondition()} is not supported.
 *
 * <p>Obtain locks from a {@link ClusterLockRegistry}, which keeps one per name.
 */
public final class ClusterLock implements Lock {

	/** The prefix of Go's {@code cluster.Mutex} keys ({@code mutexPrefix}). */
	public static final String KEY_PREFIX = "mutex_";

	private static final ByteString LOCKED = ByteString.copyFrom(new byte[] { 1 });

	private static final Log logger = LogFactory.getLog(ClusterLock.class);

	private final String key;

	private final KvStoreOperations kv;

	private final ScheduledExecutorService scheduler;

	private final ClusterLockOptions options;

	private final ReentrantLock local = new ReentrantLock();

	/** Guards {@link #refresh}, so that a renewal never runs after the unlock's delete. */
	private final Object refreshMonitor = new Object();

	private ScheduledFuture<?> refresh;

	ClusterLock(String name, KvStoreOperations kv, ScheduledExecutorService scheduler, ClusterLockOptions options) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("a cluster lock's name must not be empty");
		}
		this.key = KvKeys.requireWritable(KEY_PREFIX + name);
		this.kv = Objects.requireNonNull(kv, "kv must not be null");
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
		this.options = Objects.requireNonNull(options, "options must not be null");
	}

	/**
	 * Returns the KV key of this lock, {@code mutex_<name>}.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Takes the lock, waiting as long as it takes; an interrupt does not stop the wait but
	 * stays set. Failed calls to the server are logged and retried with a growing wait, as
	 * Go's {@code Lock} does.
	 */
	@Override
	public void lock() {
		boolean interrupted = false;
		this.local.lock();
		try {
			if (this.local.getHoldCount() > 1) {
				return;
			}
			Duration wait = Duration.ZERO;
			while (true) {
				if (!wait.isZero()) {
					try {
						sleep(wait);
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
				}
				Attempt attempt = attempt();
				if (attempt == Attempt.ACQUIRED) {
					return;
				}
				wait = nextWait(wait, attempt == Attempt.FAILED);
			}
		}
		catch (RuntimeException | Error ex) {
			this.local.unlock();
			throw ex;
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Takes the lock, waiting until it is free or the thread is interrupted.
	 * @throws InterruptedException when interrupted while waiting; the lock is then not
	 * held
	 */
	@Override
	public void lockInterruptibly() throws InterruptedException {
		this.local.lockInterruptibly();
		if (this.local.getHoldCount() > 1) {
			return;
		}
		boolean acquired = false;
		try {
			Duration wait = Duration.ZERO;
			while (true) {
				if (!wait.isZero()) {
					sleep(wait);
				}
				Attempt attempt = attempt();
				if (attempt == Attempt.ACQUIRED) {
					acquired = true;
					return;
				}
				wait = nextWait(wait, attempt == Attempt.FAILED);
			}
		}
		finally {
			if (!acquired) {
				this.local.unlock();
			}
		}
	}

	/**
	 * Takes the lock if it is free now, with a single call to the server.
	 * @return whether the lock is now held
	 * @throws PluginApiException when the call to the server fails
	 */
	@Override
	public boolean tryLock() {
		if (!this.local.tryLock()) {
			return false;
		}
		if (this.local.getHoldCount() > 1) {
			return true;
		}
		boolean acquired = false;
		try {
			acquired = acquire();
			return acquired;
		}
		finally {
			if (!acquired) {
				this.local.unlock();
			}
		}
	}

	/**
	 * Takes the lock if it becomes free within the given time, trying again at the poll
	 * interval of the {@link ClusterLockOptions}, and once more when the time is up.
	 * @param time the longest wait
	 * @param unit the unit of {@code time}
	 * @return whether the lock is now held
	 * @throws InterruptedException when interrupted while waiting; the lock is then not
	 * held
	 */
	@Override
	public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
		long deadline = System.nanoTime() + unit.toNanos(time);
		if (!this.local.tryLock(time, unit)) {
			return false;
		}
		if (this.local.getHoldCount() > 1) {
			return true;
		}
		boolean acquired = false;
		try {
			Duration wait = Duration.ZERO;
			while (true) {
				Attempt attempt = attempt();
				if (attempt == Attempt.ACQUIRED) {
					acquired = true;
					return true;
				}
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return false;
				}
				wait = nextWait(wait, attempt == Attempt.FAILED);
				sleep((wait.toNanos() < remaining) ? wait : Duration.ofNanos(remaining));
			}
		}
		finally {
			if (!acquired) {
				this.local.unlock();
			}
		}
	}

	/**
	 * Releases the lock: stops renewing it and deletes its KV entry. A failed delete is
	 * logged; the entry then expires on its own, as with Go's {@code Unlock}.
	 * @throws IllegalMonitorStateException when the current thread does not hold the lock
	 */
	@Override
	public void unlock() {
		if (!this.local.isHeldByCurrentThread()) {
			throw new IllegalMonitorStateException(
					"cluster lock '" + this.key + "' is not held by thread " + Thread.currentThread().getName());
		}
		try {
			if (this.local.getHoldCount() == 1) {
				release();
			}
		}
		finally {
			this.local.unlock();
		}
	}

	/**
	 * Not supported: a condition would need waits and signals across the cluster.
	 * @return never
	 * @throws UnsupportedOperationException always
	 */
	@Override
	public Condition newCondition() {
		throw new UnsupportedOperationException("cluster lock '" + this.key
				+ "' has no conditions: waiting for a signal from another node is not part of Go's cluster.Mutex protocol");
	}

	/**
	 * Whether this node's lock is held by the current thread.
	 * @return whether the current thread holds the lock
	 */
	public boolean isHeldByCurrentThread() {
		return this.local.isHeldByCurrentThread();
	}

	@Override
	public String toString() {
		return "ClusterLock[" + this.key + "]";
	}

	private Attempt attempt() {
		try {
			return acquire() ? Attempt.ACQUIRED : Attempt.TAKEN;
		}
		catch (PluginApiException ex) {
			logger.error("Failed to lock cluster lock '" + this.key + "'", ex);
			return Attempt.FAILED;
		}
	}

	/** Go's {@code tryLock}: create the entry only if there is none. */
	private boolean acquire() {
		boolean acquired = this.kv.kvSetWithOptions(this.key, LOCKED.toByteArray(), PluginKVSetOptions.newBuilder()
			.setAtomic(true)
			.setExpireInSeconds(this.options.timeToLive().getSeconds())
			.build());
		if (acquired) {
			long period = this.options.refreshInterval().toNanos();
			synchronized (this.refreshMonitor) {
				this.refresh = this.scheduler.scheduleAtFixedRate(this::renew, period, period, TimeUnit.NANOSECONDS);
			}
		}
		return acquired;
	}

	/** Go's {@code refreshLock}: extend the entry only if it is still ours. */
	private void renew() {
		synchronized (this.refreshMonitor) {
			if (this.refresh == null) {
				return;
			}
			String failure;
			try {
				failure = this.kv.kvSetWithOptions(this.key, LOCKED.toByteArray(), PluginKVSetOptions.newBuilder()
					.setAtomic(true)
					.setOldValue(LOCKED)
					.setExpireInSeconds(this.options.timeToLive().getSeconds())
					.build()) ? null : "its KV entry is gone";
			}
			catch (PluginApiException ex) {
				failure = ex.getMessage();
			}
			if (failure != null) {
				// As Go's refresh loop, stop: the entry expires, and another node may take it.
				logger.error("Failed to renew cluster lock '" + this.key + "', which may expire while held: " + failure);
				this.refresh.cancel(false);
			}
		}
	}

	private void release() {
		synchronized (this.refreshMonitor) {
			if (this.refresh != null) {
				this.refresh.cancel(false);
				this.refresh = null;
			}
		}
		try {
			this.kv.kvSetWithOptions(this.key, new byte[0], PluginKVSetOptions.getDefaultInstance());
		}
		catch (PluginApiException ex) {
			logger.warn("Failed to delete the KV entry of cluster lock '" + this.key
					+ "'; it expires after " + this.options.timeToLive(), ex);
		}
	}

	/** Go's {@code nextWaitInterval}. */
	private Duration nextWait(Duration last, boolean failed) {
		Duration next;
		if (failed) {
			next = (last.isZero() ? this.options.pollInterval() : last).multipliedBy(2);
			if (next.compareTo(this.options.maxBackoff()) > 0) {
				next = this.options.maxBackoff();
			}
		}
		else {
			next = this.options.pollInterval();
		}
		long jitter = this.options.jitter().toNanos();
		if (jitter > 0) {
			next = next.plusNanos(ThreadLocalRandom.current().nextLong(jitter) - jitter / 2);
		}
		return next.isNegative() ? Duration.ZERO : next;
	}

	private static void sleep(Duration wait) throws InterruptedException {
		TimeUnit.NANOSECONDS.sleep(wait.toNanos());
	}

	private enum Attempt {

		ACQUIRED, TAKEN, FAILED

	}

}

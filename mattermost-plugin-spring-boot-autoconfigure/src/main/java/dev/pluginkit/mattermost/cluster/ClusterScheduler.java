package dev.pluginkit.mattermost.cluster;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that renew held {@link ClusterLock}s and run {@link ClusterJob}s. Kept apart
 * from an application's own executors, and not an {@code Executor} bean itself, so that it
 * never becomes the scheduler of Spring's {@code @Scheduled} methods.
 */
public final class ClusterScheduler implements AutoCloseable {

	private final ScheduledExecutorService executor;

	private ClusterScheduler(ScheduledExecutorService executor) {
		this.executor = executor;
	}

	/**
	 * Creates a scheduler with its own daemon threads.
	 * @param threads how many threads; at least 1
	 * @return the scheduler
	 */
	public static ClusterScheduler create(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, but is " + threads);
		}
		AtomicInteger count = new AtomicInteger();
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, (task) -> {
			Thread thread = new Thread(task, "mattermost-cluster-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		// Waiting checks and renewals are dropped at shutdown; only running ones finish.
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return new ClusterScheduler(executor);
	}

	/**
	 * Wraps an executor that the caller owns; closing this scheduler shuts it down.
	 * @param executor the executor
	 * @return the scheduler
	 */
	public static ClusterScheduler of(ScheduledExecutorService executor) {
		return new ClusterScheduler(executor);
	}

	/**
	 * Returns the executor.
	 * @return the executor
	 */
	public ScheduledExecutorService executor() {
		return this.executor;
	}

	/**
	 * Stops the threads; held locks are no longer renewed and jobs no longer run. A task
	 * under way gets a few seconds to finish before it is interrupted.
	 */
	@Override
	public void close() {
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(5, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

}

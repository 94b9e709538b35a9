package dev.pluginkit.mattermost.cluster;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;

import dev.pluginkit.mattermost.client.KvStoreOperations;

/**
 * Hands out {@link ClusterLock}s by name, one per name, so that the threads of this node
 * asking for the same name share one lock and queue on it locally.
 *
 * <pre>{@code
 * Lock lock = registry.obtain("sync");
 * if (lock.tryLock(10, TimeUnit.SECONDS)) {
 *     try {
 *         // only this thread, on the whole cluster
 *     }
 *     finally {
 *         lock.unlock();
 *     }
 * }
 * }</pre>
 */
public class ClusterLockRegistry {

	private final KvStoreOperations kv;

	private final ScheduledExecutorService scheduler;

	private final ClusterLockOptions options;

	private final ConcurrentMap<String, ClusterLock> locks = new ConcurrentHashMap<>();

	/**
	 * Creates a registry.
	 * @param kv the KV operations the locks use
	 * @param scheduler runs the renewals of held locks
	 * @param options the timing of the locks
	 */
	public ClusterLockRegistry(KvStoreOperations kv, ScheduledExecutorService scheduler, ClusterLockOptions options) {
		this.kv = Objects.requireNonNull(kv, "kv must not be null");
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
		this.options = Objects.requireNonNull(options, "options must not be null");
	}

	/**
	 * Returns the lock of a name, whose KV key is {@code mutex_<name>}, as for Go's
	 * {@code cluster.NewMutex(api, name)}.
	 * @param name the lock's name
	 * @return the lock, the same for the same name
	 * @throws IllegalArgumentException when the name is empty or makes a key longer than
	 * the server stores
	 */
	public ClusterLock obtain(String name) {
		Objects.requireNonNull(name, "name must not be null");
		return this.locks.computeIfAbsent(name,
				(key) -> new ClusterLock(key, this.kv, this.scheduler, this.options));
	}

	/**
	 * Returns the timing of the locks.
	 * @return the options
	 */
	public ClusterLockOptions options() {
		return this.options;
	}

}

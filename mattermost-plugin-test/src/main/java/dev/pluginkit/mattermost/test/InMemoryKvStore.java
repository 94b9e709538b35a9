package dev.pluginkit.mattermost.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.FakeData.KvEntry;
import dev.pluginkit.mattermost.test.internal.KvStoreService;

/**
 * Seeds and inspects this plugin's KV store on an in-memory server. Readers see the store
 * as the plugin does: an entry whose expiry has passed on the server's
 * {@link MattermostClock clock} is gone.
 *
 * <pre>{@code
 * mattermost.kv().putString("greeting", "hello").put("counter", new byte[] { 1 });
 * // ... run the code under test, then:
 * assertThat(mattermost.kv().getString("greeting")).contains("bye");
 * }</pre>
 *
 * @see InMemoryMattermost#kv()
 */
public final class InMemoryKvStore {

	private final FakeData data;

	InMemoryKvStore(FakeData data) {
		this.data = data;
	}

	/**
	 * Stores a value that never expires, replacing any entry under the key. Unlike
	 * {@code KVSet}, this does not validate the key, so a test can seed what a server could
	 * not hold.
	 * @param key the key
	 * @param value the value; empty bytes delete the key, as on the server
	 * @return this store
	 */
	public InMemoryKvStore put(String key, byte[] value) {
		return put(key, value, 0);
	}

	/**
	 * Stores a string as its UTF-8 bytes, never expiring.
	 * @param key the key
	 * @param value the value; an empty string deletes the key, as on the server
	 * @return this store
	 */
	public InMemoryKvStore putString(String key, String value) {
		return put(key, value.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Stores a value that expires after a time to live, counted on the server's clock.
	 * @param key the key
	 * @param value the value; empty bytes delete the key, as on the server
	 * @param timeToLive how long the entry lives; must be positive
	 * @return this store
	 * @throws IllegalArgumentException when the time to live is zero or negative
	 */
	public InMemoryKvStore putWithExpiry(String key, byte[] value, Duration timeToLive) {
		if (timeToLive.isZero() || timeToLive.isNegative()) {
			throw new IllegalArgumentException("timeToLive must be positive, but is " + timeToLive);
		}
		return put(key, value, this.data.now() + timeToLive.toMillis());
	}

	private InMemoryKvStore put(String key, byte[] value, long expiresAt) {
		synchronized (this.data.lock()) {
			if (value.length == 0) {
				this.data.kv.remove(key);
			}
			else {
				this.data.kv.put(key, new KvEntry(ByteString.copyFrom(value), expiresAt));
			}
		}
		return this;
	}

	/**
	 * Returns the value under a key.
	 * @param key the key
	 * @return a copy of the value, empty when the key is missing or has expired
	 */
	public Optional<byte[]> get(String key) {
		return Optional.ofNullable(liveEntry(key)).map((entry) -> entry.value().toByteArray());
	}

	/**
	 * Returns the value under a key, decoded as UTF-8.
	 * @param key the key
	 * @return the value, empty when the key is missing or has expired
	 */
	public Optional<String> getString(String key) {
		return Optional.ofNullable(liveEntry(key)).map((entry) -> entry.value().toStringUtf8());
	}

	/**
	 * Returns when the entry under a key expires.
	 * @param key the key
	 * @return milliseconds since the epoch, {@code 0} for an entry that never expires, empty
	 * when the key is missing or has expired
	 */
	public Optional<Long> expiresAt(String key) {
		return Optional.ofNullable(liveEntry(key)).map(KvEntry::expiresAt);
	}

	/**
	 * Returns the keys of the live entries, sorted as {@code KVList} sorts them.
	 * @return a snapshot of the keys
	 */
	public List<String> keys() {
		return KvStoreService.liveKeys(this.data);
	}

	/**
	 * Returns the live entries, sorted by key.
	 * @return a snapshot: copies of the values by key
	 */
	public Map<String, byte[]> entries() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (String key : keys()) {
			get(key).ifPresent((value) -> entries.put(key, value));
		}
		return entries;
	}

	/**
	 * Removes every entry, as {@code KVDeleteAll} does.
	 * @return this store
	 */
	public InMemoryKvStore clear() {
		synchronized (this.data.lock()) {
			this.data.kv.clear();
		}
		return this;
	}

	private KvEntry liveEntry(String key) {
		KvEntry entry = this.data.kv.get(key);
		return (entry != null && KvStoreService.isLive(entry, this.data.now())) ? entry : null;
	}

}

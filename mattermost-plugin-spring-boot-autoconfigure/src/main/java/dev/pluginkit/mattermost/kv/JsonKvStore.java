package dev.pluginkit.mattermost.kv;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.pluginkit.mattermost.client.KvStoreOperations;
import dev.pluginkit.mattermost.client.PluginApiException;

/**
 * This plugin's KV store with values as JSON, written as Go's {@code encoding/json} writes
 * them (see {@link GoJson}), so that it shares its data with Go's {@code pluginapi}
 * {@code KVService}: what a Go plugin of the same id stored reads back here, and what is
 * stored here reads back there.
 *
 * <p>Keys are checked before any call ({@link KvKeys}). Every method throws a
 * {@link PluginApiException} when the call to the server fails.
 *
 * <pre>{@code
 * record Visit(@JsonProperty("UserID") String userId, @JsonProperty("At") Instant at) {}
 *
 * kv.set("visit_" + userId, new Visit(userId, Instant.now()), Duration.ofDays(1));
 * Optional<Visit> visit = kv.get("visit_" + userId, Visit.class);
 * long count = kv.update("visits", Long.class, (n) -> (n == null) ? 1 : n + 1);
 * }</pre>
 */
public interface JsonKvStore {

	/**
	 * Reads the value under a key into a type.
	 * @param <T> the type
	 * @param key the key
	 * @param type the type to read into
	 * @return the value, empty when the key is missing or has expired
	 * @throws InvalidKvKeyException when the key is empty or too long
	 * @throws KvValueException when the stored JSON does not read into the type
	 */
	<T> Optional<T> get(String key, Class<T> type);

	/**
	 * Reads the value under a key into a generic type.
	 * @param <T> the type
	 * @param key the key
	 * @param type the type to read into, for example {@code new TypeReference<List<Visit>>() {}}
	 * @return the value, empty when the key is missing or has expired
	 * @throws InvalidKvKeyException when the key is empty or too long
	 * @throws KvValueException when the stored JSON does not read into the type
	 */
	<T> Optional<T> get(String key, TypeReference<T> type);

	/**
	 * Stores a value as JSON under a key, with no expiry. A {@code null} value deletes the
	 * key, as Go's {@code KVService.Set} with {@code nil} does.
	 * @param key the key
	 * @param value the value, or {@code null}
	 * @throws InvalidKvKeyException when the key is empty, too long or reserved
	 * @throws KvValueException when the value cannot be written as JSON
	 */
	void set(String key, Object value);

	/**
	 * Stores a value as JSON under a key that expires after the given time; as Go's
	 * {@code SetExpiry}, the server keeps whole seconds, so the time is cut to them.
	 * @param key the key
	 * @param value the value, or {@code null} to delete the key
	 * @param expiry the time to live: zero for none, else at least one second
	 * @throws InvalidKvKeyException when the key is empty, too long or reserved
	 * @throws IllegalArgumentException when the expiry is negative or between zero and one
	 * second
	 * @throws KvValueException when the value cannot be written as JSON
	 */
	void set(String key, Object value, Duration expiry);

	/**
	 * Stores a value only if the stored value's JSON still equals the JSON of
	 * {@code expected}, as Go's {@code Set} with {@code SetAtomic(expected)}. A {@code null}
	 * expected value means the key must not exist; a {@code null} new value deletes it.
	 * @param key the key
	 * @param expected the value expected to be stored, or {@code null} for none
	 * @param value the new value, or {@code null}
	 * @return whether the value was written
	 * @throws InvalidKvKeyException when the key is empty, too long or reserved
	 * @throws KvValueException when a value cannot be written as JSON
	 */
	boolean compareAndSet(String key, Object expected, Object value);

	/**
	 * Changes the value under a key atomically, like Go's {@code SetAtomicWithRetries}:
	 * reads it, applies the function and writes the result only if the value did not change
	 * meanwhile; otherwise waits and tries again, as the {@link KvUpdateRetry} allows. The
	 * function may run several times, so it must not have side effects.
	 * @param <T> the type
	 * @param key the key
	 * @param type the type of the value
	 * @param update gets the current value ({@code null} when there is none) and returns
	 * the new one ({@code null} deletes the key)
	 * @return the value written
	 * @throws InvalidKvKeyException when the key is empty, too long or reserved
	 * @throws KvValueException when a value cannot be read or written as JSON
	 * @throws KvUpdateConflictException when the value changed in every attempt
	 */
	<T> T update(String key, Class<T> type, UnaryOperator<T> update);

	/**
	 * Changes the value under a key atomically, as {@link #update(String, Class,
	 * UnaryOperator)} does, for a generic type.
	 * @param <T> the type
	 * @param key the key
	 * @param type the type of the value
	 * @param update gets the current value ({@code null} when there is none) and returns
	 * the new one ({@code null} deletes the key)
	 * @return the value written
	 * @throws InvalidKvKeyException when the key is empty, too long or reserved
	 * @throws KvValueException when a value cannot be read or written as JSON
	 * @throws KvUpdateConflictException when the value changed in every attempt
	 */
	<T> T update(String key, TypeReference<T> type, UnaryOperator<T> update);

	/**
	 * Streams the keys that start with a prefix, in the server's order (alphabetical), one
	 * page at a time as the stream is consumed. The server's {@code KVList} has no prefix
	 * filter in this protocol, so the keys are filtered here.
	 * @param prefix the prefix; empty for all keys
	 * @return a lazy stream of the keys
	 */
	Stream<String> keys(String prefix);

	/**
	 * Deletes a key; a missing key is no error.
	 * @param key the key
	 * @throws InvalidKvKeyException when the key is empty, too long or reserved
	 */
	void delete(String key);

	/**
	 * Returns the mapper that writes and reads the values, configured for Go (see
	 * {@link GoJson}).
	 * @return the mapper
	 */
	ObjectMapper objectMapper();

	/**
	 * Creates a store over a KV client.
	 * @param kv the client's KV operations
	 * @param objectMapper the mapper, which must be configured for Go by
	 * {@link GoJson#mapper(ObjectMapper)} for the data to be shared with Go
	 * @param retry how {@link #update} retries
	 * @return the store
	 */
	static JsonKvStore create(KvStoreOperations kv, ObjectMapper objectMapper, KvUpdateRetry retry) {
		return new DefaultJsonKvStore(kv, objectMapper, retry);
	}

}

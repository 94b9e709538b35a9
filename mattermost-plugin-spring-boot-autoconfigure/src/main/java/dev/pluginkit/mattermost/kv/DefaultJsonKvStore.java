package dev.pluginkit.mattermost.kv;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;

import dev.pluginkit.mattermost.client.KvStoreOperations;
import dev.pluginkit.mattermost.pluginapi.v1.PluginKVSetOptions;

/**
 * The {@link JsonKvStore} over the client's KV operations. Writes go through
 * {@code KVSetWithOptions}, as those of Go's {@code KVService.Set} do.
 */
final class DefaultJsonKvStore implements JsonKvStore {

	private static final byte[] NONE = new byte[0];

	/** Keys asked for per {@code KVList} page while streaming. */
	private static final int KEY_PAGE_SIZE = 200;

	private final KvStoreOperations kv;

	private final ObjectMapper objectMapper;

	private final KvUpdateRetry retry;

	DefaultJsonKvStore(KvStoreOperations kv, ObjectMapper objectMapper, KvUpdateRetry retry) {
		this.kv = Objects.requireNonNull(kv, "kv must not be null");
		this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper must not be null");
		this.retry = Objects.requireNonNull(retry, "retry must not be null");
	}

	@Override
	public <T> Optional<T> get(String key, Class<T> type) {
		return get(key, this.objectMapper.constructType(type));
	}

	@Override
	public <T> Optional<T> get(String key, TypeReference<T> type) {
		return get(key, this.objectMapper.constructType(type));
	}

	private <T> Optional<T> get(String key, JavaType type) {
		KvKeys.requireReadable(key);
		return this.kv.kvGet(key).map((bytes) -> read(key, bytes, type));
	}

	@Override
	public void set(String key, Object value) {
		set(key, value, Duration.ZERO);
	}

	@Override
	public void set(String key, Object value, Duration expiry) {
		KvKeys.requireWritable(key);
		long seconds = expirySeconds(expiry);
		this.kv.kvSetWithOptions(key, write(key, value),
				PluginKVSetOptions.newBuilder().setExpireInSeconds(seconds).build());
	}

	@Override
	public boolean compareAndSet(String key, Object expected, Object value) {
		KvKeys.requireWritable(key);
		return setAtomic(key, write(key, expected), write(key, value));
	}

	@Override
	public <T> T update(String key, Class<T> type, UnaryOperator<T> update) {
		return update(key, this.objectMapper.<T>constructType(type), update);
	}

	@Override
	public <T> T update(String key, TypeReference<T> type, UnaryOperator<T> update) {
		return update(key, this.objectMapper.<T>constructType(type), update);
	}

	private <T> T update(String key, JavaType type, UnaryOperator<T> update) {
		KvKeys.requireWritable(key);
		Objects.requireNonNull(update, "update must not be null");
		for (int attempt = 1;; attempt++) {
			byte[] old = this.kv.kvGet(key).orElse(NONE);
			T current = (old.length > 0) ? read(key, old, type) : null;
			T next = update.apply(current);
			if (setAtomic(key, old, write(key, next))) {
				return next;
			}
			if (attempt == this.retry.attempts()) {
				throw new KvUpdateConflictException(key, attempt);
			}
			pause(key, this.retry.backoffAfter(attempt));
		}
	}

	/**
	 * Go's {@code SetAtomic}: an empty old value means "must not exist" and an empty new
	 * value deletes, both as the server's {@code KVSetWithOptions} has it.
	 */
	private boolean setAtomic(String key, byte[] old, byte[] value) {
		return this.kv.kvSetWithOptions(key, value,
				PluginKVSetOptions.newBuilder().setAtomic(true).setOldValue(ByteString.copyFrom(old)).build());
	}

	@Override
	public Stream<String> keys(String prefix) {
		Objects.requireNonNull(prefix, "prefix must not be null");
		return this.kv.kvListStream(KEY_PAGE_SIZE).filter((key) -> key.startsWith(prefix));
	}

	@Override
	public void delete(String key) {
		KvKeys.requireWritable(key);
		this.kv.kvDelete(key);
	}

	@Override
	public ObjectMapper objectMapper() {
		return this.objectMapper;
	}

	private byte[] write(String key, Object value) {
		if (value == null) {
			return NONE;
		}
		try {
			return this.objectMapper.writeValueAsBytes(value);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw new KvValueException(key, "Cannot write the value for KV key '" + key + "' as JSON: "
					+ ex.getMessage(), ex);
		}
	}

	private <T> T read(String key, byte[] bytes, JavaType type) {
		try {
			return this.objectMapper.readValue(bytes, type);
		}
		catch (IOException ex) {
			throw new KvValueException(key,
					"The value of KV key '" + key + "' does not read as " + type.toCanonical() + ": " + ex.getMessage(),
					ex);
		}
	}

	private static long expirySeconds(Duration expiry) {
		Objects.requireNonNull(expiry, "expiry must not be null");
		if (expiry.isNegative()) {
			throw new IllegalArgumentException("expiry must not be negative, but is " + expiry);
		}
		if (!expiry.isZero() && expiry.getSeconds() == 0) {
			// Go's SetExpiry would cut it to 0, which keeps the entry forever.
			throw new IllegalArgumentException(
					"expiry must be zero (none) or at least one second, as the server keeps whole seconds, but is "
							+ expiry);
		}
		return expiry.getSeconds();
	}

	private static void pause(String key, Duration wait) {
		try {
			Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while updating KV key '" + key + "'", ex);
		}
	}

}

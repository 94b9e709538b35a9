package dev.pluginkit.mattermost.test.internal;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.KVCompareAndDeleteRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVCompareAndDeleteResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVCompareAndSetRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVCompareAndSetResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVDeleteAllRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVDeleteAllResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVDeleteRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVDeleteResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVGetRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVGetResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVListRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVListResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVSetRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVSetResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVSetWithExpiryRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVSetWithExpiryResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVSetWithOptionsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KVSetWithOptionsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginKVSetOptions;
import dev.pluginkit.mattermost.test.internal.FakeData.KvEntry;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for this plugin's KV store. Like the server's KV handlers it
 * reports failures as an {@code AppError} in field 1 of the response, never as a gRPC
 * status.
 *
 * <p>The semantics follow the server's {@code SqlPluginStore} and {@code PluginKVSetOptions}
 * ({@code server/channels/store/sqlstore/plugin_store.go},
 * {@code server/public/model/plugin_kvset_options.go}, {@code plugin_key_value.go}):
 * <ul>
 * <li>an entry is visible while its {@code expiresAt} is 0 or later than the server's clock;
 * <li>empty bytes are Go's {@code nil} on the wire: setting them deletes the key;
 * <li>every write validates the key (1 to 150 Unicode code points); reads and deletes do
 * not;
 * <li>a compare-and-set with an empty old value inserts only when no live entry exists,
 * with an empty new value it is a compare-and-delete, which never matches an empty old
 * value.
 * </ul>
 * Conditional writes hold {@link FakeData#lock()}, so they are atomic against each other and
 * against every other write of this part.
 */
public final class KvStoreService implements PluginAPIGrpc.AsyncService {

	/** {@code model.KeyValueKeyMaxRunes}. */
	static final int KEY_MAX_RUNES = 150;

	/** The store's {@code defaultPluginKeyFetchLimit}, used when {@code per_page <= 0}. */
	static final int DEFAULT_PER_PAGE = 10;

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public KvStoreService(FakeData data) {
		this.data = data;
	}

	@Override
	public void kVSet(KVSetRequest request, StreamObserver<KVSetResponse> responseObserver) {
		AppError error = set(this.data, request.getKey(), request.getValue(), 0);
		reply(responseObserver, (error != null) ? KVSetResponse.newBuilder().setError(error).build()
				: KVSetResponse.getDefaultInstance());
	}

	@Override
	public void kVSetWithExpiry(KVSetWithExpiryRequest request,
			StreamObserver<KVSetWithExpiryResponse> responseObserver) {
		AppError error = set(this.data, request.getKey(), request.getValue(), request.getExpireInSeconds());
		reply(responseObserver, (error != null) ? KVSetWithExpiryResponse.newBuilder().setError(error).build()
				: KVSetWithExpiryResponse.getDefaultInstance());
	}

	@Override
	public void kVSetWithOptions(KVSetWithOptionsRequest request,
			StreamObserver<KVSetWithOptionsResponse> responseObserver) {
		PluginKVSetOptions options = request.getOptions();
		KVSetWithOptionsResponse.Builder response = KVSetWithOptionsResponse.newBuilder();
		if (!options.getAtomic() && !options.getOldValue().isEmpty()) {
			// Id, status and where from model.PluginKVSetOptions.IsValid, which runs before the
			// key is checked; the message text is ours (the translation was not confirmed).
			response.setError(ServerErrors.appError(400, "model.plugin_kvset_options.is_valid.old_value.app_error",
					"old_value can only be used with atomic set.", "PluginKVSetOptions.IsValid"));
			reply(responseObserver, response.build());
			return;
		}
		if (options.getAtomic()) {
			Outcome outcome = compareAndSet(this.data, request.getKey(), options.getOldValue(), request.getValue(),
					options.getExpireInSeconds());
			reply(responseObserver, outcome.applyTo(response).build());
			return;
		}
		AppError error = set(this.data, request.getKey(), request.getValue(), options.getExpireInSeconds());
		if (error != null) {
			response.setError(error);
		}
		else {
			response.setSuccess(true);
		}
		reply(responseObserver, response.build());
	}

	@Override
	public void kVCompareAndSet(KVCompareAndSetRequest request,
			StreamObserver<KVCompareAndSetResponse> responseObserver) {
		Outcome outcome = compareAndSet(this.data, request.getKey(), request.getOldValue(), request.getNewValue(), 0);
		KVCompareAndSetResponse.Builder response = KVCompareAndSetResponse.newBuilder();
		if (outcome.error() != null) {
			response.setError(outcome.error());
		}
		reply(responseObserver, response.setSuccess(outcome.success()).build());
	}

	@Override
	public void kVCompareAndDelete(KVCompareAndDeleteRequest request,
			StreamObserver<KVCompareAndDeleteResponse> responseObserver) {
		Outcome outcome = compareAndDelete(this.data, request.getKey(), request.getOldValue());
		KVCompareAndDeleteResponse.Builder response = KVCompareAndDeleteResponse.newBuilder();
		if (outcome.error() != null) {
			response.setError(outcome.error());
		}
		reply(responseObserver, response.setSuccess(outcome.success()).build());
	}

	@Override
	public void kVGet(KVGetRequest request, StreamObserver<KVGetResponse> responseObserver) {
		// The server does not validate the key on reads: a missing, expired or over-long key
		// answers an empty value and no error.
		ByteString value = live(this.data, request.getKey());
		reply(responseObserver, KVGetResponse.newBuilder().setValue((value != null) ? value : ByteString.EMPTY).build());
	}

	@Override
	public void kVDelete(KVDeleteRequest request, StreamObserver<KVDeleteResponse> responseObserver) {
		synchronized (this.data.lock()) {
			this.data.kv.remove(request.getKey());
		}
		reply(responseObserver, KVDeleteResponse.getDefaultInstance());
	}

	@Override
	public void kVDeleteAll(KVDeleteAllRequest request, StreamObserver<KVDeleteAllResponse> responseObserver) {
		synchronized (this.data.lock()) {
			this.data.kv.clear();
		}
		reply(responseObserver, KVDeleteAllResponse.getDefaultInstance());
	}

	@Override
	public void kVList(KVListRequest request, StreamObserver<KVListResponse> responseObserver) {
		// ListPluginKeys passes offset page*perPage with the caller's perPage; the store then
		// turns a limit <= 0 into 10 and an offset <= 0 into 0.
		long offset = Math.max(0, (long) request.getPage() * request.getPerPage());
		int limit = (request.getPerPage() <= 0) ? DEFAULT_PER_PAGE : request.getPerPage();
		List<String> keys = liveKeys(this.data).stream().skip(offset).limit(limit).toList();
		reply(responseObserver, KVListResponse.newBuilder().addAllKeys(keys).build());
	}

	/**
	 * Stores a value the way {@code SaveOrUpdate} does: empty bytes delete the key, anything
	 * else replaces the entry and its expiry.
	 * @param data the server's data
	 * @param key the key
	 * @param value the value; empty deletes
	 * @param expireInSeconds time to live, 0 for none
	 * @return the server's error, or {@code null}
	 */
	static AppError set(FakeData data, String key, ByteString value, long expireInSeconds) {
		AppError invalid = checkKey(key);
		if (invalid != null) {
			return invalid;
		}
		synchronized (data.lock()) {
			if (value.isEmpty()) {
				data.kv.remove(key);
			}
			else {
				data.kv.put(key, new KvEntry(value, expiresAt(data, expireInSeconds)));
			}
		}
		return null;
	}

	/**
	 * Reads the value of a live entry.
	 * @param data the server's data
	 * @param key the key
	 * @return the value, or {@code null} when the key is missing or expired
	 */
	public static ByteString live(FakeData data, String key) {
		KvEntry entry = data.kv.get(key);
		return (entry != null && isLive(entry, data.now())) ? entry.value() : null;
	}

	/**
	 * Lists the keys of the live entries, sorted as the store's {@code ORDER BY PKey}.
	 * @param data the server's data
	 * @return the keys
	 */
	public static List<String> liveKeys(FakeData data) {
		long now = data.now();
		return data.kv.entrySet()
			.stream()
			.filter((entry) -> isLive(entry.getValue(), now))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	private static Outcome compareAndSet(FakeData data, String key, ByteString oldValue, ByteString newValue,
			long expireInSeconds) {
		AppError invalid = checkKey(key);
		if (invalid != null) {
			return Outcome.failed(invalid);
		}
		if (newValue.isEmpty()) {
			// SqlPluginStore.CompareAndSet: "Setting a key to nil is the same as removing it"
			return compareAndDelete(data, key, oldValue);
		}
		synchronized (data.lock()) {
			ByteString current = live(data, key);
			boolean matches = oldValue.isEmpty() ? current == null : oldValue.equals(current);
			if (!matches) {
				return Outcome.of(false);
			}
			data.kv.put(key, new KvEntry(newValue, expiresAt(data, expireInSeconds)));
			return Outcome.of(true);
		}
	}

	private static Outcome compareAndDelete(FakeData data, String key, ByteString oldValue) {
		AppError invalid = checkKey(key);
		if (invalid != null) {
			return Outcome.failed(invalid);
		}
		if (oldValue.isEmpty()) {
			// "nil can't be stored. Return showing that we didn't do anything"
			return Outcome.of(false);
		}
		synchronized (data.lock()) {
			if (!oldValue.equals(live(data, key))) {
				return Outcome.of(false);
			}
			data.kv.remove(key);
			return Outcome.of(true);
		}
	}

	/**
	 * Tells whether an entry is visible at a time: it never expires, or expires later.
	 * @param entry the entry
	 * @param now the server's time
	 * @return whether the entry is live
	 */
	public static boolean isLive(KvEntry entry, long now) {
		return entry.expiresAt() == 0 || entry.expiresAt() > now;
	}

	private static long expiresAt(FakeData data, long expireInSeconds) {
		// NewPluginKeyValueFromOptions: any non-zero time to live counts from now, so a
		// negative one makes the entry expire at once.
		return (expireInSeconds != 0) ? data.now() + expireInSeconds * 1000 : 0;
	}

	/**
	 * {@code PluginKeyValue.IsValid} for the key: not empty and at most 150 code points.
	 * @param key the key
	 * @return the server's error, or {@code null} when the key is valid
	 */
	static AppError checkKey(String key) {
		if (!key.isEmpty() && key.codePointCount(0, key.length()) <= KEY_MAX_RUNES) {
			return null;
		}
		// Id, status, where, params and detail from model.PluginKeyValue.IsValid (the params
		// name the key limit: Max 150, Min 0); the message text is ours (the translation was
		// not confirmed).
		return ServerErrors.appError(400, "model.plugin_key_value.is_valid.key.app_error",
				"Invalid key, must be between 1 and 150 characters long.", "PluginKeyValue.IsValid")
			.toBuilder()
			.setDetailedError("key=" + key)
			.setParams(Struct.newBuilder()
				.putFields("Max", Value.newBuilder().setNumberValue(KEY_MAX_RUNES).build())
				.putFields("Min", Value.newBuilder().setNumberValue(0).build()))
			.build();
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

	/** What a conditional write did: an error, or whether it wrote. */
	private record Outcome(AppError error, boolean success) {

		static Outcome of(boolean success) {
			return new Outcome(null, success);
		}

		static Outcome failed(AppError error) {
			return new Outcome(error, false);
		}

		KVSetWithOptionsResponse.Builder applyTo(KVSetWithOptionsResponse.Builder response) {
			if (this.error != null) {
				response.setError(this.error);
			}
			return response.setSuccess(this.success);
		}

	}

}

package dev.pluginkit.mattermost.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.AsyncKvStoreOperations;
import dev.pluginkit.mattermost.client.KvStoreOperations;
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

/**
 * The KV store domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class KvStoreCalls {

	static UnaryCall<KVGetRequest, KVGetResponse, Optional<byte[]>> kvGet(String key) {
		KVGetRequest request = KVGetRequest.newBuilder().setKey(Arguments.required(key, "key")).build();
		return UnaryCall.of(PluginAPIGrpc.getKVGetMethod(), request, KVGetResponse::getError,
				(response) -> Results.optionalBytes(response.getValue()));
	}

	static UnaryCall<KVSetRequest, KVSetResponse, Void> kvSet(String key, byte[] value) {
		KVSetRequest request = KVSetRequest.newBuilder()
			.setKey(Arguments.required(key, "key"))
			.setValue(ByteString.copyFrom(Arguments.required(value, "value")))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getKVSetMethod(), request, KVSetResponse::getError);
	}

	static UnaryCall<KVSetWithExpiryRequest, KVSetWithExpiryResponse, Void> kvSetWithExpiry(String key, byte[] value,
			long expireInSeconds) {
		KVSetWithExpiryRequest request = KVSetWithExpiryRequest.newBuilder()
			.setKey(Arguments.required(key, "key"))
			.setValue(ByteString.copyFrom(Arguments.required(value, "value")))
			.setExpireInSeconds(expireInSeconds)
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getKVSetWithExpiryMethod(), request,
				KVSetWithExpiryResponse::getError);
	}

	static UnaryCall<KVSetWithOptionsRequest, KVSetWithOptionsResponse, Boolean> kvSetWithOptions(String key,
			byte[] value, PluginKVSetOptions options) {
		KVSetWithOptionsRequest request = KVSetWithOptionsRequest.newBuilder()
			.setKey(Arguments.required(key, "key"))
			.setValue(ByteString.copyFrom(Arguments.required(value, "value")))
			.setOptions(Arguments.required(options, "options"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getKVSetWithOptionsMethod(), request, KVSetWithOptionsResponse::getError,
				KVSetWithOptionsResponse::getSuccess);
	}

	static UnaryCall<KVCompareAndSetRequest, KVCompareAndSetResponse, Boolean> kvCompareAndSet(String key,
			byte[] oldValue, byte[] newValue) {
		KVCompareAndSetRequest request = KVCompareAndSetRequest.newBuilder()
			.setKey(Arguments.required(key, "key"))
			.setOldValue(ByteString.copyFrom(Arguments.required(oldValue, "oldValue")))
			.setNewValue(ByteString.copyFrom(Arguments.required(newValue, "newValue")))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getKVCompareAndSetMethod(), request, KVCompareAndSetResponse::getError,
				KVCompareAndSetResponse::getSuccess);
	}

	static UnaryCall<KVCompareAndDeleteRequest, KVCompareAndDeleteResponse, Boolean> kvCompareAndDelete(String key,
			byte[] oldValue) {
		KVCompareAndDeleteRequest request = KVCompareAndDeleteRequest.newBuilder()
			.setKey(Arguments.required(key, "key"))
			.setOldValue(ByteString.copyFrom(Arguments.required(oldValue, "oldValue")))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getKVCompareAndDeleteMethod(), request, KVCompareAndDeleteResponse::getError,
				KVCompareAndDeleteResponse::getSuccess);
	}

	static UnaryCall<KVDeleteRequest, KVDeleteResponse, Void> kvDelete(String key) {
		KVDeleteRequest request = KVDeleteRequest.newBuilder().setKey(Arguments.required(key, "key")).build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getKVDeleteMethod(), request, KVDeleteResponse::getError);
	}

	static final UnaryCall<KVDeleteAllRequest, KVDeleteAllResponse, Void> KV_DELETE_ALL = UnaryCall.returningNothing(
			PluginAPIGrpc.getKVDeleteAllMethod(), KVDeleteAllRequest.getDefaultInstance(),
			KVDeleteAllResponse::getError);

	static UnaryCall<KVListRequest, KVListResponse, List<String>> kvList(int page, int perPage) {
		KVListRequest request = KVListRequest.newBuilder().setPage(page).setPerPage(perPage).build();
		return UnaryCall.of(PluginAPIGrpc.getKVListMethod(), request, KVListResponse::getError,
				KVListResponse::getKeysList);
	}

	private KvStoreCalls() {
	}

	interface Blocking extends KvStoreOperations, BlockingCalls {

		@Override
		default Optional<byte[]> kvGet(String key) {
			return execute(KvStoreCalls.kvGet(key));
		}

		@Override
		default void kvSet(String key, byte[] value) {
			execute(KvStoreCalls.kvSet(key, value));
		}

		@Override
		default void kvSetWithExpiry(String key, byte[] value, long expireInSeconds) {
			execute(KvStoreCalls.kvSetWithExpiry(key, value, expireInSeconds));
		}

		@Override
		default void kvSetWithExpiry(String key, byte[] value, Duration timeToLive) {
			execute(KvStoreCalls.kvSetWithExpiry(key, value, Arguments.positiveSeconds(timeToLive, "timeToLive")));
		}

		@Override
		default boolean kvSetWithOptions(String key, byte[] value, PluginKVSetOptions options) {
			return execute(KvStoreCalls.kvSetWithOptions(key, value, options));
		}

		@Override
		default boolean kvCompareAndSet(String key, byte[] oldValue, byte[] newValue) {
			return execute(KvStoreCalls.kvCompareAndSet(key, oldValue, newValue));
		}

		@Override
		default boolean kvCompareAndDelete(String key, byte[] oldValue) {
			return execute(KvStoreCalls.kvCompareAndDelete(key, oldValue));
		}

		@Override
		default void kvDelete(String key) {
			execute(KvStoreCalls.kvDelete(key));
		}

		@Override
		default void kvDeleteAll() {
			execute(KvStoreCalls.KV_DELETE_ALL);
		}

		@Override
		default List<String> kvList(int page, int perPage) {
			return execute(KvStoreCalls.kvList(page, perPage));
		}

		@Override
		default Stream<String> kvListStream(int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(KvStoreCalls.kvList(page, pageSize)));
		}

	}

	interface Async extends AsyncKvStoreOperations, AsyncCalls {

		@Override
		default CompletableFuture<Optional<byte[]>> kvGet(String key) {
			return executeAsync(KvStoreCalls.kvGet(key));
		}

		@Override
		default CompletableFuture<Void> kvSet(String key, byte[] value) {
			return executeAsync(KvStoreCalls.kvSet(key, value));
		}

		@Override
		default CompletableFuture<Void> kvSetWithExpiry(String key, byte[] value, long expireInSeconds) {
			return executeAsync(KvStoreCalls.kvSetWithExpiry(key, value, expireInSeconds));
		}

		@Override
		default CompletableFuture<Void> kvSetWithExpiry(String key, byte[] value, Duration timeToLive) {
			return executeAsync(
					KvStoreCalls.kvSetWithExpiry(key, value, Arguments.positiveSeconds(timeToLive, "timeToLive")));
		}

		@Override
		default CompletableFuture<Boolean> kvSetWithOptions(String key, byte[] value, PluginKVSetOptions options) {
			return executeAsync(KvStoreCalls.kvSetWithOptions(key, value, options));
		}

		@Override
		default CompletableFuture<Boolean> kvCompareAndSet(String key, byte[] oldValue, byte[] newValue) {
			return executeAsync(KvStoreCalls.kvCompareAndSet(key, oldValue, newValue));
		}

		@Override
		default CompletableFuture<Boolean> kvCompareAndDelete(String key, byte[] oldValue) {
			return executeAsync(KvStoreCalls.kvCompareAndDelete(key, oldValue));
		}

		@Override
		default CompletableFuture<Void> kvDelete(String key) {
			return executeAsync(KvStoreCalls.kvDelete(key));
		}

		@Override
		default CompletableFuture<Void> kvDeleteAll() {
			return executeAsync(KvStoreCalls.KV_DELETE_ALL);
		}

		@Override
		default CompletableFuture<List<String>> kvList(int page, int perPage) {
			return executeAsync(KvStoreCalls.kvList(page, perPage));
		}

	}

}

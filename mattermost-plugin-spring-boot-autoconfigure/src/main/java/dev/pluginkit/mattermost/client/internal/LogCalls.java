package dev.pluginkit.mattermost.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncLogOperations;
import dev.pluginkit.mattermost.client.LogOperations;
import dev.pluginkit.mattermost.pluginapi.v1.KeyValuePair;
import dev.pluginkit.mattermost.pluginapi.v1.LogDebugRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogDebugResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogErrorRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogErrorResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogInfoRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogInfoResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogWarnRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogWarnResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The logging domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class LogCalls {

	private LogCalls() {
	}

	static UnaryCall<LogDebugRequest, LogDebugResponse, Void> logDebug(String message, Object[] keyValuePairs) {
		LogDebugRequest request = LogDebugRequest.newBuilder()
			.setMsg(checkedMessage(message))
			.addAllKeyValuePairs(pairs(keyValuePairs))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getLogDebugMethod(), request, LogDebugResponse::getError);
	}

	static UnaryCall<LogInfoRequest, LogInfoResponse, Void> logInfo(String message, Object[] keyValuePairs) {
		LogInfoRequest request = LogInfoRequest.newBuilder()
			.setMsg(checkedMessage(message))
			.addAllKeyValuePairs(pairs(keyValuePairs))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getLogInfoMethod(), request, LogInfoResponse::getError);
	}

	static UnaryCall<LogWarnRequest, LogWarnResponse, Void> logWarn(String message, Object[] keyValuePairs) {
		LogWarnRequest request = LogWarnRequest.newBuilder()
			.setMsg(checkedMessage(message))
			.addAllKeyValuePairs(pairs(keyValuePairs))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getLogWarnMethod(), request, LogWarnResponse::getError);
	}

	static UnaryCall<LogErrorRequest, LogErrorResponse, Void> logError(String message, Object[] keyValuePairs) {
		LogErrorRequest request = LogErrorRequest.newBuilder()
			.setMsg(checkedMessage(message))
			.addAllKeyValuePairs(pairs(keyValuePairs))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getLogErrorMethod(), request, LogErrorResponse::getError);
	}

	private static String checkedMessage(String message) {
		return Objects.requireNonNull(message, "message must not be null");
	}

	/**
	 * Pairs up alternating keys and values, as the Go API's {@code keyValuePairs ...any}.
	 */
	static List<KeyValuePair> pairs(Object[] keyValuePairs) {
		if (keyValuePairs == null || keyValuePairs.length == 0) {
			return List.of();
		}
		if (keyValuePairs.length % 2 != 0) {
			throw new IllegalArgumentException(
					"keyValuePairs must alternate keys and values, but has " + keyValuePairs.length + " elements: key '"
							+ keyValuePairs[keyValuePairs.length - 1] + "' has no value");
		}
		List<KeyValuePair> pairs = new ArrayList<>(keyValuePairs.length / 2);
		for (int i = 0; i < keyValuePairs.length; i += 2) {
			if (!(keyValuePairs[i] instanceof String key)) {
				throw new IllegalArgumentException(
						"keyValuePairs[" + i + "] must be a String key, but is " + ((keyValuePairs[i] != null)
								? keyValuePairs[i].getClass().getName() + " '" + keyValuePairs[i] + "'" : "null"));
			}
			pairs
				.add(KeyValuePair.newBuilder().setKey(key).setValue(ProtoValues.toValue(keyValuePairs[i + 1])).build());
		}
		return pairs;
	}

	interface Blocking extends LogOperations, BlockingCalls {

		@Override
		default void logDebug(String message, Object... keyValuePairs) {
			execute(LogCalls.logDebug(message, keyValuePairs));
		}

		@Override
		default void logInfo(String message, Object... keyValuePairs) {
			execute(LogCalls.logInfo(message, keyValuePairs));
		}

		@Override
		default void logWarn(String message, Object... keyValuePairs) {
			execute(LogCalls.logWarn(message, keyValuePairs));
		}

		@Override
		default void logError(String message, Object... keyValuePairs) {
			execute(LogCalls.logError(message, keyValuePairs));
		}

	}

	interface Async extends AsyncLogOperations, AsyncCalls {

		@Override
		default CompletableFuture<Void> logDebug(String message, Object... keyValuePairs) {
			return executeAsync(LogCalls.logDebug(message, keyValuePairs));
		}

		@Override
		default CompletableFuture<Void> logInfo(String message, Object... keyValuePairs) {
			return executeAsync(LogCalls.logInfo(message, keyValuePairs));
		}

		@Override
		default CompletableFuture<Void> logWarn(String message, Object... keyValuePairs) {
			return executeAsync(LogCalls.logWarn(message, keyValuePairs));
		}

		@Override
		default CompletableFuture<Void> logError(String message, Object... keyValuePairs) {
			return executeAsync(LogCalls.logError(message, keyValuePairs));
		}

	}

}

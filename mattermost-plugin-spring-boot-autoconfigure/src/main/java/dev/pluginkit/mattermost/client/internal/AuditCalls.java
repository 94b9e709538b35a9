package dev.pluginkit.mattermost.client.internal;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncAuditOperations;
import dev.pluginkit.mattermost.client.AuditOperations;
import dev.pluginkit.mattermost.pluginapi.v1.AuditRecord;
import dev.pluginkit.mattermost.pluginapi.v1.LogAuditRecRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogAuditRecResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogAuditRecWithLevelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogAuditRecWithLevelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The audit domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class AuditCalls {

	static UnaryCall<LogAuditRecRequest, LogAuditRecResponse, Void> logAuditRec(AuditRecord record) {
		LogAuditRecRequest request = LogAuditRecRequest.newBuilder()
			.setRecord(Arguments.required(record, "record"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getLogAuditRecMethod(), request, LogAuditRecResponse::getError);
	}

	static UnaryCall<LogAuditRecWithLevelRequest, LogAuditRecWithLevelResponse, Void> logAuditRecWithLevel(
			AuditRecord record, String level) {
		LogAuditRecWithLevelRequest request = LogAuditRecWithLevelRequest.newBuilder()
			.setRecord(Arguments.required(record, "record"))
			.setLevel(Arguments.required(level, "level"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getLogAuditRecWithLevelMethod(), request,
				LogAuditRecWithLevelResponse::getError);
	}

	private AuditCalls() {
	}

	interface Blocking extends AuditOperations, BlockingCalls {

		@Override
		default void logAuditRec(AuditRecord record) {
			execute(AuditCalls.logAuditRec(record));
		}

		@Override
		default void logAuditRecWithLevel(AuditRecord record, String level) {
			execute(AuditCalls.logAuditRecWithLevel(record, level));
		}

	}

	interface Async extends AsyncAuditOperations, AsyncCalls {

		@Override
		default CompletableFuture<Void> logAuditRec(AuditRecord record) {
			return executeAsync(AuditCalls.logAuditRec(record));
		}

		@Override
		default CompletableFuture<Void> logAuditRecWithLevel(AuditRecord record, String level) {
			return executeAsync(AuditCalls.logAuditRecWithLevel(record, level));
		}

	}

}

package dev.pluginkit.mattermost.client.internal;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncSystemOperations;
import dev.pluginkit.mattermost.client.SystemOperations;
import dev.pluginkit.mattermost.pluginapi.v1.GetDiagnosticIdRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetDiagnosticIdResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetSystemInstallDateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetSystemInstallDateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The system domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class SystemCalls {

	// Calls without parameters are the same every time, so they are built once.
	static final UnaryCall<GetServerVersionRequest, GetServerVersionResponse, String> GET_SERVER_VERSION = UnaryCall
		.of(PluginAPIGrpc.getGetServerVersionMethod(), GetServerVersionRequest.getDefaultInstance(),
				GetServerVersionResponse::getError, GetServerVersionResponse::getVersion);

	static final UnaryCall<GetSystemInstallDateRequest, GetSystemInstallDateResponse, Instant> GET_SYSTEM_INSTALL_DATE = UnaryCall
		.of(PluginAPIGrpc.getGetSystemInstallDateMethod(), GetSystemInstallDateRequest.getDefaultInstance(),
				GetSystemInstallDateResponse::getError,
				(response) -> Instant.ofEpochMilli(response.getInstallDate()));

	static final UnaryCall<GetDiagnosticIdRequest, GetDiagnosticIdResponse, String> GET_DIAGNOSTIC_ID = UnaryCall
		.of(PluginAPIGrpc.getGetDiagnosticIdMethod(), GetDiagnosticIdRequest.getDefaultInstance(),
				GetDiagnosticIdResponse::getError, GetDiagnosticIdResponse::getDiagnosticId);

	private SystemCalls() {
	}

	interface Blocking extends SystemOperations, BlockingCalls {

		@Override
		default String getServerVersion() {
			return execute(GET_SERVER_VERSION);
		}

		@Override
		default Instant getSystemInstallDate() {
			return execute(GET_SYSTEM_INSTALL_DATE);
		}

		@Override
		default String getDiagnosticId() {
			return execute(GET_DIAGNOSTIC_ID);
		}

	}

	interface Async extends AsyncSystemOperations, AsyncCalls {

		@Override
		default CompletableFuture<String> getServerVersion() {
			return executeAsync(GET_SERVER_VERSION);
		}

		@Override
		default CompletableFuture<Instant> getSystemInstallDate() {
			return executeAsync(GET_SYSTEM_INSTALL_DATE);
		}

		@Override
		default CompletableFuture<String> getDiagnosticId() {
			return executeAsync(GET_DIAGNOSTIC_ID);
		}

	}

}

package dev.pluginkit.mattermost.client.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncSystemOperations;
import dev.pluginkit.mattermost.client.SystemOperations;
import dev.pluginkit.mattermost.pluginapi.v1.GetCloudLimitsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetCloudLimitsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetDiagnosticIdRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetDiagnosticIdResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetLicenseRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetLicenseResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetSystemInstallDateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetSystemInstallDateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTelemetryIdRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTelemetryIdResponse;
import dev.pluginkit.mattermost.pluginapi.v1.IsEnterpriseReadyRequest;
import dev.pluginkit.mattermost.pluginapi.v1.IsEnterpriseReadyResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RequestTrialLicenseRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RequestTrialLicenseResponse;

/**
 * The system domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class SystemCalls {

	static final UnaryCall<GetServerVersionRequest, GetServerVersionResponse, String> GET_SERVER_VERSION = UnaryCall.of(
			PluginAPIGrpc.getGetServerVersionMethod(), GetServerVersionRequest.getDefaultInstance(),
			GetServerVersionResponse::getError, GetServerVersionResponse::getVersion);

	static final UnaryCall<GetSystemInstallDateRequest, GetSystemInstallDateResponse, Instant> GET_SYSTEM_INSTALL_DATE = UnaryCall
		.of(PluginAPIGrpc.getGetSystemInstallDateMethod(), GetSystemInstallDateRequest.getDefaultInstance(),
				GetSystemInstallDateResponse::getError, (response) -> Instant.ofEpochMilli(response.getInstallDate()));

	static final UnaryCall<GetDiagnosticIdRequest, GetDiagnosticIdResponse, String> GET_DIAGNOSTIC_ID = UnaryCall.of(
			PluginAPIGrpc.getGetDiagnosticIdMethod(), GetDiagnosticIdRequest.getDefaultInstance(),
			GetDiagnosticIdResponse::getError, GetDiagnosticIdResponse::getDiagnosticId);

	static final UnaryCall<GetTelemetryIdRequest, GetTelemetryIdResponse, String> GET_TELEMETRY_ID = UnaryCall.of(
			PluginAPIGrpc.getGetTelemetryIdMethod(), GetTelemetryIdRequest.getDefaultInstance(),
			GetTelemetryIdResponse::getError, GetTelemetryIdResponse::getTelemetryId);

	static final UnaryCall<IsEnterpriseReadyRequest, IsEnterpriseReadyResponse, Boolean> IS_ENTERPRISE_READY = UnaryCall
		.of(PluginAPIGrpc.getIsEnterpriseReadyMethod(), IsEnterpriseReadyRequest.getDefaultInstance(),
				IsEnterpriseReadyResponse::getError, IsEnterpriseReadyResponse::getIsEnterpriseReady);

	static final UnaryCall<GetLicenseRequest, GetLicenseResponse, Optional<byte[]>> GET_LICENSE = UnaryCall.of(
			PluginAPIGrpc.getGetLicenseMethod(), GetLicenseRequest.getDefaultInstance(), GetLicenseResponse::getError,
			(response) -> Results.optionalBytes(response.getLicenseJson()));

	static final UnaryCall<GetLicenseRequest, GetLicenseResponse, Optional<Map<String, Object>>> GET_LICENSE_AS_MAP = GET_LICENSE
		.andThen((json) -> json.map(JsonObjects::parse));

	static UnaryCall<RequestTrialLicenseRequest, RequestTrialLicenseResponse, Void> requestTrialLicense(
			String requesterId, int users, boolean termsAccepted, boolean receiveEmailsAccepted) {
		RequestTrialLicenseRequest request = RequestTrialLicenseRequest.newBuilder()
			.setRequesterId(Arguments.required(requesterId, "requesterId"))
			.setUsers(users)
			.setTermsAccepted(termsAccepted)
			.setReceiveEmailsAccepted(receiveEmailsAccepted)
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRequestTrialLicenseMethod(), request,
				RequestTrialLicenseResponse::getError);
	}

	static final UnaryCall<GetCloudLimitsRequest, GetCloudLimitsResponse, byte[]> GET_CLOUD_LIMITS = UnaryCall.of(
			PluginAPIGrpc.getGetCloudLimitsMethod(), GetCloudLimitsRequest.getDefaultInstance(),
			GetCloudLimitsResponse::getError, (response) -> response.getLimitsJson().toByteArray());

	static final UnaryCall<GetCloudLimitsRequest, GetCloudLimitsResponse, Map<String, Object>> GET_CLOUD_LIMITS_AS_MAP = GET_CLOUD_LIMITS
		.andThen(JsonObjects::parse);

	private SystemCalls() {
	}

	interface Blocking extends SystemOperations, BlockingCalls {

		@Override
		default String getServerVersion() {
			return execute(SystemCalls.GET_SERVER_VERSION);
		}

		@Override
		default Instant getSystemInstallDate() {
			return execute(SystemCalls.GET_SYSTEM_INSTALL_DATE);
		}

		@Override
		default String getDiagnosticId() {
			return execute(SystemCalls.GET_DIAGNOSTIC_ID);
		}

		@Override
		default String getTelemetryId() {
			return execute(SystemCalls.GET_TELEMETRY_ID);
		}

		@Override
		default boolean isEnterpriseReady() {
			return execute(SystemCalls.IS_ENTERPRISE_READY);
		}

		@Override
		default Optional<byte[]> getLicense() {
			return execute(SystemCalls.GET_LICENSE);
		}

		@Override
		default Optional<Map<String, Object>> getLicenseAsMap() {
			return execute(SystemCalls.GET_LICENSE_AS_MAP);
		}

		@Override
		default void requestTrialLicense(String requesterId, int users, boolean termsAccepted,
				boolean receiveEmailsAccepted) {
			execute(SystemCalls.requestTrialLicense(requesterId, users, termsAccepted, receiveEmailsAccepted));
		}

		@Override
		default byte[] getCloudLimits() {
			return execute(SystemCalls.GET_CLOUD_LIMITS);
		}

		@Override
		default Map<String, Object> getCloudLimitsAsMap() {
			return execute(SystemCalls.GET_CLOUD_LIMITS_AS_MAP);
		}

	}

	interface Async extends AsyncSystemOperations, AsyncCalls {

		@Override
		default CompletableFuture<String> getServerVersion() {
			return executeAsync(SystemCalls.GET_SERVER_VERSION);
		}

		@Override
		default CompletableFuture<Instant> getSystemInstallDate() {
			return executeAsync(SystemCalls.GET_SYSTEM_INSTALL_DATE);
		}

		@Override
		default CompletableFuture<String> getDiagnosticId() {
			return executeAsync(SystemCalls.GET_DIAGNOSTIC_ID);
		}

		@Override
		default CompletableFuture<String> getTelemetryId() {
			return executeAsync(SystemCalls.GET_TELEMETRY_ID);
		}

		@Override
		default CompletableFuture<Boolean> isEnterpriseReady() {
			return executeAsync(SystemCalls.IS_ENTERPRISE_READY);
		}

		@Override
		default CompletableFuture<Optional<byte[]>> getLicense() {
			return executeAsync(SystemCalls.GET_LICENSE);
		}

		@Override
		default CompletableFuture<Optional<Map<String, Object>>> getLicenseAsMap() {
			return executeAsync(SystemCalls.GET_LICENSE_AS_MAP);
		}

		@Override
		default CompletableFuture<Void> requestTrialLicense(String requesterId, int users, boolean termsAccepted,
				boolean receiveEmailsAccepted) {
			return executeAsync(
					SystemCalls.requestTrialLicense(requesterId, users, termsAccepted, receiveEmailsAccepted));
		}

		@Override
		default CompletableFuture<byte[]> getCloudLimits() {
			return executeAsync(SystemCalls.GET_CLOUD_LIMITS);
		}

		@Override
		default CompletableFuture<Map<String, Object>> getCloudLimitsAsMap() {
			return executeAsync(SystemCalls.GET_CLOUD_LIMITS_AS_MAP);
		}

	}

}

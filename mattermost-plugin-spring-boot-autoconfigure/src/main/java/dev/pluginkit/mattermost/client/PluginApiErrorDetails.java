package dev.pluginkit.mattermost.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.grpc.Status;

/**
 * What the Mattermost server said about a failed Plugin API call, whichever way it said
 * it: as a gRPC status, or as an {@code AppError} embedded in the response.
 *
 * @param statusCode the gRPC status code; for an embedded {@code AppError}, the code the
 * server gives that HTTP status when it reports an error as a status (400 is
 * {@code INVALID_ARGUMENT}, 404 {@code NOT_FOUND}, 500 {@code INTERNAL}, ...)
 * @param errorId the {@code AppError} id, such as {@code app.user.missing_account.const};
 * taken from a status description of the form {@code "<id>: <message>"}; empty when the
 * server sent none
 * @param errorMessage the human-readable message, never {@code null}
 * @param detailedError the server-side detail, empty when absent
 * @param requestId the id of the server request that failed, empty when absent
 * @param httpStatus the HTTP status of the {@code AppError}; {@code 0} when the failure
 * came as a gRPC status, which does not carry it
 * @param where the server function that raised the error, empty when absent
 * @param params the parameters of the error's translation, in plain Java types
 */
public record PluginApiErrorDetails(Status.Code statusCode, String errorId, String errorMessage, String detailedError,
		String requestId, int httpStatus, String where, Map<String, Object> params) {

	/**
	 * Checks and normalises the components: strings are never {@code null} and the
	 * parameters are an unmodifiable copy.
	 * @param statusCode the gRPC status code
	 * @param errorId the error id
	 * @param errorMessage the message
	 * @param detailedError the detail
	 * @param requestId the request id
	 * @param httpStatus the HTTP status or 0
	 * @param where the raising function
	 * @param params the parameters
	 */
	public PluginApiErrorDetails {
		Objects.requireNonNull(statusCode, "statusCode");
		errorId = Objects.requireNonNullElse(errorId, "");
		errorMessage = Objects.requireNonNullElse(errorMessage, "");
		detailedError = Objects.requireNonNullElse(detailedError, "");
		requestId = Objects.requireNonNullElse(requestId, "");
		where = Objects.requireNonNullElse(where, "");
		params = (params != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(params)) : Map.of();
	}

	/**
	 * Creates details with only a status code, an error id and a message, for example to
	 * make a mocked client throw.
	 * @param statusCode the gRPC status code
	 * @param errorId the error id, may be empty
	 * @param errorMessage the message
	 * @return the details
	 */
	public static PluginApiErrorDetails of(Status.Code statusCode, String errorId, String errorMessage) {
		return new PluginApiErrorDetails(statusCode, errorId, errorMessage, "", "", 0, "", Map.of());
	}

}

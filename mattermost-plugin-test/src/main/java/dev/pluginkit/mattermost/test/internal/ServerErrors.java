package dev.pluginkit.mattermost.test.internal;

import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * Failures shaped like the real server's, in both of its styles. Every failure carries the
 * server's {@code AppError} id and HTTP status, looked up in the Mattermost server's source.
 */
public final class ServerErrors {

	private ServerErrors() {
	}

	/**
	 * A failure as the server's gRPC layer reports it for user, team, channel and most other
	 * handlers: a status derived from the HTTP status, described as {@code "<id>: <message>"}.
	 * @param httpStatus the {@code AppError}'s HTTP status
	 * @param id the {@code AppError} id
	 * @param message the message
	 * @return the exception to pass to {@code onError}
	 */
	public static StatusRuntimeException status(int httpStatus, String id, String message) {
		return statusFor(httpStatus).withDescription(id + ": " + message).asRuntimeException();
	}

	/**
	 * A failure as the server's KV store, post and file handlers report it: an
	 * {@code AppError} in field 1 of an otherwise empty response.
	 * @param httpStatus the HTTP status
	 * @param id the error id
	 * @param message the message
	 * @param where the server function that raised it
	 * @return the error to set on the response
	 */
	public static AppError appError(int httpStatus, String id, String message, String where) {
		return AppError.newBuilder()
			.setId(id)
			.setMessage(message)
			.setStatusCode(httpStatus)
			.setWhere(where)
			.build();
	}

	/**
	 * The server's translation of an HTTP status into a gRPC status.
	 * @param httpStatus the HTTP status
	 * @return the gRPC status
	 */
	public static Status statusFor(int httpStatus) {
		return switch (httpStatus) {
			case 400 -> Status.INVALID_ARGUMENT;
			case 401 -> Status.UNAUTHENTICATED;
			case 403 -> Status.PERMISSION_DENIED;
			case 404 -> Status.NOT_FOUND;
			case 409 -> Status.ALREADY_EXISTS;
			case 413, 429 -> Status.RESOURCE_EXHAUSTED;
			case 501 -> Status.UNIMPLEMENTED;
			case 503 -> Status.UNAVAILABLE;
			default -> Status.INTERNAL;
		};
	}

}

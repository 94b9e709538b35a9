package dev.pluginkit.mattermost.client.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.client.PluginApiAlreadyExistsException;
import dev.pluginkit.mattermost.client.PluginApiDeadlineExceededException;
import dev.pluginkit.mattermost.client.PluginApiErrorDetails;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiPermissionDeniedException;
import dev.pluginkit.mattermost.client.PluginApiUnavailableException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import io.grpc.Status;

/**
 * The one place where the server's two ways of reporting a failure become SDK exceptions.
 */
public final class PluginApiErrors {

	/**
	 * The server writes a status description as {@code "<id>: <message>"}; ids are dotted
	 * lower-case words such as {@code app.user.get.app_error}.
	 */
	private static final Pattern ID_AND_MESSAGE = Pattern.compile("([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_-]+)+): (.*)",
			Pattern.DOTALL);

	private PluginApiErrors() {
	}

	/**
	 * Converts a failed gRPC status. A status that already carries an SDK exception as
	 * its cause (put there by {@code PluginApiExceptionInterceptor}) yields that
	 * exception.
	 * @param status a status other than OK
	 * @return the exception to throw
	 */
	public static PluginApiException fromStatus(Status status) {
		if (status.getCause() instanceof PluginApiException converted) {
			return converted;
		}
		if (status.getCode() == Status.Code.CANCELLED && status.getCause() != null) {
			// grpc-java cancels a call that fails locally (a request over the size limit,
			// say)
			// and keeps the real reason as the cause: report that reason.
			Status reason = Status.fromThrowable(status.getCause());
			if (reason.getCode() != Status.Code.UNKNOWN) {
				return fromStatus(reason);
			}
		}
		String description = (status.getDescription() != null) ? status.getDescription() : "";
		String errorId = "";
		String errorMessage = description;
		Matcher matcher = ID_AND_MESSAGE.matcher(description);
		if (matcher.matches()) {
			errorId = matcher.group(1);
			errorMessage = matcher.group(2);
		}
		if (errorMessage.isEmpty()) {
			errorMessage = "the server gave no description";
		}
		PluginApiErrorDetails details = PluginApiErrorDetails.of(status.getCode(), errorId, errorMessage);
		return forStatusCode(details, status.getCause());
	}

	/**
	 * Returns the exception for an {@code AppError} embedded in a response, or
	 * {@code null} when it means success (absent, or with an empty id).
	 * @param appError the response's field 1
	 * @return the exception to throw, or {@code null}
	 */
	public static PluginApiException fromAppError(AppError appError) {
		if (appError.getId().isEmpty()) {
			return null;
		}
		int httpStatus = appError.getStatusCode();
		PluginApiErrorDetails details = new PluginApiErrorDetails(statusCodeForHttpStatus(httpStatus), appError.getId(),
				appError.getMessage(), appError.getDetailedError(), appError.getRequestId(), httpStatus,
				appError.getWhere(), ProtoValues.toJava(appError.getParams()));
		return switch (httpStatus) {
			case 404 -> new PluginApiNotFoundException(details, null);
			case 401, 403 -> new PluginApiPermissionDeniedException(details, null);
			case 400 -> new PluginApiValidationException(details, null);
			case 409 -> new PluginApiAlreadyExistsException(details, null);
			case 429, 503 -> new PluginApiUnavailableException(details, null);
			default -> new PluginApiException(details, null);
		};
	}

	private static PluginApiException forStatusCode(PluginApiErrorDetails details, Throwable cause) {
		return switch (details.statusCode()) {
			case NOT_FOUND -> new PluginApiNotFoundException(details, cause);
			case PERMISSION_DENIED, UNAUTHENTICATED -> new PluginApiPermissionDeniedException(details, cause);
			case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE ->
				new PluginApiValidationException(details, cause);
			case ALREADY_EXISTS -> new PluginApiAlreadyExistsException(details, cause);
			case DEADLINE_EXCEEDED -> new PluginApiDeadlineExceededException(details, cause);
			case UNAVAILABLE, RESOURCE_EXHAUSTED -> new PluginApiUnavailableException(details, cause);
			default -> new PluginApiException(details, cause);
		};
	}

	/** The server's own translation of an AppError's HTTP status into a gRPC code. */
	private static Status.Code statusCodeForHttpStatus(int httpStatus) {
		return switch (httpStatus) {
			case 400 -> Status.Code.INVALID_ARGUMENT;
			case 401 -> Status.Code.UNAUTHENTICATED;
			case 403 -> Status.Code.PERMISSION_DENIED;
			case 404 -> Status.Code.NOT_FOUND;
			case 409 -> Status.Code.ALREADY_EXISTS;
			case 413, 429 -> Status.Code.RESOURCE_EXHAUSTED;
			case 501 -> Status.Code.UNIMPLEMENTED;
			case 503 -> Status.Code.UNAVAILABLE;
			default -> Status.Code.INTERNAL;
		};
	}

}

package dev.pluginkit.mattermost.client;

import java.util.Map;

import io.grpc.Status;

/**
 * Thrown when a call to the Mattermost Plugin API fails, whether the server answered with
 * a failed gRPC status, embedded an {@code AppError} in its response, or could not be
 * reached at all.
 *
 * <p>
 * The subclasses name the failures a plugin most often handles; everything else is this
 * class itself. Branch on {@link #getErrorId()} for a particular server error: it is
 * filled in whichever of the two ways the server reported it.
 *
 * @see PluginApiNotFoundException
 * @see PluginApiPermissionDeniedException
 * @see PluginApiValidationException
 * @see PluginApiAlreadyExistsException
 * @see PluginApiUnavailableException
 */
public class PluginApiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient PluginApiErrorDetails details;

	/**
	 * Creates an exception from what the server said.
	 * @param details the error details
	 * @param cause the underlying cause, such as a connection failure, or {@code null}
	 */
	public PluginApiException(PluginApiErrorDetails details, Throwable cause) {
		super(describe(details), cause);
		this.details = details;
	}

	/**
	 * Returns everything the server said about the failure.
	 * @return the error details
	 */
	public PluginApiErrorDetails getDetails() {
		return this.details;
	}

	/**
	 * Returns the gRPC status code of the failure.
	 * @return the status code
	 * @see PluginApiErrorDetails#statusCode()
	 */
	public Status.Code getStatusCode() {
		return this.details.statusCode();
	}

	/**
	 * Returns the server's error id, such as {@code app.user.missing_account.const}.
	 * @return the error id, empty when the server sent none
	 */
	public String getErrorId() {
		return this.details.errorId();
	}

	/**
	 * Returns the server's message, without the id and status code that
	 * {@link #getMessage()} adds.
	 * @return the message
	 */
	public String getErrorMessage() {
		return this.details.errorMessage();
	}

	/**
	 * Returns the server-side detail of the error.
	 * @return the detail, empty when absent
	 */
	public String getDetailedError() {
		return this.details.detailedError();
	}

	/**
	 * Returns the id of the server request that failed.
	 * @return the request id, empty when absent
	 */
	public String getRequestId() {
		return this.details.requestId();
	}

	/**
	 * Returns the HTTP status of the server's {@code AppError}.
	 * @return the HTTP status, or {@code 0} when the failure came as a gRPC status
	 */
	public int getHttpStatus() {
		return this.details.httpStatus();
	}

	/**
	 * Returns the server function that raised the error.
	 * @return the function name, empty when absent
	 */
	public String getWhere() {
		return this.details.where();
	}

	/**
	 * Returns the parameters of the error's translation.
	 * @return an unmodifiable map, empty when absent
	 */
	public Map<String, Object> getParams() {
		return this.details.params();
	}

	private static String describe(PluginApiErrorDetails details) {
		StringBuilder message = new StringBuilder("Mattermost Plugin API call failed with ")
			.append(details.statusCode());
		if (details.httpStatus() != 0) {
			message.append(" (HTTP ").append(details.httpStatus()).append(')');
		}
		message.append(": ");
		if (!details.errorId().isEmpty()) {
			message.append(details.errorId()).append(": ");
		}
		message.append(details.errorMessage());
		if (!details.detailedError().isEmpty()) {
			message.append(" [").append(details.detailedError()).append(']');
		}
		return message.toString();
	}

}

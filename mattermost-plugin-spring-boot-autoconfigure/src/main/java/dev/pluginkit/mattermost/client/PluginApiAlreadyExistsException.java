package dev.pluginkit.mattermost.client;

/**
 * Thrown when a call would create something that already exists: gRPC status
 * {@code ALREADY_EXISTS}, or an {@code AppError} with HTTP status 409.
 */
public class PluginApiAlreadyExistsException extends PluginApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception from what the server said.
	 * @param details the error details
	 * @param cause the underlying cause, or {@code null}
	 */
	public PluginApiAlreadyExistsException(PluginApiErrorDetails details, Throwable cause) {
		super(details, cause);
	}

}

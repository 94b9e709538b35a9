package dev.pluginkit.mattermost.client;

/**
 * Thrown when the server rejects a call's input: gRPC status {@code INVALID_ARGUMENT},
 * {@code FAILED_PRECONDITION} or {@code OUT_OF_RANGE}, or an {@code AppError} with HTTP
 * status 400. The server also answers {@code INVALID_ARGUMENT} for a missing required
 * field or malformed JSON.
 */
public class PluginApiValidationException extends PluginApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception from what the server said.
	 * @param details the error details
	 * @param cause the underlying cause, or {@code null}
	 */
	public PluginApiValidationException(PluginApiErrorDetails details, Throwable cause) {
		super(details, cause);
	}

}

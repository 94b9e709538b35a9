package dev.pluginkit.mattermost.client;

/**
 * Thrown when the server cannot serve a call now and a later try may succeed: gRPC status
 * {@code UNAVAILABLE}, {@code RESOURCE_EXHAUSTED} or {@code DEADLINE_EXCEEDED}, or an
 * {@code AppError} with HTTP status 429 or 503. This is also what a call gets when the
 * connection is down or the client has been shut down.
 */
public class PluginApiUnavailableException extends PluginApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception from what the server said.
	 * @param details the error details
	 * @param cause the underlying cause, or {@code null}
	 */
	public PluginApiUnavailableException(PluginApiErrorDetails details, Throwable cause) {
		super(details, cause);
	}

}

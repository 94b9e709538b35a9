package dev.pluginkit.mattermost.client;

/**
 * Thrown when what a call names does not exist: gRPC status {@code NOT_FOUND}, or an
 * {@code AppError} with HTTP status 404.
 */
public class PluginApiNotFoundException extends PluginApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception from what the server said.
	 * @param details the error details
	 * @param cause the underlying cause, or {@code null}
	 */
	public PluginApiNotFoundException(PluginApiErrorDetails details, Throwable cause) {
		super(details, cause);
	}

}

package dev.pluginkit.mattermost.client;

/**
 * Thrown when the server refuses a call for lack of rights: gRPC status
 * {@code PERMISSION_DENIED} or {@code UNAUTHENTICATED}, or an {@code AppError} with HTTP
 * status 401 or 403.
 */
public class PluginApiPermissionDeniedException extends PluginApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception from what the server said.
	 * @param details the error details
	 * @param cause the underlying cause, or {@code null}
	 */
	public PluginApiPermissionDeniedException(PluginApiErrorDetails details, Throwable cause) {
		super(details, cause);
	}

}

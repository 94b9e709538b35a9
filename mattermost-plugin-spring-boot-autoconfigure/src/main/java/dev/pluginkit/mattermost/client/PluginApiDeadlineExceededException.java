package dev.pluginkit.mattermost.client;

/**
 * Thrown when a call did not finish within its deadline (gRPC status
 * {@code DEADLINE_EXCEEDED}). A refinement of {@link PluginApiUnavailableException}, so
 * code that handles that one handles this one too. The call may still have taken effect
 * on the server.
 */
public class PluginApiDeadlineExceededException extends PluginApiUnavailableException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception from what the server said.
	 * @param details the error details
	 * @param cause the underlying cause, or {@code null}
	 */
	public PluginApiDeadlineExceededException(PluginApiErrorDetails details, Throwable cause) {
		super(details, cause);
	}

}

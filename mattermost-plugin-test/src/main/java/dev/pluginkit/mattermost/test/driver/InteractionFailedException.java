package dev.pluginkit.mattermost.test.driver;

/**
 * What the server's REST API answers instead of a result when it refuses or fails an
 * interaction (a slash command, a message action, a dialog submission): its
 * {@code AppError}'s id and HTTP status, which the client shows to the user.
 */
public final class InteractionFailedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	private final String errorId;

	/**
	 * Creates the failure.
	 * @param statusCode the HTTP status the API answers
	 * @param errorId the {@code AppError} id
	 * @param message what went wrong
	 */
	public InteractionFailedException(int statusCode, String errorId, String message) {
		super(errorId + " (" + statusCode + "): " + message);
		this.statusCode = statusCode;
		this.errorId = errorId;
	}

	/**
	 * Returns the HTTP status the server's API answers.
	 * @return the status
	 */
	public int statusCode() {
		return this.statusCode;
	}

	/**
	 * Returns the server's error id, such as
	 * {@code api.command.execute_command.not_found.app_error}.
	 * @return the error id
	 */
	public String errorId() {
		return this.errorId;
	}

}

package dev.pluginkit.mattermost.commands;

/**
 * The text of a slash command does not fit the command: the caller sees the message and the
 * command's usage, as an ephemeral answer. Thrown by the argument binding, and by handlers
 * that find the input wrong.
 */
public class CommandUsageException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what was wrong, shown to the caller
	 */
	public CommandUsageException(String message) {
		super(message);
	}

}

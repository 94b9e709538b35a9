package dev.pluginkit.mattermost.test.driver;

/**
 * The plugin did not start the way the Mattermost server requires: the process could not
 * run, printed no handshake line in time, printed something else first, did not report
 * healthy, or failed {@code Implemented} or {@code OnActivate}. The message says which, and
 * quotes what the plugin printed. The process is gone when this is thrown.
 */
public class PluginStartException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception.
	 * @param message what went wrong, with the plugin's output
	 * @param cause the underlying failure, or {@code null}
	 */
	public PluginStartException(String message, Throwable cause) {
		super(message, cause);
	}

}

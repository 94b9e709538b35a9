package dev.pluginkit.mattermost.autoconfigure;

/**
 * Thrown at startup when nothing says where the Mattermost server's Plugin API listens.
 * {@link MissingPluginApiTargetFailureAnalyzer} turns it into a report that says how to
 * set it.
 */
public class MissingPluginApiTargetException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 */
	public MissingPluginApiTargetException() {
		super("No Mattermost Plugin API target: set mattermost.plugin.api.target or the "
				+ "MATTERMOST_PLUGIN_API_TARGET environment variable");
	}

}

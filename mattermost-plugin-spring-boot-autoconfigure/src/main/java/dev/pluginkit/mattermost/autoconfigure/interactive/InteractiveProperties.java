package dev.pluginkit.mattermost.autoconfigure.interactive;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

/**
 * Where the plugin serves its message buttons, menus and interactive dialogs.
 */
@ConfigurationProperties("mattermost.plugin.interactive")
public class InteractiveProperties {

	private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

	/**
	 * The path, within the plugin's URL, under which actions are served at
	 * '{path}/actions/{name}' and dialog submissions at '{path}/dialogs/{callback id}'.
	 * Change it only when it clashes with one of the plugin's own endpoints: posts made
	 * before the change keep pointing at the old path.
	 */
	private String path = "/interactive";

	/**
	 * The plugin's id, as in plugin.json, which the URLs of buttons, menus and dialogs start
	 * with. Unset, the plugin asks the server once (GetPluginID, server 10.1 and later).
	 */
	@Nullable
	private String pluginId;

	/**
	 * The path.
	 * @return the path, starting with a slash
	 */
	public String getPath() {
		return this.path;
	}

	/**
	 * Sets the path.
	 * @param path segments of letters, digits, '.', '_', '~' and '-', each after a slash
	 */
	public void setPath(String path) {
		if (path == null || !PATH.matcher(path).matches()) {
			throw new IllegalArgumentException("mattermost.plugin.interactive.path must be one or more segments of "
					+ "letters, digits, '.', '_', '~' and '-', each after a '/', with no '/' at the end, not '" + path
					+ "'");
		}
		this.path = path;
	}

	/**
	 * The plugin's id.
	 * @return the id, or {@code null} to ask the server
	 */
	@Nullable
	public String getPluginId() {
		return this.pluginId;
	}

	/**
	 * Sets the plugin's id.
	 * @param pluginId the id in plugin.json
	 */
	public void setPluginId(@Nullable String pluginId) {
		this.pluginId = pluginId;
	}

}

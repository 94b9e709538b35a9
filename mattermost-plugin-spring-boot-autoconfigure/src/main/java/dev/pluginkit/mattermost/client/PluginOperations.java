package dev.pluginkit.mattermost.client;

import java.util.List;

import dev.pluginkit.mattermost.pluginapi.v1.Manifest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginStatus;

/**
 * The plugins installed on the server: this plugin's identity, and installing, enabling,
 * disabling and removing plugins.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncPluginOperations
 */
public interface PluginOperations {

	/**
	 * Returns the id of the calling plugin, as declared in its manifest.
	 *
	 * <p>
	 * Minimum server version: 10.1.
	 * @return the id of this plugin
	 * @throws PluginApiException when the call fails for any other reason
	 */
	String getPluginId();

	/**
	 * Returns the absolute path on the server's disk where this plugin's bundle was
	 * unpacked, for reading files shipped with the plugin.
	 *
	 * <p>
	 * The path is on the Mattermost server's file system, which may not be visible to a
	 * plugin process running elsewhere.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @return the absolute path of the unpacked bundle
	 * @throws PluginApiException when the call fails for any other reason
	 */
	String getBundlePath();

	/**
	 * Returns the manifests of the plugins installed on the server, both active and
	 * inactive.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @return the manifests of the installed plugins
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Manifest> getPlugins();

	/**
	 * Returns the run state of an installed plugin on this server node.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param id the id of the plugin
	 * @return the status of the plugin
	 * @throws PluginApiNotFoundException when no plugin with that id is installed
	 * @throws PluginApiException when the call fails for any other reason
	 */
	PluginStatus getPluginStatus(String id);

	/**
	 * Marks an installed plugin as enabled in the server configuration, which makes the
	 * server start it.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param id the id of the plugin to enable
	 * @throws PluginApiNotFoundException when no plugin with that id is installed
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void enablePlugin(String id);

	/**
	 * Marks an installed plugin as disabled in the server configuration, which makes the
	 * server stop it. The plugin stays installed.
	 *
	 * <p>
	 * A plugin that disables itself is stopped, and with it the process that made the
	 * call.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param id the id of the plugin to disable
	 * @throws PluginApiNotFoundException when no plugin with that id is installed
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void disablePlugin(String id);

	/**
	 * Installs a plugin from a bundle ({@code .tar.gz}) sent as bytes and returns its
	 * manifest. The plugin is installed but not enabled.
	 *
	 * <p>
	 * The server accepts at most 4 MiB per request, so the data must stay below that. The
	 * call fails when plugins or plugin uploads are disabled in the server configuration
	 * ({@code
	 * PluginSettings.Enable}, {@code PluginSettings.EnableUploads}).
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 * @param fileData the plugin bundle as {@code .tar.gz} bytes
	 * @param replace whether to overwrite an installed plugin with the same id
	 * @return the manifest of the installed plugin
	 * @throws PluginApiValidationException when the bundle is not a valid plugin, or a
	 * plugin with the same id is installed and {@code replace} is {@code false}
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Manifest installPlugin(byte[] fileData, boolean replace);

	/**
	 * Stops an installed plugin and deletes it from the server.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param id the id of the plugin to remove
	 * @throws PluginApiNotFoundException when no plugin with that id is installed
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void removePlugin(String id);

}

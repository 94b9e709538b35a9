package dev.pluginkit.mattermost.client;

import java.util.Map;

/**
 * The server configuration and this plugin's own settings.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncConfigurationOperations
 */
public interface ConfigurationOperations {

	/**
	 * Returns the server configuration as it is currently stored, encoded as a JSON
	 * object in bytes. Secrets such as passwords and keys are masked.
	 *
	 * <p>
	 * Use {@link #getUnsanitizedConfig} when the plugin needs the real secret values.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @return the sanitized server configuration as JSON bytes
	 * @throws PluginApiException when the call fails for any other reason
	 */
	byte[] getConfig();

	/**
	 * Returns the server configuration as it is currently stored, encoded as a JSON
	 * object in bytes, parsed.
	 *
	 * <p>
	 * The JSON object becomes a map of maps, lists, strings, booleans, {@code Double}
	 * numbers and {@code null}s, in the order of the JSON text.
	 * @return the sanitized server configuration as a map
	 * @throws PluginApiException when the call fails, or the server answers with text
	 * that is not a JSON object
	 */
	Map<String, Object> getConfigAsMap();

	/**
	 * Returns the server configuration as it is currently stored, encoded as a JSON
	 * object in bytes, with all secrets left in place.
	 *
	 * <p>
	 * The result contains passwords and keys; do not log it or send it to clients.
	 *
	 * <p>
	 * Minimum server version: 5.16.
	 * @return the complete server configuration as JSON bytes
	 * @throws PluginApiException when the call fails for any other reason
	 */
	byte[] getUnsanitizedConfig();

	/**
	 * Returns the server configuration as it is currently stored, encoded as a JSON
	 * object in bytes, with all secrets left in place, parsed.
	 *
	 * <p>
	 * The JSON object becomes a map of maps, lists, strings, booleans, {@code Double}
	 * numbers and {@code null}s, in the order of the JSON text.
	 * @return the complete server configuration as a map
	 * @throws PluginApiException when the call fails, or the server answers with text
	 * that is not a JSON object
	 */
	Map<String, Object> getUnsanitizedConfigAsMap();

	/**
	 * Replaces the whole server configuration with the given JSON object and persists it;
	 * the change is applied to the running server and announced to the cluster. Send a
	 * complete configuration, not a fragment.
	 *
	 * <p>
	 * Saving the configuration also fires the {@code OnConfigurationChange} hook of every
	 * active plugin.
	 *
	 * <p>
	 * The server fills a setting left out, or {@code null}, with its default, and keeps the
	 * value of a secret sent back as the 32 asterisks that {@link #getConfig()} shows.
	 * Before saving it checks the whole configuration ({@code model.Config.IsValid}); a
	 * refused setting fails with the {@code AppError} {@code app.save_config.app_error}
	 * (HTTP 500, so a plain {@link PluginApiException}) whose message does not name the
	 * setting; the server's log does.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param configJson the complete new server configuration as JSON bytes
	 * @throws PluginApiValidationException when the bytes are no JSON object of the
	 * configuration's shape (a value of the wrong type, say)
	 * @throws PluginApiException when the server refuses a setting, or the call fails for
	 * any other reason
	 */
	void saveConfig(byte[] configJson);

	/**
	 * Replaces the whole server configuration with the given JSON object and persists it;
	 * the change is applied to the running server and announced to the cluster. Send a
	 * complete configuration, not a fragment.
	 *
	 * <p>
	 * Saving the configuration also fires the {@code OnConfigurationChange} hook of every
	 * active plugin.
	 *
	 * <p>
	 * The map is written as a JSON object: maps, lists, strings, booleans, numbers and
	 * {@code null}s keep their shape.
	 *
	 * <p>
	 * The server fills a setting left out, or {@code null}, with its default, and keeps the
	 * value of a secret sent back as the 32 asterisks that {@link #getConfig()} shows.
	 * Before saving it checks the whole configuration ({@code model.Config.IsValid}); a
	 * refused setting fails with the {@code AppError} {@code app.save_config.app_error}
	 * (HTTP 500, so a plain {@link PluginApiException}) whose message does not name the
	 * setting; the server's log does.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param configJson the complete new server configuration, as a map
	 * @throws PluginApiValidationException when the bytes are no JSON object of the
	 * configuration's shape (a value of the wrong type, say)
	 * @throws PluginApiException when the server refuses a setting, or the call fails for
	 * any other reason
	 */
	void saveConfig(Map<String, Object> configJson);

	/**
	 * Returns this plugin's own settings as stored in the {@code PluginSettings.Plugins}
	 * section of the server configuration. Defaults declared in the plugin manifest are
	 * not filled in, and the result is empty when nothing has been stored yet.
	 *
	 * <p>
	 * The settings are read from the sanitized configuration, so secret settings come
	 * back masked.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @return this plugin's stored settings
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Map<String, Object> getPluginConfig();

	/**
	 * Replaces this plugin's settings in the server configuration and persists the whole
	 * configuration.
	 *
	 * <p>
	 * The previous settings of the plugin are replaced, not merged. Saving fires the
	 *
	 * {@code OnConfigurationChange} hook of every active plugin, including this one.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param config the complete new settings of this plugin
	 * @throws PluginApiValidationException when the resulting server configuration is not
	 * valid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void savePluginConfig(Map<String, Object> config);

	/**
	 * Returns this plugin's effective settings as a JSON object in bytes: the defaults
	 * from the plugin manifest's settings schema, overridden by the values stored in the
	 * server configuration. Every key of the object is lower-cased.
	 *
	 * <p>
	 * Because the keys are lower-cased, bind the JSON case-insensitively (Go's decoder
	 * does so; Jackson needs {@code ACCEPT_CASE_INSENSITIVE_PROPERTIES}).
	 *
	 * <p>
	 * The values are read unsanitized: settings marked secret come back in clear, unlike
	 * {@link #getPluginConfig()}, which masks them.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @return this plugin's effective settings as JSON bytes
	 * @throws PluginApiException when the call fails for any other reason
	 */
	byte[] loadPluginConfiguration();

	/**
	 * Returns this plugin's effective settings as a JSON object in bytes: the defaults
	 * from the plugin manifest's settings schema, overridden by the values stored in the
	 * server configuration, parsed.
	 *
	 * <p>
	 * The JSON object becomes a map of maps, lists, strings, booleans, {@code Double}
	 * numbers and {@code null}s, in the order of the JSON text.
	 *
	 * <p>
	 * The values are read unsanitized, as in {@link #loadPluginConfiguration()}.
	 * @return this plugin's effective settings as a map
	 * @throws PluginApiException when the call fails, or the server answers with text
	 * that is not a JSON object
	 */
	Map<String, Object> loadPluginConfigurationAsMap();

}

package dev.pluginkit.mattermost.settings;

import java.util.List;

/**
 * The plugin's settings cannot be bound to their class: a value does not convert to its
 * property's type, or fails validation. Thrown from {@code OnConfigurationChange} (and so
 * from the activation), whose answer carries the message to the administrator; the
 * message names each setting at fault, and its value unless the setting is secret.
 */
public class InvalidPluginSettingsException extends RuntimeException {

	private final Class<?> settingsType;

	private final List<String> settingKeys;

	/**
	 * Creates the exception.
	 * @param settingsType the settings class
	 * @param settingKeys the keys of the settings at fault, as in {@code plugin.json}
	 * @param message the message, naming them
	 * @param cause the binder's exception
	 */
	public InvalidPluginSettingsException(Class<?> settingsType, List<String> settingKeys, String message,
			Throwable cause) {
		super(message, cause);
		this.settingsType = settingsType;
		this.settingKeys = List.copyOf(settingKeys);
	}

	/**
	 * The settings class that could not be bound.
	 * @return the class
	 */
	public Class<?> getSettingsType() {
		return this.settingsType;
	}

	/**
	 * The keys of the settings at fault.
	 * @return the keys, as in {@code plugin.json}; empty when the failure concerns the whole
	 * object
	 */
	public List<String> getSettingKeys() {
		return this.settingKeys;
	}

}

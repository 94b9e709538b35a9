package dev.pluginkit.mattermost.settings;

import java.util.function.Supplier;

/**
 * The current value of a {@link PluginSettings @PluginSettings} class. Inject it as
 * {@code PluginSettingsHolder<MySettings>} and call {@link #get()} where the value is
 * needed: each call answers the settings as last loaded, so a reference kept in a field
 * never goes stale. Each value is a new, complete object; a reload replaces it at once,
 * never field by field.
 *
 * @param <T> the settings class
 */
public interface PluginSettingsHolder<T> extends Supplier<T> {

	/**
	 * The current settings. The first call loads them from the server, if no
	 * {@code OnConfigurationChange} did already.
	 * @return the settings, never {@code null}
	 * @throws InvalidPluginSettingsException when the settings loaded on a first call are
	 * invalid
	 */
	@Override
	T get();

	/**
	 * The settings class.
	 * @return the class this holder holds a value of
	 */
	Class<T> type();

}

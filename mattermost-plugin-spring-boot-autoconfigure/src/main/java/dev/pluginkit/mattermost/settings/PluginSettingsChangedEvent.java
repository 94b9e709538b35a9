package dev.pluginkit.mattermost.settings;

import java.util.Optional;

import org.springframework.context.ApplicationEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

/**
 * Published when {@code OnConfigurationChange} (also run at activation) has loaded new
 * settings, after they became current and before the hook's other handlers run. Listen for
 * one class with {@code @EventListener void changed(PluginSettingsChangedEvent<MySettings>
 * event)}.
 *
 * @param <T> the settings class
 */
public class PluginSettingsChangedEvent<T> extends ApplicationEvent implements ResolvableTypeProvider {

	private final Class<T> type;

	private final transient T oldSettings;

	private final transient T newSettings;

	/**
	 * Creates the event.
	 * @param source the holder of the settings
	 * @param type the settings class
	 * @param oldSettings the settings before, or {@code null} when none had been loaded
	 * @param newSettings the settings now current
	 */
	public PluginSettingsChangedEvent(PluginSettingsHolder<T> source, Class<T> type, T oldSettings, T newSettings) {
		super(source);
		this.type = type;
		this.oldSettings = oldSettings;
		this.newSettings = newSettings;
	}

	/**
	 * The settings before this load.
	 * @return them, or empty when none had been loaded (the first load, at activation)
	 */
	public Optional<T> getOldSettings() {
		return Optional.ofNullable(this.oldSettings);
	}

	/**
	 * The settings now current.
	 * @return the new settings
	 */
	public T getNewSettings() {
		return this.newSettings;
	}

	/**
	 * The settings class.
	 * @return the class
	 */
	public Class<T> getSettingsType() {
		return this.type;
	}

	@Override
	public ResolvableType getResolvableType() {
		return ResolvableType.forClassWithGenerics(getClass(), this.type);
	}

}

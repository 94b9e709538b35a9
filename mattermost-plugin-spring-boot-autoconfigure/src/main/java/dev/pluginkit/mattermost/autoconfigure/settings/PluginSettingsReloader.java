package dev.pluginkit.mattermost.autoconfigure.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.client.ConfigurationOperations;
import dev.pluginkit.mattermost.hooks.OnConfigurationChange;
import dev.pluginkit.mattermost.settings.PluginSettingsChangedEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reloads every settings class on {@code OnConfigurationChange}, which the runtime also runs
 * at activation before the {@code OnActivate} handlers. It runs first among the hook's
 * handlers, so theirs see the new values. The settings are loaded with one
 * {@code LoadPluginConfiguration} call and bound to every class before any becomes current:
 * when one is invalid, the hook fails with the message naming the setting, and every
 * class keeps its previous value. Then a {@link PluginSettingsChangedEvent} is published for
 * each class.
 */
public class PluginSettingsReloader implements ApplicationEventPublisherAware {

	private final ConfigurationOperations api;

	private final PluginSettingsBinder binder;

	private final List<DefaultPluginSettingsHolder<?>> holders;

	private ApplicationEventPublisher events;

	/**
	 * Creates the reloader.
	 * @param api where the settings are loaded from
	 * @param binder binds them
	 * @param holders the holders of the settings classes
	 */
	public PluginSettingsReloader(ConfigurationOperations api, PluginSettingsBinder binder,
			List<DefaultPluginSettingsHolder<?>> holders) {
		this.api = api;
		this.binder = binder;
		this.holders = List.copyOf(holders);
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Loads, binds and publishes the settings.
	 */
	@OnConfigurationChange
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void reload() {
		Map<String, Object> settings = this.api.loadPluginConfigurationAsMap();
		List<Object> values = new ArrayList<>(this.holders.size());
		for (DefaultPluginSettingsHolder<?> holder : this.holders) {
			values.add(this.binder.bind(holder.type(), settings));
		}
		for (int i = 0; i < this.holders.size(); i++) {
			publish(this.holders.get(i), values.get(i));
		}
	}

	@SuppressWarnings("unchecked")
	private <T> void publish(DefaultPluginSettingsHolder<T> holder, Object value) {
		T newSettings = (T) value;
		T oldSettings = holder.replace(newSettings);
		this.events.publishEvent(new PluginSettingsChangedEvent<>(holder, holder.type(), oldSettings, newSettings));
	}

}

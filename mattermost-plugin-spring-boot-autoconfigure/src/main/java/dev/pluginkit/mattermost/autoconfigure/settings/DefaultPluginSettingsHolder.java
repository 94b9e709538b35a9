package dev.pluginkit.mattermost.autoconfigure.settings;

import java.util.function.Supplier;

import dev.pluginkit.mattermost.settings.PluginSettingsHolder;

import org.springframework.aop.TargetSource;
import org.springframework.aop.framework.ProxyFactory;

/**
 * Holds the current value of one settings class: loaded on the first {@link #get()} unless
 * {@code OnConfigurationChange} came first, and replaced whole by each reload.
 *
 * @param <T> the settings class
 */
public class DefaultPluginSettingsHolder<T> implements PluginSettingsHolder<T> {

	private final Class<T> type;

	private final Supplier<T> loader;

	private volatile T current;

	/**
	 * Creates a holder with nothing loaded yet.
	 * @param type the settings class
	 * @param loader loads and binds the settings from the server
	 */
	public DefaultPluginSettingsHolder(Class<T> type, Supplier<T> loader) {
		this.type = type;
		this.loader = loader;
	}

	@Override
	public T get() {
		T value = this.current;
		if (value != null) {
			return value;
		}
		synchronized (this) {
			if (this.current == null) {
				this.current = this.loader.get();
			}
			return this.current;
		}
	}

	@Override
	public Class<T> type() {
		return this.type;
	}

	/**
	 * Makes a newly loaded value current.
	 * @param value the new settings
	 * @return the settings before, or {@code null} when none had been loaded
	 */
	synchronized T replace(T value) {
		T old = this.current;
		this.current = value;
		return old;
	}

	/**
	 * A proxy of the settings class that hands every call to the current value, the way a
	 * {@code @RefreshScope} bean of Spring Cloud does; the class must not be final.
	 * @return the proxy
	 */
	@SuppressWarnings("unchecked")
	T proxy() {
		ProxyFactory factory = new ProxyFactory();
		factory.setProxyTargetClass(true);
		factory.setTargetSource(new TargetSource() {

			@Override
			public Class<?> getTargetClass() {
				return DefaultPluginSettingsHolder.this.type;
			}

			@Override
			public boolean isStatic() {
				return false;
			}

			@Override
			public Object getTarget() {
				return get();
			}

			@Override
			public void releaseTarget(Object target) {
			}

		});
		return (T) factory.getProxy(this.type.getClassLoader());
	}

	@Override
	public String toString() {
		return "PluginSettingsHolder<" + this.type.getName() + ">";
	}

}

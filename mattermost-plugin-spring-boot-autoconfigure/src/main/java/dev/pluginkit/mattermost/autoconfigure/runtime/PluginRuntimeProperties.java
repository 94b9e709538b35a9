package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of the plugin runtime, the gRPC server that the Mattermost server calls,
 * under {@code mattermost.plugin.runtime}. It validates itself when bound.
 */
@ConfigurationProperties("mattermost.plugin.runtime")
public class PluginRuntimeProperties implements Validator {

	/**
	 * Whether to run the plugin runtime. When unset, it runs exactly when the Mattermost
	 * server launched the process, that is when the MATTERMOST_PLUGIN environment variable
	 * holds go-plugin's magic cookie. Set it to true to run the runtime anyway (in tests, for
	 * example), or to false to never run it.
	 */
	private Boolean enabled;

	/**
	 * How long calls in flight may run on after shutdown starts before they are cancelled.
	 * The server kills a plugin that has not exited 2 seconds after asking it to shut down.
	 */
	private Duration shutdownGracePeriod = Duration.ofSeconds(1);

	/**
	 * The largest request message the plugin's server accepts. Hooks such as
	 * FileWillBeUploaded carry whole files in one message.
	 */
	private DataSize maxInboundMessageSize = DataSize.ofMegabytes(100);

	/**
	 * Returns whether the runtime is enabled.
	 * @return {@code true} or {@code false} when set, {@code null} to follow the magic cookie
	 */
	public Boolean getEnabled() {
		return this.enabled;
	}

	/**
	 * Sets whether the runtime is enabled.
	 * @param enabled {@code true}, {@code false}, or {@code null} to follow the magic cookie
	 */
	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Returns the shutdown grace period.
	 * @return the grace period
	 */
	public Duration getShutdownGracePeriod() {
		return this.shutdownGracePeriod;
	}

	/**
	 * Sets the shutdown grace period.
	 * @param shutdownGracePeriod the grace period
	 */
	public void setShutdownGracePeriod(Duration shutdownGracePeriod) {
		this.shutdownGracePeriod = shutdownGracePeriod;
	}

	/**
	 * Returns the largest request message accepted.
	 * @return the limit
	 */
	public DataSize getMaxInboundMessageSize() {
		return this.maxInboundMessageSize;
	}

	/**
	 * Sets the largest request message accepted.
	 * @param maxInboundMessageSize the limit
	 */
	public void setMaxInboundMessageSize(DataSize maxInboundMessageSize) {
		this.maxInboundMessageSize = maxInboundMessageSize;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PluginRuntimeProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PluginRuntimeProperties properties = (PluginRuntimeProperties) target;
		if (properties.getShutdownGracePeriod() == null || properties.getShutdownGracePeriod().isNegative()) {
			errors.rejectValue("shutdownGracePeriod", "negative", "must be zero or positive");
		}
		DataSize size = properties.getMaxInboundMessageSize();
		// gRPC counts message sizes in an int.
		if (size == null || size.toBytes() <= 0 || size.toBytes() > Integer.MAX_VALUE) {
			errors.rejectValue("maxInboundMessageSize", "outOfRange",
					"must be between 1B and " + Integer.MAX_VALUE + "B");
		}
	}

}

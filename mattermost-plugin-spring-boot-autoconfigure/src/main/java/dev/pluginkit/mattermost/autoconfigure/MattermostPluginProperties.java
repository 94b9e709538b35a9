package dev.pluginkit.mattermost.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of a Mattermost plugin, under {@code mattermost.plugin}. It validates
 * itself when bound, so that a bad value stops the application at startup with a report
 * that names the property, its value and where it was set.
 */
@ConfigurationProperties("mattermost.plugin")
public class MattermostPluginProperties implements Validator {

	private final Api api = new Api();

	/**
	 * Returns the settings of the connection to the server's Plugin API.
	 * @return the Plugin API settings
	 */
	public Api getApi() {
		return this.api;
	}

	@Override
	public boolean supports(Class<?> type) {
		return MattermostPluginProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		Api api = ((MattermostPluginProperties) target).getApi();
		if (api.getTarget() != null && !PluginApiTarget.isValid(api.getTarget())) {
			errors.rejectValue("api.target", "invalid", "must be " + PluginApiTarget.ACCEPTED_FORMS);
		}
		rejectUnlessPositive(errors, "api.deadline", api.getDeadline());
		rejectUnlessPositive(errors, "api.keepalive-time", api.getKeepaliveTime());
		rejectUnlessPositive(errors, "api.keepalive-timeout", api.getKeepaliveTimeout());
		rejectUnlessMessageSize(errors, "api.max-inbound-message-size", api.getMaxInboundMessageSize());
		rejectUnlessMessageSize(errors, "api.max-outbound-message-size", api.getMaxOutboundMessageSize());
		if (api.getShutdownGracePeriod() == null || api.getShutdownGracePeriod().isNegative()) {
			errors.rejectValue("api.shutdown-grace-period", "negative", "must be zero or positive");
		}
	}

	private static void rejectUnlessPositive(Errors errors, String field, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			errors.rejectValue(field, "notPositive", "must be positive");
		}
	}

	private static void rejectUnlessMessageSize(Errors errors, String field, DataSize value) {
		// gRPC counts message sizes in an int.
		if (value == null || value.toBytes() <= 0 || value.toBytes() > Integer.MAX_VALUE) {
			errors.rejectValue(field, "outOfRange", "must be between 1B and " + Integer.MAX_VALUE + "B");
		}
	}

	/**
	 * The connection to the Mattermost server's Plugin API, under
	 * {@code mattermost.plugin.api}.
	 */
	public static class Api {

		/**
		 * Where the server's Plugin API listens: host:port, [ipv6]:port, dns:///host:port,
		 * static://host:port or in-process:name. When no property source sets it, the
		 * MATTERMOST_PLUGIN_API_TARGET environment variable does; the server sets that
		 * variable to localhost:<port> when it launches the plugin.
		 */
		private String target;

		/**
		 * How long a call may take before it fails with a deadline error.
		 */
		private Duration deadline = Duration.ofSeconds(30);

		/**
		 * How long the connection may go without reading before a keepalive ping is sent,
		 * while calls are active. The server closes connections that ping more often than
		 * every 5 minutes.
		 */
		private Duration keepaliveTime = Duration.ofMinutes(5);

		/**
		 * How long to wait for a keepalive ping's answer before the connection counts as
		 * dead.
		 */
		private Duration keepaliveTimeout = Duration.ofSeconds(20);

		/**
		 * Whether to send keepalive pings while no call is active. The server closes
		 * connections that do so more often than every 2 hours, so leave this off unless the
		 * server allows it.
		 */
		private boolean keepaliveWithoutCalls = false;

		/**
		 * The largest response message accepted.
		 */
		private DataSize maxInboundMessageSize = DataSize.ofMegabytes(100);

		/**
		 * The largest request message sent. A stock server accepts at most 4 MiB per
		 * request, whatever this says.
		 */
		private DataSize maxOutboundMessageSize = DataSize.ofMegabytes(100);

		/**
		 * How long calls in flight may run on after shutdown starts before they are
		 * cancelled. The server kills a plugin 2 seconds after asking it to shut down.
		 */
		private Duration shutdownGracePeriod = Duration.ofSeconds(1);

		/**
		 * Returns the target of the Plugin API connection.
		 * @return the target, or {@code null} when not set
		 */
		public String getTarget() {
			return this.target;
		}

		/**
		 * Sets the target of the Plugin API connection.
		 * @param target the target
		 */
		public void setTarget(String target) {
			this.target = StringUtils.hasText(target) ? target.trim() : null;
		}

		/**
		 * Returns the per-call deadline.
		 * @return the deadline
		 */
		public Duration getDeadline() {
			return this.deadline;
		}

		/**
		 * Sets the per-call deadline.
		 * @param deadline the deadline
		 */
		public void setDeadline(Duration deadline) {
			this.deadline = deadline;
		}

		/**
		 * Returns the keepalive time.
		 * @return the keepalive time
		 */
		public Duration getKeepaliveTime() {
			return this.keepaliveTime;
		}

		/**
		 * Sets the keepalive time.
		 * @param keepaliveTime the keepalive time
		 */
		public void setKeepaliveTime(Duration keepaliveTime) {
			this.keepaliveTime = keepaliveTime;
		}

		/**
		 * Returns the keepalive timeout.
		 * @return the keepalive timeout
		 */
		public Duration getKeepaliveTimeout() {
			return this.keepaliveTimeout;
		}

		/**
		 * Sets the keepalive timeout.
		 * @param keepaliveTimeout the keepalive timeout
		 */
		public void setKeepaliveTimeout(Duration keepaliveTimeout) {
			this.keepaliveTimeout = keepaliveTimeout;
		}

		/**
		 * Returns whether keepalive pings are sent without active calls.
		 * @return whether pings are sent while idle
		 */
		public boolean isKeepaliveWithoutCalls() {
			return this.keepaliveWithoutCalls;
		}

		/**
		 * Sets whether keepalive pings are sent without active calls.
		 * @param keepaliveWithoutCalls whether to ping while idle
		 */
		public void setKeepaliveWithoutCalls(boolean keepaliveWithoutCalls) {
			this.keepaliveWithoutCalls = keepaliveWithoutCalls;
		}

		/**
		 * Returns the largest response message accepted.
		 * @return the limit
		 */
		public DataSize getMaxInboundMessageSize() {
			return this.maxInboundMessageSize;
		}

		/**
		 * Sets the largest response message accepted.
		 * @param maxInboundMessageSize the limit
		 */
		public void setMaxInboundMessageSize(DataSize maxInboundMessageSize) {
			this.maxInboundMessageSize = maxInboundMessageSize;
		}

		/**
		 * Returns the largest request message sent.
		 * @return the limit
		 */
		public DataSize getMaxOutboundMessageSize() {
			return this.maxOutboundMessageSize;
		}

		/**
		 * Sets the largest request message sent.
		 * @param maxOutboundMessageSize the limit
		 */
		public void setMaxOutboundMessageSize(DataSize maxOutboundMessageSize) {
			this.maxOutboundMessageSize = maxOutboundMessageSize;
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

	}

}

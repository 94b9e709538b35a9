package dev.pluginkit.mattermost.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-call settings shared by {@link PluginAPIClient} and {@link AsyncPluginAPIClient}.
 * Immutable: each {@code with...} method returns a copy.
 *
 * <pre>{@code
 * PluginApiClientOptions options = PluginApiClientOptions.defaults().withDeadline(Duration.ofSeconds(5));
 * }</pre>
 */
public final class PluginApiClientOptions {

	/**
	 * The default time a call may take: the same limit the server gives a plugin's hooks.
	 */
	public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

	/**
	 * The default limit for a message in either direction: 100 MB, as the reference SDK.
	 */
	public static final int DEFAULT_MAX_MESSAGE_SIZE = 100 * 1024 * 1024;

	private static final PluginApiClientOptions DEFAULTS = new PluginApiClientOptions(DEFAULT_DEADLINE,
			DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_MAX_MESSAGE_SIZE);

	private final Duration deadline;

	private final int maxInboundMessageSize;

	private final int maxOutboundMessageSize;

	private PluginApiClientOptions(Duration deadline, int maxInboundMessageSize, int maxOutboundMessageSize) {
		this.deadline = deadline;
		this.maxInboundMessageSize = maxInboundMessageSize;
		this.maxOutboundMessageSize = maxOutboundMessageSize;
	}

	/**
	 * Returns the defaults: a 30 s deadline and 100 MB message limits.
	 * @return the default options
	 */
	public static PluginApiClientOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns a copy with another deadline for each call.
	 * @param deadline how long a call may take before it fails with
	 * {@link PluginApiDeadlineExceededException}; must be positive
	 * @return the new options
	 */
	public PluginApiClientOptions withDeadline(Duration deadline) {
		Objects.requireNonNull(deadline, "deadline");
		if (deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("deadline must be positive, got " + deadline);
		}
		return new PluginApiClientOptions(deadline, this.maxInboundMessageSize, this.maxOutboundMessageSize);
	}

	/**
	 * Returns a copy with another limit for each response message.
	 * @param bytes the largest response accepted; must be positive
	 * @return the new options
	 */
	public PluginApiClientOptions withMaxInboundMessageSize(int bytes) {
		return new PluginApiClientOptions(this.deadline, positive("maxInboundMessageSize", bytes),
				this.maxOutboundMessageSize);
	}

	/**
	 * Returns a copy with another limit for each request message. A stock server accepts
	 * at most 4 MiB per request whatever this says.
	 * @param bytes the largest request sent; must be positive
	 * @return the new options
	 */
	public PluginApiClientOptions withMaxOutboundMessageSize(int bytes) {
		return new PluginApiClientOptions(this.deadline, this.maxInboundMessageSize,
				positive("maxOutboundMessageSize", bytes));
	}

	/**
	 * Returns how long a call may take.
	 * @return the deadline, measured from the start of each call
	 */
	public Duration getDeadline() {
		return this.deadline;
	}

	/**
	 * Returns the limit for a response message.
	 * @return the limit in bytes
	 */
	public int getMaxInboundMessageSize() {
		return this.maxInboundMessageSize;
	}

	/**
	 * Returns the limit for a request message.
	 * @return the limit in bytes
	 */
	public int getMaxOutboundMessageSize() {
		return this.maxOutboundMessageSize;
	}

	private static int positive(String name, int bytes) {
		if (bytes <= 0) {
			throw new IllegalArgumentException(name + " must be positive, got " + bytes);
		}
		return bytes;
	}

	@Override
	public String toString() {
		return "PluginApiClientOptions[deadline=" + this.deadline + ", maxInboundMessageSize="
				+ this.maxInboundMessageSize + ", maxOutboundMessageSize=" + this.maxOutboundMessageSize + "]";
	}

}

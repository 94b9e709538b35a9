package dev.pluginkit.mattermost.hooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How hook calls are run: the handler time limit and what a failed veto hook answers.
 * Immutable; start from {@link #defaults()}.
 */
public final class PluginHooksOptions {

	/** The time limit the server itself gives every unary hook call. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	/** The rejection reason of a veto hook whose handler failed, when failing closed. */
	public static final String DEFAULT_VETO_FAILURE_REASON = "This was not accepted because the plugin that checks it"
			+ " failed.";

	private static final PluginHooksOptions DEFAULTS = new PluginHooksOptions(DEFAULT_TIMEOUT,
			VetoFailurePolicy.FAIL_OPEN, DEFAULT_VETO_FAILURE_REASON);

	private final Duration timeout;

	private final VetoFailurePolicy vetoFailurePolicy;

	private final String vetoFailureReason;

	private PluginHooksOptions(Duration timeout, VetoFailurePolicy vetoFailurePolicy, String vetoFailureReason) {
		this.timeout = timeout;
		this.vetoFailurePolicy = vetoFailurePolicy;
		this.vetoFailureReason = vetoFailureReason;
	}

	/**
	 * A 30 s time limit, failing open.
	 * @return the default options
	 */
	public static PluginHooksOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * How long a hook call's handlers may run; past it the call answers
	 * {@code DEADLINE_EXCEEDED} and the handler's thread is interrupted. A call whose caller
	 * has a deadline gets that deadline less a tenth of the time left (at most 500 ms) when it
	 * comes first, so that the caller still hears the answer.
	 * @return the time limit
	 */
	public Duration timeout() {
		return this.timeout;
	}

	/**
	 * What a veto hook answers when its handler fails.
	 * @return the policy
	 */
	public VetoFailurePolicy vetoFailurePolicy() {
		return this.vetoFailurePolicy;
	}

	/**
	 * The rejection reason used when failing closed.
	 * @return the reason
	 */
	public String vetoFailureReason() {
		return this.vetoFailureReason;
	}

	/**
	 * These options with another time limit.
	 * @param timeout a positive duration
	 * @return the new options
	 */
	public PluginHooksOptions withTimeout(Duration timeout) {
		Objects.requireNonNull(timeout, "timeout");
		if (timeout.isZero() || timeout.isNegative()) {
			throw new IllegalArgumentException("The hook time limit must be positive, not " + timeout);
		}
		return new PluginHooksOptions(timeout, this.vetoFailurePolicy, this.vetoFailureReason);
	}

	/**
	 * These options with another veto failure policy.
	 * @param policy the policy
	 * @return the new options
	 */
	public PluginHooksOptions withVetoFailurePolicy(VetoFailurePolicy policy) {
		return new PluginHooksOptions(this.timeout, Objects.requireNonNull(policy, "policy"), this.vetoFailureReason);
	}

	/**
	 * These options with another rejection reason for failing closed.
	 * @param reason a non-empty reason
	 * @return the new options
	 */
	public PluginHooksOptions withVetoFailureReason(String reason) {
		if (reason == null || reason.isEmpty()) {
			throw new IllegalArgumentException(
					"The veto failure reason must not be empty: the server reads an empty reason as accepted");
		}
		return new PluginHooksOptions(this.timeout, this.vetoFailurePolicy, reason);
	}

}

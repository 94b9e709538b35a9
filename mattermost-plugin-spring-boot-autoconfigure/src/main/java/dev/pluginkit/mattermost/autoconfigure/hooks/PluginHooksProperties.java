package dev.pluginkit.mattermost.autoconfigure.hooks;

import java.time.Duration;

import dev.pluginkit.mattermost.hooks.PluginHooksOptions;
import dev.pluginkit.mattermost.hooks.VetoFailurePolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the plugin runs its hook handlers. The defaults are {@link PluginHooksOptions#defaults()},
 * written out so that the configuration metadata shows them.
 */
@ConfigurationProperties("mattermost.plugin.hooks")
public class PluginHooksProperties {

	/**
	 * How long the handlers of one hook call may run. Past it the call answers
	 * DEADLINE_EXCEEDED (or, for a veto hook failing closed, the rejection) and the handler's
	 * thread is interrupted; other calls go on. The server gives every hook call 30 s, counted
	 * from before the call arrives, so a call's limit is the caller's deadline less a tenth of
	 * the time left (at most 500 ms) when that comes first.
	 */
	private Duration timeout = Duration.ofSeconds(30);

	/**
	 * What a veto hook (MessageWillBePosted, MessageWillBeUpdated, FileWillBeUploaded,
	 * NotificationWillBePushed, EmailNotificationWillBeSent, UserWillLogIn) answers when its
	 * handler throws or runs out of time, or when the call cannot run (the executor refuses it,
	 * the plugin is shutting down): 'fail-open' fails the call and the server lets the
	 * input through, as it does for any failed hook; 'fail-closed' rejects the input with
	 * veto-failure-reason, for plugins that enforce policy.
	 */
	private VetoFailurePolicy vetoFailure = VetoFailurePolicy.FAIL_OPEN;

	/**
	 * The rejection reason a veto hook answers when it fails closed; users see it when their
	 * post or edit is rejected.
	 */
	private String vetoFailureReason = "This was not accepted because the plugin that checks it failed.";

	private final Executor executor = new Executor();

	/**
	 * The handler time limit.
	 * @return the time limit
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Sets the handler time limit.
	 * @param timeout the time limit
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * What a failed veto hook answers.
	 * @return the policy
	 */
	public VetoFailurePolicy getVetoFailure() {
		return this.vetoFailure;
	}

	/**
	 * Sets what a failed veto hook answers.
	 * @param vetoFailure the policy
	 */
	public void setVetoFailure(VetoFailurePolicy vetoFailure) {
		this.vetoFailure = vetoFailure;
	}

	/**
	 * The rejection reason when failing closed.
	 * @return the reason
	 */
	public String getVetoFailureReason() {
		return this.vetoFailureReason;
	}

	/**
	 * Sets the rejection reason when failing closed.
	 * @param vetoFailureReason the reason
	 */
	public void setVetoFailureReason(String vetoFailureReason) {
		this.vetoFailureReason = vetoFailureReason;
	}

	/**
	 * The executor settings.
	 * @return the executor settings
	 */
	public Executor getExecutor() {
		return this.executor;
	}

	/**
	 * The threads that run hook handlers.
	 */
	public static class Executor {

		/**
		 * How many hook handlers may run at once; further calls wait for a thread, their
		 * time limit already running.
		 */
		private int threads = 16;

		/**
		 * The number of handler threads.
		 * @return the number of threads
		 */
		public int getThreads() {
			return this.threads;
		}

		/**
		 * Sets the number of handler threads.
		 * @param threads the number of threads
		 */
		public void setThreads(int threads) {
			this.threads = threads;
		}

	}

}

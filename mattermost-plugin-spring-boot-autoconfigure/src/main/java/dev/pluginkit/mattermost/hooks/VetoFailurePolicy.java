package dev.pluginkit.mattermost.hooks;

/**
 * What a veto hook (MessageWillBePosted, MessageWillBeUpdated, FileWillBeUploaded,
 * NotificationWillBePushed, EmailNotificationWillBeSent, UserWillLogIn) answers when its
 * handler throws or runs past its time limit, or when the call cannot run: the hook executor
 * refuses it, or the plugin is shutting down. Set with
 * {@code mattermost.plugin.hooks.veto-failure}.
 */
public enum VetoFailurePolicy {

	/**
	 * The call fails ({@code INTERNAL}; {@code DEADLINE_EXCEEDED} past the time limit;
	 * {@code UNAVAILABLE} when it cannot run) and the server lets the post, file, notification
	 * or login through unchanged, as it does for any failed veto hook. The default: a broken
	 * plugin does not stop people from working.
	 */
	FAIL_OPEN,

	/**
	 * The input is rejected with a generic reason
	 * ({@code mattermost.plugin.hooks.veto-failure-reason}), for plugins that enforce policy
	 * and must not let anything through unchecked.
	 */
	FAIL_CLOSED

}

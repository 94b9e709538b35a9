package dev.pluginkit.mattermost.hooks;

/**
 * How a hook's handlers share one call, decided by what the hook answers (see
 * {@link Hook#policy()}). A handler whose {@linkplain HookCondition condition} does not match
 * the call is left out under every policy.
 */
public enum HookPolicy {

	/**
	 * Every matching handler runs, in order: hooks that answer nothing but perhaps an error
	 * (OnActivate, MessageHasBeenPosted, ...). A handler's error stops the ones after it, except
	 * in OnDeactivate, where each handler releases something of its own.
	 */
	ALL,

	/**
	 * The first matching handler answers, in order: hooks that answer one value
	 * (ExecuteCommand, RunDataRetention, ...). Handlers with a condition are asked before
	 * one without, which answers when none matches; two handlers that would match the same
	 * calls fail the start.
	 */
	FIRST_MATCH,

	/**
	 * The matching handlers run in order, each seeing the input as the previous one left it:
	 * hooks that let a value through, change it or reject it (MessageWillBePosted,
	 * MessageWillBeUpdated, FileWillBeUploaded, ...). A rejection, or an error, ends the chain.
	 */
	CHAIN

}

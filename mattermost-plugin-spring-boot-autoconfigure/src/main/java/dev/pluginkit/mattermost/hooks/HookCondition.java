package dev.pluginkit.mattermost.hooks;

/**
 * Decides whether a hook handler takes a call, as a handler mapping's condition does in
 * Spring MVC: the selection stage of hook dispatch. Conditions come from annotations
 * meta-annotated with {@link HookConditional @HookConditional}, such as
 * {@link ShouldProcessMessage @ShouldProcessMessage} or a slash command's trigger.
 *
 * <p>It runs on the hook executor, under the hook's time limit, before the handler's
 * arguments are resolved; an exception fails the call as the handler's own exception would.
 */
@FunctionalInterface
public interface HookCondition {

	/**
	 * Whether the handler takes this call.
	 * @param invocation the call, with the request as the previous handler of a
	 * {@linkplain HookPolicy#CHAIN chain} left it
	 * @return whether to run the handler
	 * @throws Exception when the condition cannot be decided, for example a failed Plugin API
	 * call
	 */
	boolean matches(HookInvocation invocation) throws Exception;

	/**
	 * What identifies the calls this condition selects, for a {@linkplain HookPolicy#FIRST_MATCH
	 * first-match} hook: two handlers of one hook whose conditions have equal keys would take the
	 * same calls, which fails the start. The default, the condition itself, never clashes.
	 * @return the key, compared with {@code equals}
	 */
	default Object key() {
		return this;
	}

	/**
	 * Describes what the condition selects, for messages such as the one naming two handlers
	 * that clash.
	 * @return a short description
	 */
	default String description() {
		return toString();
	}

}

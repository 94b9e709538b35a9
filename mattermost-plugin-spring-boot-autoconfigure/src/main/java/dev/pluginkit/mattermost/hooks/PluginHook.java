package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as the handler of a hook of the {@code PluginHooks} service, named by
 * {@link #value()}; the meta-annotation of {@link OnActivate @OnActivate},
 * {@link MessageWillBePosted @MessageWillBePosted}, {@link ExecuteCommand @ExecuteCommand} and
 * the other hook annotations, so that further annotations (a slash command, a message filter)
 * can be built on the same machinery.
 *
 * <p>The handlers are found once, when the application context has created its singletons.
 * Each parameter is resolved from the hook's request: the request itself, one of its fields
 * (by type, or by name where several fields share a type), or by a
 * {@link HookArgumentResolver} bean. The return value becomes the hook's response: the
 * response itself, one of its fields by type, a {@link Verdict} for hooks that can veto, or
 * whatever a {@link HookReturnValueHandler} bean handles. A handler that cannot be bound
 * fails the start with an {@link InvalidHookHandlerException} naming the method.
 *
 * <p>A method may carry several hook annotations, or name several hooks; it then handles each
 * of those hooks. Whether it takes a given call may depend on a condition: see
 * {@link HookConditional}. How several handlers of one hook share a call is the hook's
 * {@link HookPolicy}.
 *
 * @see Hook
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PluginHook {

	/**
	 * The hook's name as the {@code PluginHooks} service spells it, for example
	 * {@code "MessageWillBePosted"}; or several hooks' names.
	 * @return the hooks' names
	 */
	String[] value();

}

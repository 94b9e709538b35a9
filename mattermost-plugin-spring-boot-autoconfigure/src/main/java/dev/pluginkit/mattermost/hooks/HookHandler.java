package dev.pluginkit.mattermost.hooks;

import java.lang.reflect.Method;

import com.google.protobuf.Message;

/**
 * A handler of one hook, bound at startup: usually a bean method with a hook annotation, as
 * a {@link HookHandlerMethodFactory} binds it.
 */
public interface HookHandler {

	/**
	 * The hook it handles.
	 * @return the hook
	 */
	Hook hook();

	/**
	 * The method it runs, for messages and for exception handlers declared beside it.
	 * @return the method
	 */
	Method method();

	/**
	 * The bean the method runs on, for exception handlers declared on the same bean.
	 * @return the bean
	 */
	Object bean();

	/**
	 * Which calls it takes.
	 * @return its condition, or {@code null} when it takes every call
	 */
	HookCondition condition();

	/**
	 * Where it runs among the handlers of the same hook: lower first.
	 * @return the order
	 */
	int order();

	/**
	 * Whether it takes this call: its condition matches, or it has none.
	 * @param invocation the call
	 * @return whether to run it
	 * @throws Exception when the condition cannot be decided
	 */
	default boolean matches(HookInvocation invocation) throws Exception {
		HookCondition condition = condition();
		return condition == null || condition.matches(invocation);
	}

	/**
	 * Runs the handler for one call and writes its answer into the response.
	 * @param invocation the call
	 * @param response the response being built
	 * @throws Exception what the handler threw
	 */
	void invoke(HookInvocation invocation, Message.Builder response) throws Exception;

	/**
	 * The handler as messages name it, such as {@code com.example.Greeter.onPost(Post)}.
	 * @return the description
	 */
	String description();

}

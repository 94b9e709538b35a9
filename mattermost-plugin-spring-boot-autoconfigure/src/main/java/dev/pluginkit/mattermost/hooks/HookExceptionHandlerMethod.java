package dev.pluginkit.mattermost.hooks;

import java.lang.reflect.Method;

import com.google.protobuf.Message;

/**
 * An {@link HookExceptionHandler @HookExceptionHandler} method bound to one hook.
 */
public interface HookExceptionHandlerMethod {

	/**
	 * The method.
	 * @return the method
	 */
	Method method();

	/**
	 * Handles a handler's failure: writes the method's answer into the response in place of
	 * the failed handler's.
	 * @param exception what the handler threw
	 * @param failed the handler that threw it
	 * @param invocation the call
	 * @param response the response being built
	 * @throws Exception what the method threw, perhaps the exception itself, rethrown: the
	 * failure then takes its usual course
	 */
	void handle(Exception exception, HookHandler failed, HookInvocation invocation, Message.Builder response)
			throws Exception;

}

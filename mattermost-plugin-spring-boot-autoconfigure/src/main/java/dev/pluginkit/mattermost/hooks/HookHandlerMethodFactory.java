package dev.pluginkit.mattermost.hooks;

import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * Binds bean methods to hooks: chooses, once, what resolves each parameter, what writes the
 * return value, and the handler's {@link HookCondition}. The runtime declares one that asks
 * the {@link HookArgumentResolver} and {@link HookReturnValueHandler} beans before its own
 * binding; a bean of this type replaces it, for example to wrap every handler.
 */
public interface HookHandlerMethodFactory {

	/**
	 * Binds a method to a hook.
	 * @param hook the hook
	 * @param bean the bean to invoke the method on
	 * @param method the method, invocable on the bean
	 * @param order where it runs among the hook's handlers
	 * @return the handler
	 * @throws InvalidHookHandlerException if a parameter, the return value or a condition
	 * annotation cannot be bound; the start fails with its message
	 */
	HookHandler create(Hook hook, Supplier<Object> bean, Method method, int order);

	/**
	 * Binds an exception handler method to a hook, for the failures of that hook's handlers:
	 * its parameters may also take the exception and the failed handler's {@link HookHandler}.
	 * @param hook the hook whose failures it handles
	 * @param bean the bean to invoke the method on
	 * @param method the {@link HookExceptionHandler @HookExceptionHandler} method
	 * @return the bound handler, or {@code null} when its return value does not fit the hook's
	 * response, so it cannot answer for that hook
	 * @throws InvalidHookHandlerException if a parameter cannot be bound
	 */
	HookExceptionHandlerMethod createExceptionHandler(Hook hook, Supplier<Object> bean, Method method);

}

package dev.pluginkit.mattermost.hooks;

import org.springframework.core.MethodParameter;

/**
 * Resolves parameters of hook handler methods that the built-in resolution does not know,
 * for example a plugin's own settings object. Declare it as a bean; resolvers of the context
 * are asked in {@link org.springframework.core.annotation.Order order}, before the built-in
 * ones (the request and its fields), so a resolver can also take over a type those resolve.
 *
 * <p>{@link #supportsParameter} is asked once per handler parameter at startup; the runtime
 * remembers the answer, and calls {@link #resolveArgument} on every hook call.
 */
public interface HookArgumentResolver {

	/**
	 * Whether this resolver resolves the parameter of a handler of that hook.
	 * @param parameter the handler method's parameter
	 * @param hook the hook the method handles
	 * @return whether {@link #resolveArgument} should be used for it
	 */
	boolean supportsParameter(MethodParameter parameter, Hook hook);

	/**
	 * The parameter's value for one call. Runs on the hook executor, under the hook's time
	 * limit; an exception fails the call as the handler's own exception would.
	 * @param parameter the handler method's parameter
	 * @param invocation the call
	 * @return the argument, {@code null} allowed for non-primitive parameters
	 * @throws Exception when the value cannot be produced
	 */
	Object resolveArgument(MethodParameter parameter, HookInvocation invocation) throws Exception;

}

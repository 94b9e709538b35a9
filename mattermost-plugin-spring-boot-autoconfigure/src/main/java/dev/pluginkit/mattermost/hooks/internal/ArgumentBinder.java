package dev.pluginkit.mattermost.hooks.internal;

import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookInvocation;

import org.springframework.core.MethodParameter;

/**
 * One kind of handler parameter: decides at startup whether it resolves a parameter, and if
 * so returns what resolves it on each call, so that no lookup is left for the call.
 */
interface ArgumentBinder {

	/**
	 * What resolves the parameter of a handler of that hook.
	 * @param parameter the parameter, with parameter name discovery initialised
	 * @param hook the hook
	 * @return the bound argument, or {@code null} when this binder does not resolve it
	 */
	BoundArgument bind(MethodParameter parameter, Hook hook);

	/** A parameter bound at startup: produces its value for one call. */
	@FunctionalInterface
	interface BoundArgument {

		/**
		 * The argument for one call.
		 * @param invocation the call
		 * @return the argument
		 * @throws Exception when it cannot be produced
		 */
		Object resolve(HookInvocation invocation) throws Exception;

	}

}

package dev.pluginkit.mattermost.hooks.internal;

import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookReturnValueHandler;

import org.springframework.core.MethodParameter;

/** A user's {@link HookReturnValueHandler} as a binder. */
final class CustomReturnValueBinder implements ReturnValueBinder {

	private final HookReturnValueHandler handler;

	CustomReturnValueBinder(HookReturnValueHandler handler) {
		this.handler = handler;
	}

	@Override
	public BoundReturnValue bind(MethodParameter returnType, Hook hook) {
		if (!this.handler.supportsReturnType(returnType, hook)) {
			return null;
		}
		HookReturnValueHandler handler = this.handler;
		return (value, invocation, response) -> handler.handleReturnValue(value, returnType, invocation, response);
	}

}

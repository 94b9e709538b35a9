package dev.pluginkit.mattermost.hooks.internal;

import dev.pluginkit.mattermost.hooks.Hook;

import org.springframework.core.MethodParameter;

/** A {@code void} method leaves the response as it is: unchanged, accepted, no error. */
final class VoidReturnValueBinder implements ReturnValueBinder {

	private static final BoundReturnValue NOTHING = (value, invocation, response) -> {
	};

	@Override
	public BoundReturnValue bind(MethodParameter returnType, Hook hook) {
		Class<?> type = returnType.getParameterType();
		return (type == void.class || type == Void.class) ? NOTHING : null;
	}

}

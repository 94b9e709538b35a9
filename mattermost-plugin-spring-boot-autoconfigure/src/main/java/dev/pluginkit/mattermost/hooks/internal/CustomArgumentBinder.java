package dev.pluginkit.mattermost.hooks.internal;

import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;

import org.springframework.core.MethodParameter;

/** A user's {@link HookArgumentResolver} as a binder. */
final class CustomArgumentBinder implements ArgumentBinder {

	private final HookArgumentResolver resolver;

	CustomArgumentBinder(HookArgumentResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public BoundArgument bind(MethodParameter parameter, Hook hook) {
		if (!this.resolver.supportsParameter(parameter, hook)) {
			return null;
		}
		HookArgumentResolver resolver = this.resolver;
		return (invocation) -> resolver.resolveArgument(parameter, invocation);
	}

}

package dev.pluginkit.mattermost.hooks.internal;

import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookInvocation;

import org.springframework.core.MethodParameter;

/** Resolves a parameter of the request's type (or a supertype) to the whole request. */
final class RequestArgumentBinder implements ArgumentBinder {

	@Override
	public BoundArgument bind(MethodParameter parameter, Hook hook) {
		return parameter.getParameterType().isAssignableFrom(hook.requestType()) ? HookInvocation::request : null;
	}

}

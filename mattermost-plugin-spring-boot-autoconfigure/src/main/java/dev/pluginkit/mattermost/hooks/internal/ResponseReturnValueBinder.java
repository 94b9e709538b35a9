package dev.pluginkit.mattermost.hooks.internal;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;

import org.springframework.core.MethodParameter;

/** A method returning the hook's response type answers that response; {@code null} keeps the default. */
final class ResponseReturnValueBinder implements ReturnValueBinder {

	@Override
	public BoundReturnValue bind(MethodParameter returnType, Hook hook) {
		if (!hook.responseType().isAssignableFrom(returnType.getParameterType())) {
			return null;
		}
		return (value, invocation, response) -> {
			if (value != null) {
				response.clear().mergeFrom((Message) value);
			}
		};
	}

}

package dev.pluginkit.mattermost.hooks.internal;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;

import org.springframework.core.MethodParameter;

/**
 * A command handler returning a {@code String} answers it as an ephemeral text, seen only by
 * the user who ran the command; {@code null} answers nothing.
 */
final class CommandTextReturnValueBinder implements ReturnValueBinder {

	/** The response type Mattermost shows only to the user who ran the command. */
	static final String EPHEMERAL = "ephemeral";

	@Override
	public BoundReturnValue bind(MethodParameter returnType, Hook hook) {
		if (returnType.getParameterType() != String.class) {
			return null;
		}
		FieldDescriptor field = hook.responseDescriptor().findFieldByName("response");
		if (field == null || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE
				|| !field.getMessageType().equals(CommandResponse.getDescriptor())) {
			return null;
		}
		return (value, invocation, response) -> {
			if (value != null) {
				response.setField(field,
						CommandResponse.newBuilder().setResponseType(EPHEMERAL).setText((String) value).build());
			}
		};
	}

}

package dev.pluginkit.mattermost.hooks.internal;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.pluginkit.mattermost.hooks.Hook;

import org.springframework.core.MethodParameter;

/**
 * A veto hook's handler returning a {@code String} answers it as the rejection reason; an
 * empty string or {@code null} accepts, as Go's {@code UserWillLogIn} does.
 */
final class RejectionReasonReturnValueBinder implements ReturnValueBinder {

	@Override
	public BoundReturnValue bind(MethodParameter returnType, Hook hook) {
		if (hook.kind() != Hook.Kind.VETO || returnType.getParameterType() != String.class) {
			return null;
		}
		FieldDescriptor reason = hook.rejectionReasonField();
		return (value, invocation, response) -> {
			if (value != null && !((String) value).isEmpty()) {
				response.setField(reason, value);
			}
		};
	}

}

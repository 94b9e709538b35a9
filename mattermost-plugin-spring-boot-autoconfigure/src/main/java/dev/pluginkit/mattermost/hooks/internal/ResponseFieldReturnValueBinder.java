package dev.pluginkit.mattermost.hooks.internal;

import java.util.List;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;

import org.springframework.core.MethodParameter;

/**
 * A method returning the type of one response field answers that field: a {@code Post} as
 * {@code modified_post}, a {@code CommandResponse} as {@code response}, a {@code long} as
 * {@code deleted_count}, a {@code List<Post>} as {@code posts}, an {@code AppError} as
 * {@code error}, ... {@code null} leaves the field unset.
 */
final class ResponseFieldReturnValueBinder implements ReturnValueBinder {

	@Override
	public BoundReturnValue bind(MethodParameter returnType, Hook hook) {
		List<FieldDescriptor> fits = hook.responseDescriptor()
			.getFields()
			.stream()
			.filter((field) -> ProtoFields.fitsIntoField(returnType, hook.responsePrototype(), field))
			.toList();
		if (fits.size() > 1) {
			throw new InvalidHookHandlerException(returnType.getMethod(), hook.name(),
					"its return type " + returnType.getParameterType().getSimpleName() + " fits the "
							+ hook.responseType().getSimpleName() + " fields "
							+ fits.stream().map(FieldDescriptor::getName).toList()
							+ "; return the whole response instead");
		}
		if (fits.isEmpty()) {
			return null;
		}
		FieldDescriptor field = fits.get(0);
		return (value, invocation, response) -> ProtoFields.write(response, field, value);
	}

}

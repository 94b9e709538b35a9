package dev.pluginkit.mattermost.hooks.internal;

import java.util.List;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

/**
 * Resolves a parameter to one field of the request: the field named like the parameter
 * ({@code newPost} or {@code new_post}) when its type fits, otherwise the only message field
 * whose type fits ({@code Post}, {@code PluginContext}, {@code List<Preference>}, ...).
 * Several fields of the parameter's type and no name to choose fail the start.
 *
 * <p>An absent message field (an {@code optional User actor}, a missing plugin context)
 * resolves to {@code null}, or to an empty {@code Optional} for an {@code Optional<T>}
 * parameter.
 */
final class RequestFieldArgumentBinder implements ArgumentBinder {

	@Override
	public BoundArgument bind(MethodParameter parameter, Hook hook) {
		boolean optional = parameter.getParameterType() == Optional.class;
		ResolvableType type = optional ? ResolvableType.forMethodParameter(parameter).getGeneric(0)
				: ResolvableType.forMethodParameter(parameter);
		Message prototype = hook.requestPrototype();
		List<FieldDescriptor> fields = hook.requestDescriptor().getFields();
		String name = parameter.getParameterName();
		if (name != null) {
			for (FieldDescriptor field : fields) {
				if ((field.getJsonName().equals(name) || field.getName().equals(name))
						&& ProtoFields.fieldFitsInto(type, prototype, field)) {
					return reader(field, optional, type);
				}
			}
		}
		List<FieldDescriptor> candidates = fields.stream()
			.filter((field) -> field.getJavaType() == JavaType.MESSAGE)
			.filter((field) -> ProtoFields.fieldFitsInto(type, prototype, field))
			.toList();
		if (candidates.size() > 1) {
			List<String> names = candidates.stream().map(FieldDescriptor::getJsonName).toList();
			throw new InvalidHookHandlerException(parameter.getMethod(), hook.name(),
					"parameter " + (parameter.getParameterIndex() + 1) + " (" + type + " " + name + ") fits the "
							+ hook.requestType().getSimpleName() + " fields " + names
							+ "; name the parameter after the one it takes (compile with -parameters)");
		}
		return candidates.isEmpty() ? null : reader(candidates.get(0), optional, type);
	}

	private static BoundArgument reader(FieldDescriptor field, boolean optional, ResolvableType type) {
		if (field.getJavaType() == JavaType.MESSAGE && !field.isRepeated()) {
			return optional ? (invocation) -> Optional.ofNullable(messageOrNull(invocation.request(), field))
					: (invocation) -> messageOrNull(invocation.request(), field);
		}
		if (field.getJavaType() == JavaType.BYTE_STRING && type.toClass() == byte[].class) {
			return optional ? (invocation) -> Optional.of(((ByteString) invocation.request().getField(field)).toByteArray())
					: (invocation) -> ((ByteString) invocation.request().getField(field)).toByteArray();
		}
		return optional ? (invocation) -> Optional.of(invocation.request().getField(field))
				: (invocation) -> invocation.request().getField(field);
	}

	private static Object messageOrNull(Message request, FieldDescriptor field) {
		return request.hasField(field) ? request.getField(field) : null;
	}

}

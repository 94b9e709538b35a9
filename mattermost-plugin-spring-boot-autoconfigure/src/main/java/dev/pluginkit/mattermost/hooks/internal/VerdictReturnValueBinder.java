package dev.pluginkit.mattermost.hooks.internal;

import java.util.List;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.Verdict;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * A veto hook's handler returning a {@link Verdict}: a rejection or dismissal answers the
 * rejection reason, a replacement goes into the response field of its type, and
 * {@link Verdict#allow()} or {@code null} lets the input through.
 */
final class VerdictReturnValueBinder implements ReturnValueBinder {

	@Override
	public BoundReturnValue bind(MethodParameter returnType, Hook hook) {
		if (!Verdict.class.isAssignableFrom(returnType.getParameterType())) {
			return null;
		}
		if (hook.kind() != Hook.Kind.VETO) {
			throw new InvalidHookHandlerException(returnType.getMethod(), hook.name(),
					"it returns a Verdict, but " + hook.name() + " cannot veto anything");
		}
		FieldDescriptor reason = hook.rejectionReasonField();
		Message prototype = hook.responsePrototype();
		List<FieldDescriptor> replaceable = hook.responseDescriptor()
			.getFields()
			.stream()
			.filter((field) -> !field.equals(reason) && !field.isRepeated())
			.toList();
		Class<?> declared = ResolvableType.forMethodParameter(returnType).as(Verdict.class).getGeneric(0).resolve();
		if (declared != null && declared != Object.class && replaceable.stream()
			.noneMatch((field) -> fits(ProtoFields.valueType(prototype, field), declared, field))) {
			throw new InvalidHookHandlerException(returnType.getMethod(), hook.name(),
					"Verdict<" + declared.getSimpleName() + "> cannot replace anything in "
							+ hook.responseType().getSimpleName() + "; it takes " + describe(prototype, replaceable));
		}
		return (value, invocation, response) -> {
			Verdict<?> verdict = (Verdict<?>) value;
			if (verdict == null) {
				return;
			}
			if (verdict.isRejected()) {
				response.setField(reason, verdict.rejectionReason());
				return;
			}
			Object replacement = verdict.replacement();
			if (replacement != null) {
				response.setField(fieldFor(replacement, prototype, replaceable, hook), ProtoFields.toFieldValue(replacement));
			}
		};
	}

	private static FieldDescriptor fieldFor(Object replacement, Message prototype, List<FieldDescriptor> fields,
			Hook hook) {
		for (FieldDescriptor field : fields) {
			if (fits(ProtoFields.valueType(prototype, field), replacement.getClass(), field)) {
				return field;
			}
		}
		throw new IllegalStateException("Verdict.replace(" + replacement.getClass().getSimpleName()
				+ ") does not fit " + hook.name() + "; it takes " + describe(prototype, fields));
	}

	private static boolean fits(Class<?> fieldType, Class<?> valueType, FieldDescriptor field) {
		return ClassUtils.isAssignable(fieldType, valueType)
				|| (field.getJavaType() == FieldDescriptor.JavaType.BYTE_STRING && valueType == byte[].class);
	}

	private static String describe(Message prototype, List<FieldDescriptor> fields) {
		return fields.stream()
			.map((field) -> ProtoFields.valueType(prototype, field).getSimpleName() + " (" + field.getName() + ")")
			.toList()
			.toString();
	}

}

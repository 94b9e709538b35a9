package dev.pluginkit.mattermost.hooks.internal;

import java.util.Collection;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * The Java types of protobuf fields, and whether a Java type fits one, so that parameters and
 * return values can be matched to request and response fields by type.
 */
final class ProtoFields {

	private ProtoFields() {
	}

	/**
	 * The Java type of a field's value, or of its elements when repeated.
	 * @param prototype a message that has the field
	 * @param field the field
	 * @return the generated message class, or the boxed scalar type
	 */
	static Class<?> valueType(Message prototype, FieldDescriptor field) {
		return switch (field.getJavaType()) {
			case MESSAGE -> prototype.newBuilderForType().newBuilderForField(field).getDefaultInstanceForType().getClass();
			case STRING -> String.class;
			case LONG -> Long.class;
			case INT -> Integer.class;
			case BOOLEAN -> Boolean.class;
			case BYTE_STRING -> ByteString.class;
			case DOUBLE -> Double.class;
			case FLOAT -> Float.class;
			case ENUM -> com.google.protobuf.Descriptors.EnumValueDescriptor.class;
		};
	}

	/**
	 * Whether a value of the field can be passed as a value of that type: the same type, a
	 * supertype, a primitive for its box, {@code byte[]} for bytes, or a collection of the
	 * element type for a repeated field.
	 * @param type where the value goes, a parameter or a type nested in {@code Optional}
	 * @param prototype a message that has the field
	 * @param field the field
	 * @return whether it fits
	 */
	static boolean fieldFitsInto(ResolvableType type, Message prototype, FieldDescriptor field) {
		if (field.isMapField()) {
			return false;
		}
		Class<?> valueType = valueType(prototype, field);
		Class<?> target = type.toClass();
		if (field.isRepeated()) {
			if (!target.isAssignableFrom(List.class) || target == Object.class) {
				return false;
			}
			Class<?> element = type.asCollection().getGeneric(0).resolve();
			return element != null && ClassUtils.isAssignable(element, valueType);
		}
		if (field.getJavaType() == FieldDescriptor.JavaType.BYTE_STRING && target == byte[].class) {
			return true;
		}
		return target != Object.class && ClassUtils.isAssignable(target, valueType);
	}

	/**
	 * Whether a value of that type can be written into the field.
	 * @param type a method's return type
	 * @param prototype a message that has the field
	 * @param field the field
	 * @return whether it fits
	 */
	static boolean fitsIntoField(MethodParameter type, Message prototype, FieldDescriptor field) {
		if (field.isMapField()) {
			return false;
		}
		Class<?> valueType = valueType(prototype, field);
		Class<?> returned = type.getParameterType();
		if (field.isRepeated()) {
			if (!Collection.class.isAssignableFrom(returned)) {
				return false;
			}
			Class<?> element = ResolvableType.forMethodParameter(type).asCollection().getGeneric(0).resolve();
			return element != null && ClassUtils.isAssignable(valueType, element);
		}
		if (field.getJavaType() == FieldDescriptor.JavaType.BYTE_STRING && returned == byte[].class) {
			return true;
		}
		return ClassUtils.isAssignable(valueType, returned);
	}

	/**
	 * A value as the field takes it: {@code byte[]} becomes a {@code ByteString}.
	 * @param value the value
	 * @return the value for {@code setField}
	 */
	static Object toFieldValue(Object value) {
		return (value instanceof byte[] bytes) ? ByteString.copyFrom(bytes) : value;
	}

	/**
	 * Writes a value into a field: sets a singular field, replaces the elements of a
	 * repeated one. {@code null} leaves the field alone.
	 * @param response the message being built
	 * @param field the field
	 * @param value the value
	 */
	static void write(Message.Builder response, FieldDescriptor field, Object value) {
		if (value == null) {
			return;
		}
		if (field.isRepeated()) {
			response.clearField(field);
			for (Object element : (Collection<?>) value) {
				response.addRepeatedField(field, toFieldValue(element));
			}
		}
		else {
			response.setField(field, toFieldValue(value));
		}
	}

}

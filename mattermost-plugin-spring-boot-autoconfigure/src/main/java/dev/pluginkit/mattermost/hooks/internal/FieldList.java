package dev.pluginkit.mattermost.hooks.internal;

import java.util.stream.Collectors;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

/** A message's fields as error messages list them: {@code [Post post, PluginContext pluginContext]}. */
final class FieldList {

	private FieldList() {
	}

	static String of(Message prototype) {
		return prototype.getDescriptorForType()
			.getFields()
			.stream()
			.map((field) -> typeName(prototype, field) + " " + field.getJsonName())
			.collect(Collectors.joining(", ", "[", "]"));
	}

	private static String typeName(Message prototype, FieldDescriptor field) {
		String type = ProtoFields.valueType(prototype, field).getSimpleName();
		return field.isRepeated() ? "List<" + type + ">" : type;
	}

}

package dev.pluginkit.mattermost.client;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * Builds messages with every field set to a value that no other field of the message
 * shares, so that a test catches a value read from, or written to, the wrong field.
 */
final class SampleMessages {

	private static final int MAX_DEPTH = 2;

	private SampleMessages() {
	}

	/**
	 * Fills every field of a message, starting after {@code skipUpTo} (to leave field 1,
	 * the embedded error, of a response alone).
	 * @param builder an empty builder
	 * @param seed distinguishes the values of this message from others
	 * @param skipUpTo the highest field number to leave unset, 0 for none
	 * @return the message
	 */
	static Message filled(Message.Builder builder, String seed, int skipUpTo) {
		fill(builder, seed, skipUpTo, 0);
		return builder.build();
	}

	private static void fill(Message.Builder builder, String seed, int skipUpTo, int depth) {
		Descriptor type = builder.getDescriptorForType();
		if (type.getFullName().equals(Struct.getDescriptor().getFullName())) {
			builder.mergeFrom(Struct.newBuilder().putFields("key-" + seed, text(seed)).build());
			return;
		}
		if (type.getFullName().equals(Value.getDescriptor().getFullName())) {
			builder.mergeFrom(text(seed));
			return;
		}
		if (type.getFullName().equals(ListValue.getDescriptor().getFullName())) {
			builder.mergeFrom(ListValue.newBuilder().addValues(text(seed)).build());
			return;
		}
		for (FieldDescriptor field : type.getFields()) {
			if (field.getNumber() <= skipUpTo || (field.getRealContainingOneof() != null
					&& field.getRealContainingOneof().getFields().get(0) != field)) {
				continue;
			}
			String fieldSeed = seed + "." + field.getName();
			if (field.isMapField()) {
				Message.Builder entry = builder.newBuilderForField(field);
				fill(entry, fieldSeed, 0, depth);
				builder.addRepeatedField(field, entry.build());
			}
			else if (field.isRepeated()) {
				for (int i = 0; i < 2; i++) {
					Object value = sample(builder, field, fieldSeed + "[" + i + "]", depth);
					if (value != null) {
						builder.addRepeatedField(field, value);
					}
				}
			}
			else {
				Object value = sample(builder, field, fieldSeed, depth);
				if (value != null) {
					builder.setField(field, value);
				}
			}
		}
	}

	private static Object sample(Message.Builder parent, FieldDescriptor field, String seed, int depth) {
		int hash = seed.hashCode() & 0x3fff_ffff;
		return switch (field.getJavaType()) {
			case STRING -> seed;
			case BOOLEAN -> true;
			case INT -> hash % 1_000_000 + 1;
			case LONG -> (long) hash + 1_000_000_000L;
			case FLOAT -> (float) (hash % 1000) + 0.5f;
			case DOUBLE -> (double) (hash % 100_000) + 0.25;
			case BYTE_STRING -> ByteString.copyFrom(seed, StandardCharsets.UTF_8);
			case ENUM -> lastValue(field.getEnumType());
			case MESSAGE -> {
				if (depth >= MAX_DEPTH) {
					yield null;
				}
				Message.Builder nested = parent.newBuilderForField(field);
				fill(nested, seed, 0, depth + 1);
				yield nested.build();
			}
		};
	}

	private static Object lastValue(EnumDescriptor type) {
		return type.getValues().get(type.getValues().size() - 1);
	}

	private static Value text(String seed) {
		return Value.newBuilder().setStringValue("value-" + seed).build();
	}

}

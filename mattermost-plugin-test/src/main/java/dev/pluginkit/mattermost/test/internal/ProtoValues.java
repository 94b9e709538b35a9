package dev.pluginkit.mattermost.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * Turns protobuf's JSON-like values into plain Java objects, so that test assertions can
 * compare them with literals.
 */
public final class ProtoValues {

	private ProtoValues() {
	}

	/**
	 * Converts a {@link Value} into {@code null}, {@code Double}, {@code String},
	 * {@code Boolean}, {@code List} or {@code Map}.
	 * @param value the value to convert
	 * @return the plain Java equivalent
	 */
	public static Object toJava(Value value) {
		return switch (value.getKindCase()) {
			case NULL_VALUE, KIND_NOT_SET -> null;
			case NUMBER_VALUE -> value.getNumberValue();
			case STRING_VALUE -> value.getStringValue();
			case BOOL_VALUE -> value.getBoolValue();
			case STRUCT_VALUE -> toJava(value.getStructValue());
			case LIST_VALUE -> toJava(value.getListValue());
		};
	}

	/**
	 * Converts a {@link Struct} into an insertion-ordered map.
	 * @param struct the struct to convert
	 * @return the plain Java equivalent
	 */
	public static Map<String, Object> toJava(Struct struct) {
		Map<String, Object> map = new LinkedHashMap<>();
		struct.getFieldsMap().forEach((key, value) -> map.put(key, toJava(value)));
		return map;
	}

	private static List<Object> toJava(ListValue list) {
		List<Object> result = new ArrayList<>(list.getValuesCount());
		list.getValuesList().forEach((value) -> result.add(toJava(value)));
		return result;
	}

}

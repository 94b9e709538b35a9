package dev.pluginkit.mattermost.client.internal;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * Converts between plain Java objects and protobuf's JSON-like {@link Value}s.
 */
public final class ProtoValues {

	/** Doubles hold every integer up to 2^53 exactly; larger ones travel as text. */
	private static final long MAX_EXACT_DOUBLE_INTEGER = 1L << 53;

	private ProtoValues() {
	}

	/**
	 * Converts a Java object into a {@link Value}: {@code null}, strings, booleans,
	 * numbers, maps, iterables and arrays keep their shape, an enum becomes its name, and
	 * anything else its {@code toString()}. A number that a double cannot hold exactly (a
	 * long beyond 2^53, a {@code BigDecimal} with more digits) travels as its decimal
	 * string, so no digit is lost.
	 * @param object the object to convert
	 * @return the value
	 */
	public static Value toValue(Object object) {
		if (object == null) {
			return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
		}
		if (object instanceof Value value) {
			return value;
		}
		if (object instanceof CharSequence text) {
			return Value.newBuilder().setStringValue(text.toString()).build();
		}
		if (object instanceof Boolean bool) {
			return Value.newBuilder().setBoolValue(bool).build();
		}
		if (object instanceof Number number) {
			return numberValue(number);
		}
		if (object instanceof Enum<?> constant) {
			return Value.newBuilder().setStringValue(constant.name()).build();
		}
		if (object instanceof Map<?, ?> map) {
			Struct.Builder struct = Struct.newBuilder();
			map.forEach((key, item) -> struct.putFields(String.valueOf(key), toValue(item)));
			return Value.newBuilder().setStructValue(struct).build();
		}
		if (object instanceof Iterable<?> iterable) {
			ListValue.Builder list = ListValue.newBuilder();
			iterable.forEach((item) -> list.addValues(toValue(item)));
			return Value.newBuilder().setListValue(list).build();
		}
		if (object.getClass().isArray()) {
			ListValue.Builder list = ListValue.newBuilder();
			for (int i = 0; i < Array.getLength(object); i++) {
				list.addValues(toValue(Array.get(object, i)));
			}
			return Value.newBuilder().setListValue(list).build();
		}
		return Value.newBuilder().setStringValue(object.toString()).build();
	}

	private static Value numberValue(Number number) {
		if (isExactlyDouble(number)) {
			return Value.newBuilder().setNumberValue(number.doubleValue()).build();
		}
		return Value.newBuilder().setStringValue(number.toString()).build();
	}

	private static boolean isExactlyDouble(Number number) {
		if (number instanceof Byte || number instanceof Short || number instanceof Integer || number instanceof Float
				|| number instanceof Double) {
			return true;
		}
		if (number instanceof Long value) {
			return value >= -MAX_EXACT_DOUBLE_INTEGER && value <= MAX_EXACT_DOUBLE_INTEGER;
		}
		if (number instanceof BigInteger value) {
			return value.abs().compareTo(BigInteger.valueOf(MAX_EXACT_DOUBLE_INTEGER)) <= 0;
		}
		if (number instanceof BigDecimal value) {
			double approximation = value.doubleValue();
			return Double.isFinite(approximation) && new BigDecimal(approximation).compareTo(value) == 0;
		}
		return false;
	}

	/**
	 * Converts a map into a {@link Struct}, each value as {@link #toValue(Object)} does.
	 * @param map the map; keys become their {@code String.valueOf}
	 * @return the struct
	 */
	public static Struct toStruct(Map<?, ?> map) {
		return toValue(map).getStructValue();
	}

	/**
	 * Converts a {@link Struct} into an insertion-ordered map of plain Java objects.
	 * @param struct the struct
	 * @return the map; numbers are {@code Double}s
	 */
	public static Map<String, Object> toJava(Struct struct) {
		Map<String, Object> map = new LinkedHashMap<>();
		struct.getFieldsMap().forEach((key, value) -> map.put(key, toJava(value)));
		return map;
	}

	/**
	 * Converts a {@link Value} into a plain Java object: {@code null}, a {@code String}, a
	 * {@code Boolean}, a {@code Double}, an insertion-ordered map or a list.
	 * @param value the value
	 * @return the plain Java object
	 */
	public static Object toJava(Value value) {
		return switch (value.getKindCase()) {
			case NULL_VALUE, KIND_NOT_SET -> null;
			case NUMBER_VALUE -> value.getNumberValue();
			case STRING_VALUE -> value.getStringValue();
			case BOOL_VALUE -> value.getBoolValue();
			case STRUCT_VALUE -> toJava(value.getStructValue());
			case LIST_VALUE -> {
				List<Object> list = new ArrayList<>(value.getListValue().getValuesCount());
				value.getListValue().getValuesList().forEach((item) -> list.add(toJava(item)));
				yield list;
			}
		};
	}

}

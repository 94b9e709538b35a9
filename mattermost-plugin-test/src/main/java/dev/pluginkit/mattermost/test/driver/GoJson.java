package dev.pluginkit.mattermost.test.driver;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

/**
 * JSON as the server's Go code writes and reads it ({@code encoding/json}): objects of
 * structs keep the struct's field order, maps are written with sorted keys, whole numbers
 * without a fraction, and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped;
 * reading is strict, and a struct's field matches a key case-insensitively when no key
 * matches exactly.
 */
final class GoJson {

	private static final com.google.gson.TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

	private GoJson() {
	}

	/** An object written in the order its fields are added, as a Go struct. */
	static final class Writer {

		private final StringBuilder json = new StringBuilder("{");

		private boolean first = true;

		Writer field(String name, Object value) {
			if (!this.first) {
				this.json.append(',');
			}
			this.first = false;
			string(this.json, name);
			this.json.append(':');
			value(this.json, value);
			return this;
		}

		String build() {
			return this.json.toString() + "}";
		}

	}

	/**
	 * Writes a plain value: {@code null}, {@link String}, {@link Boolean}, {@link Number},
	 * {@link Map} (keys sorted, as Go writes maps), {@link List}, or a protobuf
	 * {@link Value} or {@link Struct}.
	 */
	static void value(StringBuilder json, Object value) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof String text) {
			string(json, text);
		}
		else if (value instanceof Boolean bool) {
			json.append(bool);
		}
		else if (value instanceof Number number) {
			number(json, number.doubleValue(), number);
		}
		else if (value instanceof Map<?, ?> map) {
			json.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				string(json, String.valueOf(entry.getKey()));
				json.append(':');
				value(json, entry.getValue());
			}
			json.append('}');
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				value(json, list.get(i));
			}
			json.append(']');
		}
		else if (value instanceof Struct struct) {
			value(json, struct.getFieldsMap());
		}
		else if (value instanceof Value proto) {
			switch (proto.getKindCase()) {
				case NULL_VALUE, KIND_NOT_SET -> json.append("null");
				case NUMBER_VALUE -> number(json, proto.getNumberValue(), null);
				case STRING_VALUE -> string(json, proto.getStringValue());
				case BOOL_VALUE -> json.append(proto.getBoolValue());
				case STRUCT_VALUE -> value(json, proto.getStructValue().getFieldsMap());
				case LIST_VALUE -> value(json, proto.getListValue().getValuesList());
			}
		}
		else {
			throw new IllegalArgumentException("Cannot write a " + value.getClass().getName()
					+ " as JSON; give strings, booleans, numbers, maps, lists or null");
		}
	}

	private static void number(StringBuilder json, double value, Number original) {
		if (original instanceof Long || original instanceof Integer || original instanceof Short
				|| original instanceof Byte) {
			json.append(original.longValue());
			return;
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("JSON has no " + value + "; Go's encoder refuses it too");
		}
		// Go writes float64 without exponent below 1e21, and whole values without a fraction.
		json.append(new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString());
	}

	static void string(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '<', '>', '&', '\u2028', '\u2029' -> json.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	/**
	 * Reads one JSON value strictly, refusing anything after it, as {@code json.Unmarshal}.
	 * @throws JsonParseException when the text is not one valid JSON value
	 */
	static JsonElement parse(String text) {
		try (JsonReader reader = new JsonReader(new StringReader(text))) {
			reader.setStrictness(Strictness.STRICT);
			JsonElement element = ELEMENTS.read(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new JsonParseException("invalid character after top-level value");
			}
			return element;
		}
		catch (IOException | IllegalStateException ex) {
			throw new JsonParseException(ex.getMessage(), ex);
		}
	}

	/** A struct field: the exact key, or else the first key equal to it ignoring case. */
	static JsonElement field(JsonObject object, String name) {
		if (object.has(name)) {
			return object.get(name);
		}
		for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(name)) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** A string field; absent or null is empty. */
	static String stringField(JsonObject object, String name) {
		JsonElement value = field(object, name);
		if (value == null || value.isJsonNull()) {
			return "";
		}
		if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
			throw new JsonParseException("cannot unmarshal " + kind(value) + " into field " + name + " of type string");
		}
		return value.getAsString();
	}

	/** A boolean field; absent or null is false. */
	static boolean boolField(JsonObject object, String name) {
		JsonElement value = field(object, name);
		if (value == null || value.isJsonNull()) {
			return false;
		}
		if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
			throw new JsonParseException("cannot unmarshal " + kind(value) + " into field " + name + " of type bool");
		}
		return value.getAsBoolean();
	}

	/** A {@code map[string]string} field; absent or null is empty. */
	static Map<String, String> stringMapField(JsonObject object, String name) {
		JsonElement value = field(object, name);
		Map<String, String> map = new LinkedHashMap<>();
		if (value == null || value.isJsonNull()) {
			return map;
		}
		if (!value.isJsonObject()) {
			throw new JsonParseException("cannot unmarshal " + kind(value) + " into field " + name
					+ " of type map[string]string");
		}
		for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
			JsonElement item = entry.getValue();
			if (!item.isJsonNull() && (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString())) {
				throw new JsonParseException("cannot unmarshal " + kind(item) + " into field " + name + "."
						+ entry.getKey() + " of type string");
			}
			map.put(entry.getKey(), item.isJsonNull() ? "" : item.getAsString());
		}
		return map;
	}

	static String kind(JsonElement value) {
		if (value.isJsonObject()) {
			return "object";
		}
		if (value.isJsonArray()) {
			return "array";
		}
		if (value.isJsonNull()) {
			return "null";
		}
		JsonPrimitive primitive = value.getAsJsonPrimitive();
		return primitive.isString() ? "string" : primitive.isBoolean() ? "bool" : "number";
	}

	/** A JSON object as a protobuf struct, as the server's props are carried. */
	static Struct toStruct(JsonObject object) {
		Struct.Builder struct = Struct.newBuilder();
		object.entrySet().forEach((entry) -> struct.putFields(entry.getKey(), toValue(entry.getValue())));
		return struct.build();
	}

	static Value toValue(JsonElement element) {
		if (element == null || element.isJsonNull()) {
			return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
		}
		if (element.isJsonObject()) {
			return Value.newBuilder().setStructValue(toStruct(element.getAsJsonObject())).build();
		}
		if (element.isJsonArray()) {
			ListValue.Builder list = ListValue.newBuilder();
			for (JsonElement item : (JsonArray) element) {
				list.addValues(toValue(item));
			}
			return Value.newBuilder().setListValue(list).build();
		}
		JsonPrimitive primitive = element.getAsJsonPrimitive();
		if (primitive.isBoolean()) {
			return Value.newBuilder().setBoolValue(primitive.getAsBoolean()).build();
		}
		if (primitive.isNumber()) {
			return Value.newBuilder().setNumberValue(primitive.getAsDouble()).build();
		}
		return Value.newBuilder().setStringValue(primitive.getAsString()).build();
	}

}

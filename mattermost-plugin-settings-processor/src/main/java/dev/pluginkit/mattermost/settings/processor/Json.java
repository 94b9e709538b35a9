package dev.pluginkit.mattermost.settings.processor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for a manifest: reads text into maps (in the text's order), lists,
 * strings, booleans, {@code null}s, {@code Long}s and {@code BigDecimal}s, and writes them
 * back indented by two spaces. The processor runs inside a plugin's compiler, where no
 * library may be assumed.
 */
final class Json {

	private final String text;

	private int position;

	private Json(String text) {
		this.text = text;
	}

	/**
	 * Reads a JSON text.
	 * @param text the text
	 * @return its value
	 * @throws IllegalArgumentException when the text is not JSON, naming where
	 */
	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.skipWhitespace();
		if (json.position != text.length()) {
			throw json.error("text after the end of the JSON value");
		}
		return value;
	}

	/**
	 * Writes a value as JSON indented by two spaces, with a final line break.
	 * @param value maps with string keys, lists, strings, numbers, booleans and {@code null}s
	 * @return the JSON text
	 */
	static String write(Object value) {
		StringBuilder json = new StringBuilder();
		write(json, value, "");
		return json.append('\n').toString();
	}

	private static void write(StringBuilder json, Object value, String indent) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				json.append("{}");
				return;
			}
			json.append("{\n");
			int i = 0;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				json.append(indent).append("  ");
				quote(json, String.valueOf(entry.getKey()));
				json.append(": ");
				write(json, entry.getValue(), indent + "  ");
				json.append((++i < map.size()) ? ",\n" : "\n");
			}
			json.append(indent).append('}');
		}
		else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				json.append("[]");
				return;
			}
			json.append("[\n");
			for (int i = 0; i < list.size(); i++) {
				json.append(indent).append("  ");
				write(json, list.get(i), indent + "  ");
				json.append((i + 1 < list.size()) ? ",\n" : "\n");
			}
			json.append(indent).append(']');
		}
		else if (value instanceof String string) {
			quote(json, string);
		}
		else {
			json.append(value);
		}
	}

	private static void quote(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
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

	private Object value() {
		skipWhitespace();
		if (this.position >= this.text.length()) {
			throw error("a value");
		}
		char c = this.text.charAt(this.position);
		switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			default:
				break;
		}
		for (String word : new String[] { "true", "false", "null" }) {
			if (this.text.startsWith(word, this.position)) {
				this.position += word.length();
				return word.equals("null") ? null : Boolean.valueOf(word);
			}
		}
		return number();
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		this.position++;
		skipWhitespace();
		if (peek('}')) {
			this.position++;
			return object;
		}
		while (true) {
			skipWhitespace();
			if (!peek('"')) {
				throw error("a quoted key");
			}
			String key = string();
			skipWhitespace();
			expect(':');
			if (object.containsKey(key)) {
				throw error("no second \"" + key + "\" in one object");
			}
			object.put(key, value());
			skipWhitespace();
			if (peek(',')) {
				this.position++;
				continue;
			}
			expect('}');
			return object;
		}
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		this.position++;
		skipWhitespace();
		if (peek(']')) {
			this.position++;
			return array;
		}
		while (true) {
			array.add(value());
			skipWhitespace();
			if (peek(',')) {
				this.position++;
				continue;
			}
			expect(']');
			return array;
		}
	}

	private String string() {
		StringBuilder string = new StringBuilder();
		this.position++;
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position++);
			if (c == '"') {
				return string.toString();
			}
			if (c != '\\') {
				string.append(c);
				continue;
			}
			if (this.position >= this.text.length()) {
				break;
			}
			char escaped = this.text.charAt(this.position++);
			switch (escaped) {
				case 'n' -> string.append('\n');
				case 'r' -> string.append('\r');
				case 't' -> string.append('\t');
				case 'b' -> string.append('\b');
				case 'f' -> string.append('\f');
				case 'u' -> {
					if (this.position + 4 > this.text.length()) {
						throw error("four hex digits");
					}
					string.append((char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
					this.position += 4;
				}
				default -> string.append(escaped);
			}
		}
		throw error("the end of the string");
	}

	private Object number() {
		int start = this.position;
		while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
		String number = this.text.substring(start, this.position);
		if (number.isEmpty()) {
			throw error("a value");
		}
		try {
			BigDecimal decimal = new BigDecimal(number);
			return (number.matches("-?\\d+") && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0)
					? (Object) decimal.longValueExact() : decimal;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw error("a number, not \"" + number + "\"");
		}
	}

	private void skipWhitespace() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private boolean peek(char c) {
		return this.position < this.text.length() && this.text.charAt(this.position) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "'");
		}
		this.position++;
	}

	private IllegalArgumentException error(String expected) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(this.position, this.text.length()); i++) {
			if (this.text.charAt(i) == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		return new IllegalArgumentException("Expected " + expected + " at line " + line + ", column " + column);
	}

}

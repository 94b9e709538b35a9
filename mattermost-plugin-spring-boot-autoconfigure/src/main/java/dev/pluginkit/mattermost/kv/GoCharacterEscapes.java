package dev.pluginkit.mattermost.kv;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes of Go's {@code encoding/json} for strings and property names
 * ({@code appendString} in {@code encode.go}, with HTML escaping on, as {@code Marshal} has
 * it): {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as lower-case {@code &#92;u} escapes,
 * control characters as their short escape where JSON has one, else as a lower-case
 * {@code &#92;u00XX}.
 */
final class GoCharacterEscapes extends CharacterEscapes {

	private static final long serialVersionUID = 1L;

	private static final int[] ASCII_ESCAPES;

	static {
		int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
		for (int ch = 0; ch < 0x20; ch++) {
			escapes[ch] = ESCAPE_CUSTOM;
		}
		escapes['<'] = ESCAPE_CUSTOM;
		escapes['>'] = ESCAPE_CUSTOM;
		escapes['&'] = ESCAPE_CUSTOM;
		ASCII_ESCAPES = escapes;
	}

	@Override
	public int[] getEscapeCodesForAscii() {
		return ASCII_ESCAPES.clone();
	}

	@Override
	public SerializableString getEscapeSequence(int ch) {
		return switch (ch) {
			case '\n' -> new SerializedString("\\n");
			case '\r' -> new SerializedString("\\r");
			case '\t' -> new SerializedString("\\t");
			// Go 1.22 and later; older versions wrote these two as six-character \\u escapes.
			case '\b' -> new SerializedString("\\b");
			case '\f' -> new SerializedString("\\f");
			case '<', '>', '&', 0x2028, 0x2029 -> hex(ch);
			default -> (ch < 0x20) ? hex(ch) : null;
		};
	}

	private static SerializedString hex(int ch) {
		return new SerializedString(String.format("\\u%04x", ch));
	}

}

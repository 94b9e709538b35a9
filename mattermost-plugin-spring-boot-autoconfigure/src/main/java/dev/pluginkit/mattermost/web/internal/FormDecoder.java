package dev.pluginkit.mattermost.web.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a query string or a form body)
 * into parameters, keeping every value of a repeated name in order. Bytes are decoded in the
 * given charset after percent-decoding, as servlet containers do; a malformed escape is kept
 * as written instead of failing the request.
 */
final class FormDecoder {

	private FormDecoder() {
	}

	/**
	 * @param text the text; when {@code bytes} is true, each char is one byte of the body, as
	 * read in ISO-8859-1
	 * @param charset what the decoded bytes are in
	 * @param bytes whether the text holds raw bytes rather than characters
	 * @param into where the parameters go
	 */
	static void decode(String text, Charset charset, boolean bytes, Map<String, List<String>> into) {
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('&', start);
			if (end < 0) {
				end = text.length();
			}
			if (end > start) {
				String pair = text.substring(start, end);
				int equals = pair.indexOf('=');
				String name = decodeComponent((equals >= 0) ? pair.substring(0, equals) : pair, charset, bytes);
				String value = (equals >= 0) ? decodeComponent(pair.substring(equals + 1), charset, bytes) : "";
				if (!name.isEmpty()) {
					into.computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(value);
				}
			}
			start = end + 1;
		}
	}

	static String decodeComponent(String text, Charset charset, boolean rawBytes) {
		if (!rawBytes && text.indexOf('%') < 0 && text.indexOf('+') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
				bytes.write((hex(text.charAt(i + 1)) << 4) | hex(text.charAt(i + 2)));
				i += 2;
			}
			else if (c < 0x80 || (rawBytes && c < 0x100)) {
				bytes.write(c);
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(charset);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(charset);
	}

	private static int hex(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return -1;
	}

}

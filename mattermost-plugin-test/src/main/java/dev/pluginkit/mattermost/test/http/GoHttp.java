package dev.pluginkit.mattermost.test.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few rules of Go's {@code net/http} and {@code net/url} that decide what the server
 * puts into {@code ServeHTTPRequestInit}: canonical header keys
 * ({@code textproto.CanonicalMIMEHeaderKey}), the escaping of {@code URL.String()} for a
 * path ({@code url.EscapedPath}) and a query ({@code url.QueryEscape}), and the parsing and
 * re-encoding of a query ({@code url.ParseQuery}, {@code url.Values.Encode}).
 */
final class GoHttp {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private GoHttp() {
	}

	/**
	 * Returns the canonical form of a header key as Go's server stores it: the first letter
	 * and every letter after a hyphen upper case, the others lower case. A key with a byte
	 * that is not a token character stays as it is, as in Go.
	 * @param key the key as sent
	 * @return the canonical key
	 */
	static String canonicalHeaderKey(String key) {
		for (int i = 0; i < key.length(); i++) {
			if (!isTokenChar(key.charAt(i))) {
				return key;
			}
		}
		StringBuilder canonical = new StringBuilder(key.length());
		boolean upper = true;
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (upper && c >= 'a' && c <= 'z') {
				c = (char) (c - ('a' - 'A'));
			}
			else if (!upper && c >= 'A' && c <= 'Z') {
				c = (char) (c + ('a' - 'A'));
			}
			canonical.append(c);
			upper = c == '-';
		}
		return canonical.toString();
	}

	/**
	 * Tells whether a character may appear in a header name (RFC 7230 {@code tchar}).
	 * @param c the character
	 * @return whether it is a token character
	 */
	static boolean isTokenChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
	}

	/**
	 * Escapes a decoded path as Go's {@code URL.EscapedPath} does when the path was changed
	 * after parsing, which the server does by cutting {@code /plugins/{id}} off: letters,
	 * digits, {@code -_.~} and {@code $&+,/:;=@} stay, everything else is percent-encoded.
	 * @param path the decoded path
	 * @return the escaped path
	 */
	static String escapePath(String path) {
		return escape(path, "-_.~$&+,/:;=@", false);
	}

	/**
	 * Escapes a query key or value as Go's {@code url.QueryEscape} does: letters, digits and
	 * {@code -_.~} stay, a space becomes {@code +}, everything else is percent-encoded.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escapeQueryComponent(String text) {
		return escape(text, "-_.~", true);
	}

	private static String escape(String text, String unreserved, boolean spaceAsPlus) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| unreserved.indexOf(c) >= 0) {
				escaped.append(c);
			}
			else if (c == ' ' && spaceAsPlus) {
				escaped.append('+');
			}
			else {
				escaped.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
			}
		}
		return escaped.toString();
	}

	/**
	 * Decodes percent escapes, and {@code +} as a space when asked, as Go's
	 * {@code url.PathUnescape} and {@code url.QueryUnescape} do.
	 * @param text the escaped text
	 * @param plusAsSpace whether {@code +} means a space (query) or itself (path)
	 * @return the decoded text
	 * @throws IllegalArgumentException on a malformed escape, which Go refuses too
	 */
	static String unescape(String text, boolean plusAsSpace) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
						|| Character.digit(text.charAt(i + 2), 16) < 0) {
					throw new IllegalArgumentException("Malformed percent escape in '" + text + "'");
				}
				bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
				i += 2;
			}
			else if (c == '+' && plusAsSpace) {
				bytes.write(' ');
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
					encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
					i++;
				}
				bytes.writeBytes(encoded);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Parses a raw query as Go's {@code url.ParseQuery} does, keeping what it keeps: pairs
	 * separated by {@code &}; a pair with a semicolon or a malformed escape is dropped.
	 * @param rawQuery the query without {@code ?}
	 * @return the parameters, in order of first appearance, with their values in order
	 */
	static Map<String, List<String>> parseQuery(String rawQuery) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : rawQuery.split("&", -1)) {
			if (pair.isEmpty() || pair.indexOf(';') >= 0) {
				continue;
			}
			int equals = pair.indexOf('=');
			String key = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			try {
				String decodedKey = unescape(key, true);
				String decodedValue = unescape(value, true);
				parameters.computeIfAbsent(decodedKey, (k) -> new ArrayList<>()).add(decodedValue);
			}
			catch (IllegalArgumentException ex) {
				// Go's ParseQuery reports the bad pair and goes on without it.
			}
		}
		return parameters;
	}

	/**
	 * Encodes parameters as Go's {@code url.Values.Encode} does: keys sorted, each value as
	 * {@code key=value}, both query-escaped, joined by {@code &}.
	 * @param parameters the parameters
	 * @return the encoded query, empty for none
	 */
	static String encodeQuery(Map<String, List<String>> parameters) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, List<String>> parameter : new TreeMap<>(parameters).entrySet()) {
			String key = escapeQueryComponent(parameter.getKey());
			for (String value : parameter.getValue()) {
				if (query.length() > 0) {
					query.append('&');
				}
				query.append(key).append('=').append(escapeQueryComponent(value));
			}
		}
		return query.toString();
	}

}

package dev.pluginkit.mattermost.web.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;

/** Writes a {@link Cookie} as an RFC 6265 {@code Set-Cookie} value, as Tomcat does. */
final class SetCookieHeader {

	private static final DateTimeFormatter EXPIRES = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private SetCookieHeader() {
	}

	static String format(Cookie cookie) {
		StringBuilder header = new StringBuilder(cookie.getName()).append('=');
		if (cookie.getValue() != null) {
			header.append(cookie.getValue());
		}
		int maxAge = cookie.getMaxAge();
		if (maxAge >= 0) {
			header.append("; Max-Age=").append(maxAge);
			header.append("; Expires=")
				.append(EXPIRES.format((maxAge == 0) ? Instant.EPOCH : Instant.now().plusSeconds(maxAge)));
		}
		if (cookie.getDomain() != null) {
			header.append("; Domain=").append(cookie.getDomain());
		}
		if (cookie.getPath() != null) {
			header.append("; Path=").append(cookie.getPath());
		}
		if (cookie.getSecure()) {
			header.append("; Secure");
		}
		if (cookie.isHttpOnly()) {
			header.append("; HttpOnly");
		}
		for (Map.Entry<String, String> attribute : cookie.getAttributes().entrySet()) {
			String name = attribute.getKey();
			if (isStandard(name)) {
				continue;
			}
			header.append("; ").append(name);
			if (attribute.getValue() != null && !attribute.getValue().isEmpty()) {
				header.append('=').append(attribute.getValue());
			}
		}
		return header.toString();
	}

	private static boolean isStandard(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "max-age", "expires", "domain", "path", "secure", "httponly" -> true;
			default -> false;
		};
	}

}

package dev.pluginkit.mattermost.web.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.lang.Nullable;

/**
 * The plugin's HTTP sessions, in memory, keyed by the id in the session cookie. A plugin
 * rarely needs them, since the server names the user on every request, but Spring Security
 * and other servlet code expect {@code getSession()} to work. Expired sessions are dropped
 * whenever a session is created, so they do not pile up.
 */
final class HttpSessions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, PluginHttpSession> sessions = new ConcurrentHashMap<>();

	private final PortlessServletContext context;

	private final Supplier<List<HttpSessionListener>> listeners;

	HttpSessions(PortlessServletContext context, Supplier<List<HttpSessionListener>> listeners) {
		this.context = context;
		this.listeners = listeners;
	}

	String cookieName() {
		String name = this.context.getSessionCookieConfig().getName();
		return (name != null) ? name : "JSESSIONID";
	}

	Cookie cookie(String id, String contextPath) {
		SessionCookieConfig config = this.context.getSessionCookieConfig();
		Cookie cookie = new Cookie(cookieName(), id);
		cookie.setPath((config.getPath() != null) ? config.getPath() : (contextPath.isEmpty() ? "/" : contextPath));
		cookie.setHttpOnly(config.isHttpOnly());
		cookie.setSecure(config.isSecure());
		if (config.getDomain() != null) {
			cookie.setDomain(config.getDomain());
		}
		if (config.getMaxAge() >= 0) {
			cookie.setMaxAge(config.getMaxAge());
		}
		config.getAttributes().forEach((name, value) -> {
			if (!"Path".equalsIgnoreCase(name) && !"Domain".equalsIgnoreCase(name) && !"Max-Age".equalsIgnoreCase(name)
					&& !"Secure".equalsIgnoreCase(name) && !"HttpOnly".equalsIgnoreCase(name)) {
				cookie.setAttribute(name, value);
			}
		});
		return cookie;
	}

	@Nullable
	PluginHttpSession find(String id) {
		PluginHttpSession session = this.sessions.get(id);
		if (session != null && session.expireIfIdle()) {
			return null;
		}
		return session;
	}

	PluginHttpSession create() {
		this.sessions.values().forEach(PluginHttpSession::expireIfIdle);
		PluginHttpSession session = new PluginHttpSession(newId(), this.context,
				Duration.ofMinutes(this.context.getSessionTimeout()), this::destroyed);
		this.sessions.put(session.getId(), session);
		HttpSessionEvent event = new HttpSessionEvent(session);
		this.listeners.get().forEach((listener) -> listener.sessionCreated(event));
		return session;
	}

	PluginHttpSession changeId(PluginHttpSession session) {
		this.sessions.remove(session.getId());
		session.changeId(newId());
		this.sessions.put(session.getId(), session);
		return session;
	}

	void invalidateAll() {
		this.sessions.values().forEach((session) -> {
			if (session.isValid()) {
				session.invalidate();
			}
		});
	}

	private void destroyed(PluginHttpSession session) {
		this.sessions.remove(session.getId(), session);
		HttpSessionEvent event = new HttpSessionEvent(session);
		this.listeners.get().forEach((listener) -> listener.sessionDestroyed(event));
	}

	private static String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().withUpperCase().formatHex(bytes);
	}

}

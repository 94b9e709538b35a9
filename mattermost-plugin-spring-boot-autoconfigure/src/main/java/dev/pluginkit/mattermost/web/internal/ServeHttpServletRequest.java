package dev.pluginkit.mattermost.web.internal;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.web.MattermostUser;
import dev.pluginkit.mattermost.web.PluginHttpRequests;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConnection;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.Part;

import org.springframework.lang.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

/**
 * The request of one ServeHTTP stream, as the server sent it: the method; the path the
 * server forwards, without {@code /plugins/{id}}, which becomes the path within the
 * application; the server's original request URI, whose {@code /plugins/{id}} prefix becomes
 * the context path, so that links and redirects that Spring builds point back through the
 * server; the query string; every header with all its values; the content length and the
 * remote address; and a body read as it arrives.
 */
final class ServeHttpServletRequest implements HttpServletRequest {

	/** Form bodies that the container parses into parameters may be at most this long. */
	static final int MAX_FORM_SIZE = 2 * 1024 * 1024;

	private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

	private final ServeHTTPRequestInit init;

	private final RequestBodyStream body;

	private final PortlessServletContext context;

	private final HttpSessions sessions;

	private final ServeHttpServletResponse response;

	private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private final Map<String, Object> attributes = new HashMap<>();

	private final String requestUri;

	private final String contextPath;

	private final String pathWithinApplication;

	@Nullable
	private final String queryString;

	private final String remoteHost;

	private final int remotePort;

	private final String requestId;

	@Nullable
	private ServletPaths paths;

	@Nullable
	private Map<String, String[]> parameters;

	@Nullable
	private String characterEncoding;

	@Nullable
	private BufferedReader reader;

	private boolean streamUsed;

	@Nullable
	private PluginHttpSession session;

	@Nullable
	private String requestedSessionId;

	private boolean requestedSessionIdRead;

	@Nullable
	private Cookie[] cookies;

	ServeHttpServletRequest(ServeHTTPRequestInit init, RequestBodyStream body, PortlessServletContext context,
			HttpSessions sessions, ServeHttpServletResponse response) {
		this.init = init;
		this.body = body;
		this.context = context;
		this.sessions = sessions;
		this.response = response;
		for (HTTPHeader header : init.getHeadersList()) {
			this.headers.computeIfAbsent(header.getKey(), (key) -> new ArrayList<>(header.getValuesCount()))
				.addAll(header.getValuesList());
		}
		String url = stripSchemeAndHost(init.getUrl());
		int query = url.indexOf('?');
		String rawPath = (query >= 0) ? url.substring(0, query) : url;
		this.queryString = (query >= 0 && query < url.length() - 1) ? url.substring(query + 1) : null;
		if (rawPath.isEmpty()) {
			rawPath = "/";
		}
		String serverUri = stripSchemeAndHost(init.getRequestUri());
		int serverQuery = serverUri.indexOf('?');
		String serverPath = (serverQuery >= 0) ? serverUri.substring(0, serverQuery) : serverUri;
		this.pathWithinApplication = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
		String decodedServerPath;
		if (serverPath.endsWith(rawPath) && serverPath.length() > rawPath.length()) {
			this.contextPath = serverPath.substring(0, serverPath.length() - rawPath.length());
			this.requestUri = serverPath;
		}
		else if ((decodedServerPath = UriUtils.decode(serverPath, StandardCharsets.UTF_8))
			.endsWith(this.pathWithinApplication) && decodedServerPath.length() > this.pathWithinApplication.length()) {
			// The client escaped the path otherwise than Go re-escapes it; the prefix the server
			// stripped, /plugins/{id}, reads the same either way.
			this.contextPath = decodedServerPath.substring(0,
					decodedServerPath.length() - this.pathWithinApplication.length());
			this.requestUri = serverPath;
		}
		else if (!serverPath.isEmpty() && "/".equals(rawPath)) {
			// The server forwarded /plugins/{id} itself, with nothing after it.
			this.contextPath = serverPath;
			this.requestUri = serverPath + "/";
		}
		else {
			this.contextPath = "";
			this.requestUri = rawPath;
		}
		String remote = init.getRemoteAddr();
		int colon = remote.lastIndexOf(':');
		if (remote.startsWith("[") && remote.indexOf("]:") > 0) {
			this.remoteHost = remote.substring(1, remote.indexOf("]:"));
			this.remotePort = parsePort(remote.substring(remote.indexOf("]:") + 2));
		}
		else if (colon > 0 && remote.indexOf(':') == colon) {
			this.remoteHost = remote.substring(0, colon);
			this.remotePort = parsePort(remote.substring(colon + 1));
		}
		else {
			this.remoteHost = unbracket(remote);
			this.remotePort = 0;
		}
		String id = init.getPluginContext().getRequestId();
		this.requestId = id.isEmpty() ? Integer.toHexString(System.identityHashCode(this)) : id;
		this.attributes.put(PluginHttpRequests.PLUGIN_CONTEXT_ATTRIBUTE, init.getPluginContext());
	}

	/** The server sends paths; an absolute URL is reduced to its path and query. */
	private static String stripSchemeAndHost(String url) {
		if (url.startsWith("http://") || url.startsWith("https://")) {
			int path = url.indexOf('/', url.indexOf("://") + 3);
			return (path >= 0) ? url.substring(path) : "/";
		}
		return url;
	}

	private static String unbracket(String host) {
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private static int parsePort(String port) {
		try {
			return Integer.parseInt(port);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	String pathWithinApplication() {
		return this.pathWithinApplication;
	}

	void setPaths(ServletPaths paths) {
		this.paths = paths;
	}

	// Paths

	@Override
	public String getMethod() {
		return this.init.getMethod().isEmpty() ? "GET" : this.init.getMethod();
	}

	@Override
	public String getRequestURI() {
		return this.requestUri;
	}

	@Override
	public StringBuffer getRequestURL() {
		StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
		int port = getServerPort();
		if (port > 0 && port != 80) {
			url.append(':').append(port);
		}
		return url.append(this.requestUri);
	}

	@Override
	public String getContextPath() {
		return this.contextPath;
	}

	@Override
	public String getServletPath() {
		return (this.paths != null) ? this.paths.servletPath() : this.pathWithinApplication;
	}

	@Override
	@Nullable
	public String getPathInfo() {
		return (this.paths != null) ? this.paths.pathInfo() : null;
	}

	@Override
	@Nullable
	public String getPathTranslated() {
		return null;
	}

	@Override
	public HttpServletMapping getHttpServletMapping() {
		return (this.paths != null) ? this.paths.mapping() : ServletPaths.unmapped();
	}

	@Override
	@Nullable
	public String getQueryString() {
		return this.queryString;
	}

	@Override
	public DispatcherType getDispatcherType() {
		return DispatcherType.REQUEST;
	}

	// Headers

	@Override
	@Nullable
	public String getHeader(String name) {
		List<String> values = this.headers.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		List<String> values = this.headers.get(name);
		return Collections.enumeration((values != null) ? values : List.of());
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		return Collections.enumeration(this.headers.keySet());
	}

	@Override
	public long getDateHeader(String name) {
		String value = getHeader(name);
		if (value == null) {
			return -1;
		}
		try {
			return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Header " + name + " is not a date: " + value, ex);
		}
	}

	@Override
	public int getIntHeader(String name) {
		String value = getHeader(name);
		return (value != null) ? Integer.parseInt(value.trim()) : -1;
	}

	@Override
	@Nullable
	public String getContentType() {
		return getHeader("Content-Type");
	}

	@Override
	public int getContentLength() {
		long length = getContentLengthLong();
		return (length <= Integer.MAX_VALUE) ? (int) length : -1;
	}

	@Override
	public long getContentLengthLong() {
		// The server sends Go's ContentLength: -1 when unknown, and 0 both for an empty body
		// and for a request without one, which the servlet API reports as -1 unless a header
		// says 0.
		long length = this.init.getContentLength();
		if (length != 0) {
			return Math.max(length, -1);
		}
		String header = getHeader("Content-Length");
		return (header != null && "0".equals(header.trim())) ? 0 : -1;
	}

	@Override
	public Cookie[] getCookies() {
		if (this.cookies == null) {
			List<Cookie> parsed = new ArrayList<>();
			for (String header : this.headers.getOrDefault("Cookie", List.of())) {
				for (String pair : header.split(";")) {
					int equals = pair.indexOf('=');
					if (equals <= 0) {
						continue;
					}
					String name = pair.substring(0, equals).trim();
					String value = pair.substring(equals + 1).trim();
					if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
						value = value.substring(1, value.length() - 1);
					}
					try {
						parsed.add(new Cookie(name, value));
					}
					catch (IllegalArgumentException ex) {
						// A name the servlet API rejects is left out, as containers do.
					}
				}
			}
			this.cookies = parsed.toArray(Cookie[]::new);
		}
		// Servlet's contract: null, not an empty array, when the request has no cookies.
		return (this.cookies.length > 0) ? this.cookies.clone() : null;
	}

	// Body

	@Override
	public ServletInputStream getInputStream() {
		if (this.reader != null) {
			throw new IllegalStateException("getReader() has already been called for this request");
		}
		this.streamUsed = true;
		return this.body;
	}

	@Override
	public BufferedReader getReader() throws UnsupportedEncodingException {
		if (this.reader == null) {
			if (this.streamUsed) {
				throw new IllegalStateException("getInputStream() has already been called for this request");
			}
			this.reader = new BufferedReader(
					new InputStreamReader(this.body, Charsets.forName(characterEncodingOrDefault())));
		}
		return this.reader;
	}

	@Override
	@Nullable
	public String getCharacterEncoding() {
		if (this.characterEncoding != null) {
			return this.characterEncoding;
		}
		String contentType = getContentType();
		if (contentType != null) {
			int index = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
			if (index >= 0) {
				String value = contentType.substring(index + "charset=".length());
				int end = value.indexOf(';');
				return ((end >= 0) ? value.substring(0, end) : value).trim().replace("\"", "");
			}
		}
		return this.context.getRequestCharacterEncoding();
	}

	private String characterEncodingOrDefault() {
		String encoding = getCharacterEncoding();
		return (encoding != null) ? encoding : StandardCharsets.ISO_8859_1.name();
	}

	@Override
	public void setCharacterEncoding(String encoding) throws UnsupportedEncodingException {
		if (this.reader != null || this.parameters != null) {
			return;
		}
		Charsets.forName(encoding);
		this.characterEncoding = encoding;
	}


	// Parameters

	private Map<String, String[]> parameters() {
		if (this.parameters == null) {
			Map<String, List<String>> parsed = new LinkedHashMap<>();
			if (this.queryString != null) {
				FormDecoder.decode(this.queryString, StandardCharsets.UTF_8, false, parsed);
			}
			if (isFormPost()) {
				try {
					FormDecoder.decode(readForm(), Charsets.forName(characterEncodingOrDefault()), true, parsed);
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not read the form body of " + getMethod() + " "
							+ this.pathWithinApplication + ": " + ex.getMessage(), ex);
				}
			}
			Map<String, String[]> values = new LinkedHashMap<>();
			parsed.forEach((name, list) -> values.put(name, list.toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(values);
		}
		return this.parameters;
	}

	private boolean isFormPost() {
		String contentType = getContentType();
		return "POST".equals(getMethod()) && !this.streamUsed && this.reader == null && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(FORM_CONTENT_TYPE);
	}

	private String readForm() throws IOException {
		this.streamUsed = true;
		ByteArrayOutputStream form = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = this.body.read(buffer, 0, buffer.length)) != -1) {
			form.write(buffer, 0, read);
			if (form.size() > MAX_FORM_SIZE) {
				throw new IOException("the form body is larger than " + MAX_FORM_SIZE
						+ " bytes; read it as a stream instead of as parameters");
			}
		}
		return form.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	@Nullable
	public String getParameter(String name) {
		String[] values = parameters().get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters().keySet());
	}

	@Override
	@Nullable
	public String[] getParameterValues(String name) {
		String[] values = parameters().get(name);
		return (values != null) ? values.clone() : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters();
	}

	// Attributes

	@Override
	@Nullable
	public Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		return Collections.enumeration(new ArrayList<>(this.attributes.keySet()));
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		if (value == null) {
			this.attributes.remove(name);
		}
		else {
			this.attributes.put(name, value);
		}
	}

	@Override
	public void removeAttribute(String name) {
		this.attributes.remove(name);
	}

	// Connection

	@Override
	public String getProtocol() {
		return this.init.getProto().isEmpty() ? "HTTP/1.1" : this.init.getProto();
	}

	@Override
	public String getScheme() {
		// The server does not say how its client reached it; forwarded headers, when trusted,
		// are Spring's ForwardedHeaderFilter's to apply.
		return "http";
	}

	@Override
	public String getServerName() {
		String host = hostHeader();
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			return (end > 0) ? host.substring(1, end) : host;
		}
		int colon = host.lastIndexOf(':');
		return (colon > 0) ? host.substring(0, colon) : host;
	}

	@Override
	public int getServerPort() {
		String host = hostHeader();
		int colon = host.lastIndexOf(':');
		if (colon > 0 && colon > host.lastIndexOf(']')) {
			return parsePort(host.substring(colon + 1));
		}
		return 80;
	}

	private String hostHeader() {
		if (!this.init.getHost().isEmpty()) {
			return this.init.getHost();
		}
		String host = getHeader("Host");
		return StringUtils.hasText(host) ? host : "localhost";
	}

	@Override
	public String getRemoteAddr() {
		return this.remoteHost;
	}

	@Override
	public String getRemoteHost() {
		return this.remoteHost;
	}

	@Override
	public int getRemotePort() {
		return this.remotePort;
	}

	@Override
	public String getLocalName() {
		return "localhost";
	}

	@Override
	public String getLocalAddr() {
		return "127.0.0.1";
	}

	@Override
	public int getLocalPort() {
		return 0;
	}

	@Override
	public boolean isSecure() {
		return false;
	}

	@Override
	public Locale getLocale() {
		List<Locale> locales = locales();
		return locales.isEmpty() ? Locale.getDefault() : locales.get(0);
	}

	@Override
	public Enumeration<Locale> getLocales() {
		List<Locale> locales = locales();
		return Collections.enumeration(locales.isEmpty() ? List.of(Locale.getDefault()) : locales);
	}

	@Nullable
	private List<Locale> locales;

	private List<Locale> locales() {
		if (this.locales == null) {
			this.locales = parseLocales();
		}
		return this.locales;
	}

	private List<Locale> parseLocales() {
		String header = getHeader("Accept-Language");
		if (!StringUtils.hasText(header)) {
			return List.of();
		}
		try {
			List<Locale> locales = new ArrayList<>();
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				if (range.getWeight() > 0 && !"*".equals(range.getRange())) {
					locales.add(Locale.forLanguageTag(range.getRange()));
				}
			}
			return locales;
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	@Override
	public ServletContext getServletContext() {
		return this.context;
	}

	@Override
	public RequestDispatcher getRequestDispatcher(String path) {
		String target = path.startsWith("/") ? path
				: this.pathWithinApplication.substring(0, this.pathWithinApplication.lastIndexOf('/') + 1) + path;
		return this.context.getRequestDispatcher(target);
	}

	@Override
	public String getRequestId() {
		return this.requestId;
	}

	@Override
	public String getProtocolRequestId() {
		return "";
	}

	@Override
	public ServletConnection getServletConnection() {
		return new ServletConnection() {

			@Override
			public String getConnectionId() {
				return ServeHttpServletRequest.this.requestId;
			}

			@Override
			public String getProtocol() {
				return ServeHttpServletRequest.this.getProtocol();
			}

			@Override
			public String getProtocolConnectionId() {
				return "";
			}

			@Override
			public boolean isSecure() {
				return false;
			}

		};
	}

	// Asynchronous processing and upgrades are not offered.

	@Override
	public AsyncContext startAsync() {
		throw asyncUnsupported();
	}

	@Override
	public AsyncContext startAsync(ServletRequest servletRequest, ServletResponse servletResponse) {
		throw asyncUnsupported();
	}

	@Override
	public boolean isAsyncStarted() {
		return false;
	}

	@Override
	public boolean isAsyncSupported() {
		return false;
	}

	@Override
	public AsyncContext getAsyncContext() {
		throw asyncUnsupported();
	}

	static IllegalStateException asyncUnsupported() {
		return new IllegalStateException("Asynchronous request processing (Callable, DeferredResult, "
				+ "ResponseBodyEmitter, StreamingResponseBody) is not available to a plugin's ServeHTTP requests; "
				+ "write the response from the handler's thread, flushing as it goes");
	}

	@Override
	public <T extends HttpUpgradeHandler> T upgrade(Class<T> handlerClass) throws ServletException {
		throw new ServletException("A ServeHTTP request cannot be upgraded to another protocol");
	}

	// Who is calling

	@Override
	@Nullable
	public String getAuthType() {
		return (userId() != null) ? "Mattermost" : null;
	}

	@Override
	@Nullable
	public String getRemoteUser() {
		return userId();
	}

	@Override
	@Nullable
	public Principal getUserPrincipal() {
		String userId = userId();
		return (userId != null) ? new MattermostUser(userId) : null;
	}

	@Nullable
	private String userId() {
		String userId = getHeader(PluginHttpRequests.USER_ID_HEADER);
		return StringUtils.hasText(userId) ? userId : null;
	}

	@Override
	public boolean isUserInRole(String role) {
		return false;
	}

	@Override
	public boolean authenticate(HttpServletResponse response) throws IOException {
		if (userId() != null) {
			return true;
		}
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		return false;
	}

	@Override
	public void login(String username, String password) throws ServletException {
		throw new ServletException("Mattermost authenticates a plugin's users; the plugin cannot log them in");
	}

	@Override
	public void logout() {
		// Nothing to forget: the user comes from the server with every request.
	}

	// Sessions

	@Override
	@Nullable
	public HttpSession getSession(boolean create) {
		if (this.session != null && this.session.isValid()) {
			return this.session;
		}
		String requested = getRequestedSessionId();
		if (requested != null) {
			this.session = this.sessions.find(requested);
			if (this.session != null) {
				this.session.access();
				return this.session;
			}
		}
		if (!create) {
			return null;
		}
		if (this.response.isCommitted()) {
			throw new IllegalStateException("Cannot create a session after the response has been committed");
		}
		this.session = this.sessions.create();
		this.response.addCookie(this.sessions.cookie(this.session.getId(), this.contextPath));
		return this.session;
	}

	@Override
	public HttpSession getSession() {
		return getSession(true);
	}

	@Override
	public String changeSessionId() {
		HttpSession current = getSession(false);
		if (current == null) {
			throw new IllegalStateException("The request has no session");
		}
		this.session = this.sessions.changeId(this.session);
		this.response.addCookie(this.sessions.cookie(this.session.getId(), this.contextPath));
		return this.session.getId();
	}

	@Override
	@Nullable
	public String getRequestedSessionId() {
		if (!this.requestedSessionIdRead) {
			this.requestedSessionIdRead = true;
			Cookie[] all = getCookies();
			if (all != null) {
				for (Cookie cookie : all) {
					if (this.sessions.cookieName().equals(cookie.getName())) {
						this.requestedSessionId = cookie.getValue();
						break;
					}
				}
			}
		}
		return this.requestedSessionId;
	}

	@Override
	public boolean isRequestedSessionIdValid() {
		String requested = getRequestedSessionId();
		return requested != null && this.sessions.find(requested) != null;
	}

	@Override
	public boolean isRequestedSessionIdFromCookie() {
		return getRequestedSessionId() != null;
	}

	@Override
	public boolean isRequestedSessionIdFromURL() {
		return false;
	}

	// Multipart

	@Override
	public Collection<Part> getParts() throws ServletException {
		throw multipartUnsupported();
	}

	@Override
	@Nullable
	public Part getPart(String name) throws ServletException {
		throw multipartUnsupported();
	}

	private static ServletException multipartUnsupported() {
		return new ServletException("Multipart request bodies are not parsed by the plugin's ServeHTTP bridge; "
				+ "read the body as a stream, or set spring.servlet.multipart.enabled=false and parse it yourself");
	}

}

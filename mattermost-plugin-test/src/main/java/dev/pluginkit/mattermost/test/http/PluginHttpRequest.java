package dev.pluginkit.mattermost.test.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.test.internal.Ids;
import io.grpc.CallOptions;

/**
 * An HTTP request for a plugin, built fluently and sent as the server forwards a request
 * for {@code /plugins/{id}/...} through {@code ServeHTTP}. Get one from a
 * {@link PluginHttpClient}.
 *
 * <pre>{@code
 * PluginHttpResponse response = client.post("/echo")
 *     .userId(user.getId())
 *     .contentType("application/json")
 *     .body("{\"a\":1}")
 *     .send();
 * }</pre>
 *
 * <p>The {@code init} message is what the server builds
 * ({@code ServeHTTPCaller.buildRequestInit} in
 * {@code server/public/pluginapi/grpc/server/serve_http.go}, after
 * {@code servePluginRequest} in {@code server/channels/app/plugin_requests.go}):
 * <ul>
 * <li>{@code url}: the path without {@code /plugins/{id}}, escaped as Go's
 * {@code URL.String()} does, and the query parsed and encoded again by Go's
 * {@code url.Values} (keys sorted, {@code access_token} removed);</li>
 * <li>{@code request_uri}: the request target as the HTTP client sent it,
 * {@code /plugins/{id}/path?query};</li>
 * <li>{@code proto} {@code HTTP/1.1}; {@code host} and {@code remote_addr} (defaults
 * {@value #DEFAULT_HOST} and {@value #DEFAULT_REMOTE_ADDR});</li>
 * <li>headers under Go's canonical keys, each with all its values. The server deletes
 * any {@code Mattermost-User-Id}, {@code Mattermost-Plugin-Id} and {@code Referer} the
 * client sent and the session cookie {@code MMAUTHTOKEN}, and sets
 * {@code Mattermost-User-Id} itself for an authenticated user ({@link #userId(String)});
 * a {@code Content-Length} header comes with a body of known length;</li>
 * <li>{@code content_length}: the body's length, 0 without a body, -1 when unknown;</li>
 * <li>the plugin context: a new request id, the client's IP address (from
 * {@code remote_addr}), its {@code Accept-Language} and {@code User-Agent}, and a session
 * id for an authenticated user.</li>
 * </ul>
 * The order of header keys carries no meaning (Go sends them in map order).
 *
 * <p>The body goes out in chunks of at most 64 KiB, the first with {@code init}, the last
 * with {@code body_complete}. A request without a body still sends one message, with
 * {@code body_complete}. Not thread-safe; an instance with a byte or text body can be sent
 * again.
 */
public final class PluginHttpRequest {

	/** The {@code Host} of requests unless {@link #host(String)} says otherwise. */
	public static final String DEFAULT_HOST = "localhost:8065";

	/** The client address of requests unless {@link #remoteAddr(String)} says otherwise. */
	public static final String DEFAULT_REMOTE_ADDR = "127.0.0.1:51234";

	/**
	 * The caller id the server puts in {@code Mattermost-Plugin-ID} for its own calls to a
	 * plugin ({@code ServeInternalPluginRequest}).
	 */
	public static final String CORE_SERVER_ID = "com.mattermost.server";

	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

	private final PluginHttpClient client;

	private final String method;

	private final String path;

	private final List<String[]> queryParams = new ArrayList<>();

	private final Map<String, List<String>> headers = new LinkedHashMap<>();

	private String userId;

	private String sessionId;

	private String fromPluginId;

	private PluginContext pluginContext;

	private String remoteAddr = DEFAULT_REMOTE_ADDR;

	private String host = DEFAULT_HOST;

	private byte[] bodyBytes;

	private InputStream bodyStream;

	private long bodyStreamLength;

	private boolean bodyStreamSent;

	private int chunkSize = PluginHttpExchange.MAX_CHUNK_SIZE;

	private int chunks;

	private Duration timeout;

	private boolean inProcess;

	PluginHttpRequest(PluginHttpClient client, String method, String path) {
		this.client = client;
		this.method = requireMethod(method);
		this.path = requirePath(path);
	}

	private static String requireMethod(String method) {
		Objects.requireNonNull(method, "method");
		if (method.isEmpty() || !method.chars().allMatch((c) -> GoHttp.isTokenChar((char) c))) {
			throw new IllegalArgumentException("Not an HTTP method: '" + method + "'");
		}
		return method;
	}

	private static String requirePath(String path) {
		Objects.requireNonNull(path, "path");
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("The path '" + path
					+ "' must start with '/'; give it without /plugins/{id}, as the plugin sees it");
		}
		return path;
	}

	/**
	 * Adds values to a header; calling it again for the same name adds more values.
	 * @param name the header name, in any case (Go makes it canonical)
	 * @param values the values, in order
	 * @return this request
	 * @throws IllegalArgumentException for {@code Host}, {@code Content-Length} and
	 * {@code Transfer-Encoding}, which Go's server keeps out of the headers or derives from
	 * the body: use {@link #host(String)} and the {@code body} methods
	 */
	public PluginHttpRequest header(String name, String... values) {
		String key = GoHttp.canonicalHeaderKey(Objects.requireNonNull(name, "name"));
		if (key.equals("Host") || key.equals("Content-Length") || key.equals("Transfer-Encoding")) {
			throw new IllegalArgumentException("The header '" + name
					+ "' is not set by hand: use host(...) for Host, and body(...) for the body's length");
		}
		List<String> list = this.headers.computeIfAbsent(key, (k) -> new ArrayList<>());
		for (String value : values) {
			list.add(Objects.requireNonNull(value, "header value"));
		}
		return this;
	}

	/**
	 * Sets {@code Content-Type}, replacing any value.
	 * @param contentType the media type, such as {@code application/json}
	 * @return this request
	 */
	public PluginHttpRequest contentType(String contentType) {
		this.headers.put("Content-Type", new ArrayList<>(List.of(contentType)));
		return this;
	}

	/**
	 * Adds a query parameter after any query in the path.
	 * @param name the parameter name
	 * @param values its values, each added as {@code name=value}
	 * @return this request
	 */
	public PluginHttpRequest queryParam(String name, String... values) {
		for (String value : values) {
			this.queryParams.add(new String[] { Objects.requireNonNull(name, "name"), Objects.requireNonNull(value) });
		}
		return this;
	}

	/**
	 * Makes the request come from a logged-in user, as the server forwards it after
	 * checking the session: {@code Mattermost-User-Id} is set and the plugin context
	 * carries a session id.
	 * @param userId the user's id
	 * @return this request
	 */
	public PluginHttpRequest userId(String userId) {
		this.userId = Objects.requireNonNull(userId, "userId");
		return this;
	}

	/**
	 * Sets the session id the plugin context carries for an authenticated user; a new id
	 * is made otherwise.
	 * @param sessionId the session id
	 * @return this request
	 */
	public PluginHttpRequest sessionId(String sessionId) {
		this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
		return this;
	}

	/**
	 * Makes the request come from another plugin through the server's {@code PluginHTTP}
	 * ({@code ServeInternalPluginRequest}): {@code Mattermost-Plugin-Id} is the caller's
	 * id, {@code Mattermost-User-Id} is the user set with {@link #userId(String)} or empty,
	 * and the plugin context carries only a request id and the {@code User-Agent}. Headers
	 * the caller set are not stripped. Use {@link #CORE_SERVER_ID} for a call the server
	 * makes itself.
	 * @param pluginId the calling plugin's id
	 * @return this request
	 */
	public PluginHttpRequest fromPlugin(String pluginId) {
		this.fromPluginId = Objects.requireNonNull(pluginId, "pluginId");
		return this;
	}

	/**
	 * Replaces the plugin context the request would carry.
	 * @param pluginContext the context, sent as given
	 * @return this request
	 */
	public PluginHttpRequest pluginContext(PluginContext pluginContext) {
		this.pluginContext = Objects.requireNonNull(pluginContext, "pluginContext");
		return this;
	}

	/**
	 * Sets the client's address, which also gives the plugin context's IP address.
	 * @param remoteAddr {@code host:port}
	 * @return this request
	 */
	public PluginHttpRequest remoteAddr(String remoteAddr) {
		this.remoteAddr = Objects.requireNonNull(remoteAddr, "remoteAddr");
		return this;
	}

	/**
	 * Sets the {@code Host} the client addressed.
	 * @param host the host, with a port if any
	 * @return this request
	 */
	public PluginHttpRequest host(String host) {
		this.host = Objects.requireNonNull(host, "host");
		return this;
	}

	/**
	 * Sends the request as the server does when it calls its own plugin in-process for a
	 * message action (button or menu), a dialog submission or a lookup
	 * ({@code doPluginRequest} in {@code server/channels/app/integration_action.go}):
	 * <ul>
	 * <li>the request is built in code: no {@code Host}, {@code remote_addr},
	 * {@code request_uri}, {@code Content-Length} header, client IP, {@code User-Agent} or
	 * {@code Accept-Language}; {@code content_length} is the body's length;</li>
	 * <li>the body ends with a message of its own carrying {@code body_complete}, as its
	 * reader reports the end on a separate read;</li>
	 * <li>the answer goes into {@code LocalResponseWriter}, whose {@code Write} keeps only
	 * the last chunk, so {@link PluginHttpResponse#body()} is what the server reads: a
	 * complete answer in one message arrives whole, a longer one loses all but its last
	 * chunk;</li>
	 * <li>its context never ends, so the call is not cancelled after the answer.</li>
	 * </ul>
	 * The server sets {@code Mattermost-User-Id} for the clicking user; give it with
	 * {@link #userId(String)}. The body must be given as bytes or text.
	 * @return this request
	 */
	public PluginHttpRequest inProcess() {
		this.inProcess = true;
		return this;
	}

	/**
	 * Sets the body.
	 * @param body the bytes
	 * @return this request
	 */
	public PluginHttpRequest body(byte[] body) {
		this.bodyBytes = Objects.requireNonNull(body, "body").clone();
		this.bodyStream = null;
		this.bodyStreamSent = false;
		return this;
	}

	/**
	 * Sets the body as UTF-8 text.
	 * @param body the text
	 * @return this request
	 */
	public PluginHttpRequest body(String body) {
		return body(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sets a body that is read as it is sent, never held whole: for large uploads. The
	 * request can then be sent once.
	 * @param body the stream, closed when sent
	 * @param length its exact length, declared as {@code Content-Length}; -1 when unknown
	 * (the plugin then sees {@code content_length} -1, as for a chunked upload)
	 * @return this request
	 */
	public PluginHttpRequest body(InputStream body, long length) {
		if (length < -1) {
			throw new IllegalArgumentException("A body length of " + length + "; give the length, or -1 when unknown");
		}
		this.bodyStream = Objects.requireNonNull(body, "body");
		this.bodyStreamLength = length;
		this.bodyStreamSent = false;
		this.bodyBytes = null;
		return this;
	}

	/**
	 * Sets the size of the body chunks, the first of which travels with {@code init}.
	 * @param chunkSize bytes per message, 1 to 65536 (the server's 64 KiB, the default)
	 * @return this request
	 */
	public PluginHttpRequest chunkSize(int chunkSize) {
		if (chunkSize < 1 || chunkSize > PluginHttpExchange.MAX_CHUNK_SIZE) {
			throw new IllegalArgumentException("A chunk size of " + chunkSize + "; the server sends 1 to "
					+ PluginHttpExchange.MAX_CHUNK_SIZE + " bytes per message");
		}
		this.chunkSize = chunkSize;
		this.chunks = 0;
		return this;
	}

	/**
	 * Splits a body of known length into a number of equal chunks (the last may be
	 * shorter), for example 1 MiB in 16 chunks of 64 KiB.
	 * @param chunks the number of chunks
	 * @return this request
	 */
	public PluginHttpRequest chunks(int chunks) {
		if (chunks < 1) {
			throw new IllegalArgumentException("A body in " + chunks + " chunks; give at least 1");
		}
		this.chunks = chunks;
		return this;
	}

	/**
	 * Puts a deadline on the call. The server puts none on ServeHTTP (it follows the HTTP
	 * request), so the default is none; {@link #send()} then waits at most the client's
	 * await timeout.
	 * @param timeout the deadline, from the start of the call
	 * @return this request
	 */
	public PluginHttpRequest timeout(Duration timeout) {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("A timeout of " + timeout + "; give a positive duration");
		}
		this.timeout = timeout;
		return this;
	}

	/**
	 * Sends the request, waits for the whole answer and keeps its body.
	 * @return the response
	 * @throws AssertionError when the answer is not over within the client's await timeout
	 * (the call is then cancelled)
	 * @throws IllegalStateException when a body stream could not be read or was shorter
	 * than declared
	 */
	public PluginHttpResponse send() {
		return send(null);
	}

	/**
	 * Sends the request and writes the response body to a sink as it arrives, keeping only
	 * its length and digest: for large downloads. Pass
	 * {@link OutputStream#nullOutputStream()} to check only the length and digest.
	 * @param sink where the body goes; not closed
	 * @return the response, whose {@link PluginHttpResponse#body()} is not available
	 */
	public PluginHttpResponse send(OutputStream sink) {
		if (!this.client.serveHttpImplemented()) {
			return this.client.answerNotImplemented(buildInit(contentLength()), buildHeaders(contentLength()));
		}
		PluginHttpExchange exchange = start(sink);
		Duration wait = (this.timeout != null) ? this.timeout.plus(this.client.awaitTimeout())
				: this.client.awaitTimeout();
		PluginHttpResponse response;
		try {
			response = exchange.awaitResponse(wait);
		}
		catch (AssertionError ex) {
			exchange.cancel();
			throw ex;
		}
		exchange.bodyFailure().ifPresent((failure) -> {
			throw new IllegalStateException("The request body could not be sent, or the response body not written: "
					+ failure.getMessage(), failure);
		});
		return response;
	}

	/**
	 * Starts the call and returns at once: the body, if any, is sent in the background as
	 * flow control allows; a request without a body sends its {@code init} with
	 * {@code body_complete}.
	 * @return the exchange in progress
	 * @throws IllegalStateException when the plugin did not list {@code ServeHTTP}, so the
	 * server would not call it
	 */
	public PluginHttpExchange open() {
		requireImplemented();
		return start(null);
	}

	/**
	 * Starts the call and lets the test send the body with
	 * {@link PluginHttpExchange#sendChunk(byte[])} and {@link PluginHttpExchange#complete()}.
	 * Like the server, which sends {@code init} together with the first body bytes it
	 * reads, the exchange sends {@code init} with the first chunk (or with
	 * {@code complete()}).
	 * @param contentLength the declared length; -1 when unknown
	 * @return the exchange in progress
	 * @throws IllegalStateException when a body was set on the request, or the plugin did
	 * not list {@code ServeHTTP}
	 */
	public PluginHttpExchange openStreaming(long contentLength) {
		if (this.inProcess) {
			throw new IllegalStateException("An in-process request has its whole body in memory; give it with body(...)");
		}
		if (this.bodyBytes != null || this.bodyStream != null) {
			throw new IllegalStateException("openStreaming() sends the body by hand; this request already has one");
		}
		if (contentLength < -1) {
			throw new IllegalArgumentException("A content length of " + contentLength + "; give it, or -1 when unknown");
		}
		requireImplemented();
		return PluginHttpExchange.startByHand(this.client, buildInit(contentLength), buildHeaders(contentLength),
				callOptions(), this.client.awaitTimeout());
	}

	private void requireImplemented() {
		if (!this.client.serveHttpImplemented()) {
			throw new IllegalStateException("The plugin does not implement ServeHTTP, so the server never calls it "
					+ "(it answers 404 itself; send() shows that answer)");
		}
	}

	private PluginHttpExchange start(OutputStream sink) {
		if (this.inProcess && (this.bodyStream != null || sink != null)) {
			throw new IllegalStateException("An in-process request keeps its body and answer in memory, as the server "
					+ "does; give the body as bytes or text, and read the answer with send()");
		}
		long length = contentLength();
		InputStream source;
		if (this.bodyStream != null) {
			source = this.bodyStream;
			this.bodyStream = null;
			this.bodyStreamSent = true;
		}
		else if (this.bodyStreamSent) {
			throw new IllegalStateException("The request's body stream was sent already; set the body again");
		}
		else {
			source = new ByteArrayInputStream((this.bodyBytes != null) ? this.bodyBytes : new byte[0]);
		}
		return PluginHttpExchange.startSending(this.client, buildInit(length), buildHeaders(length), callOptions(),
				sink, source, length, effectiveChunkSize(length), this.inProcess, this.client.awaitTimeout());
	}

	private long contentLength() {
		if (this.bodyStream != null) {
			return this.bodyStreamLength;
		}
		return (this.bodyBytes != null) ? this.bodyBytes.length : 0;
	}

	private int effectiveChunkSize(long length) {
		if (this.chunks == 0) {
			return this.chunkSize;
		}
		if (length < 0) {
			throw new IllegalStateException("chunks(" + this.chunks + ") needs a body of known length");
		}
		long size = Math.max(1, (length + this.chunks - 1) / this.chunks);
		if (size > PluginHttpExchange.MAX_CHUNK_SIZE) {
			throw new IllegalStateException("A body of " + length + " bytes in " + this.chunks + " chunks needs chunks of "
					+ size + " bytes; the server sends at most " + PluginHttpExchange.MAX_CHUNK_SIZE + " per message");
		}
		return (int) size;
	}

	private CallOptions callOptions() {
		// grpc-go's default receive limit, which the server's hooks client keeps: a larger
		// message fails the call with RESOURCE_EXHAUSTED, whatever the channel allows.
		CallOptions options = CallOptions.DEFAULT.withMaxInboundMessageSize(PluginHttpExchange.MAX_RESPONSE_MESSAGE_SIZE);
		if (this.timeout != null) {
			options = options.withDeadlineAfter(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		return options;
	}

	private String rawQuery() {
		int mark = this.path.indexOf('?');
		StringBuilder query = new StringBuilder((mark >= 0) ? this.path.substring(mark + 1) : "");
		for (String[] param : this.queryParams) {
			if (query.length() > 0) {
				query.append('&');
			}
			query.append(GoHttp.escapeQueryComponent(param[0]))
				.append('=')
				.append(GoHttp.escapeQueryComponent(param[1]));
		}
		return query.toString();
	}

	private String rawPath() {
		int mark = this.path.indexOf('?');
		return (mark >= 0) ? this.path.substring(0, mark) : this.path;
	}

	private Map<String, List<String>> buildHeaders(long contentLength) {
		Map<String, List<String>> sent = new LinkedHashMap<>();
		this.headers.forEach((key, values) -> sent.put(key, new ArrayList<>(values)));
		if (this.fromPluginId != null) {
			// ServeInternalPluginRequest sets both, the user id even when empty.
			sent.put("Mattermost-User-Id", new ArrayList<>(List.of((this.userId != null) ? this.userId : "")));
			sent.put("Mattermost-Plugin-Id", new ArrayList<>(List.of(this.fromPluginId)));
		}
		else {
			// servePluginRequest: only the server may say who is calling.
			sent.remove("Mattermost-Plugin-Id");
			sent.remove("Mattermost-User-Id");
			sent.remove("Referer");
			dropSessionCookie(sent);
			if (this.userId != null) {
				sent.put("Mattermost-User-Id", new ArrayList<>(List.of(this.userId)));
			}
		}
		if (!this.inProcess && (contentLength > 0 || (contentLength == 0 && BODY_METHODS.contains(this.method)))) {
			// Go's clients, and browsers, declare an empty body for these methods.
			sent.put("Content-Length", new ArrayList<>(List.of(Long.toString(contentLength))));
		}
		Map<String, List<String>> frozen = new LinkedHashMap<>();
		sent.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
		return Collections.unmodifiableMap(frozen);
	}

	/**
	 * The server reads the cookies, deletes {@code Cookie} and adds back every cookie but
	 * the session token, which gives one header value joined by {@code "; "}.
	 */
	private static void dropSessionCookie(Map<String, List<String>> headers) {
		List<String> cookies = headers.remove("Cookie");
		if (cookies == null) {
			return;
		}
		List<String> kept = new ArrayList<>();
		for (String line : cookies) {
			for (String part : line.split(";")) {
				String cookie = part.trim();
				int equals = cookie.indexOf('=');
				if (equals <= 0 || cookie.substring(0, equals).trim().equals("MMAUTHTOKEN")) {
					continue;
				}
				kept.add(cookie);
			}
		}
		if (!kept.isEmpty()) {
			headers.put("Cookie", new ArrayList<>(List.of(String.join("; ", kept))));
		}
	}

	private ServeHTTPRequestInit buildInit(long contentLength) {
		String rawQuery = rawQuery();
		Map<String, List<String>> query = GoHttp.parseQuery(rawQuery);
		query.remove("access_token");
		String encodedQuery = GoHttp.encodeQuery(query);
		String decodedPath;
		try {
			decodedPath = GoHttp.unescape(rawPath(), false);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The path '" + this.path + "' is not a valid request target: "
					+ ex.getMessage(), ex);
		}
		String url = GoHttp.escapePath(decodedPath) + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery);
		Map<String, List<String>> headers = buildHeaders(contentLength);
		ServeHTTPRequestInit.Builder init = ServeHTTPRequestInit.newBuilder()
			.setMethod(this.method)
			.setUrl(url)
			.setProto("HTTP/1.1")
			.setProtoMajor(1)
			.setProtoMinor(1)
			.setHost(this.host)
			.setContentLength(contentLength);
		headers.forEach((key, values) -> init.addHeaders(HTTPHeader.newBuilder().setKey(key).addAllValues(values)));
		if (this.inProcess) {
			// http.NewRequest: no host in the URL, no client, no request line.
			init.setHost("").setRemoteAddr("").setRequestUri("");
		}
		else if (this.fromPluginId != null) {
			// A request another plugin built: its transport fields are what that plugin's
			// request had, which for a request made in code is nothing (not confirmed for
			// calls that reach the server over gRPC).
			init.setRemoteAddr("").setRequestUri("");
		}
		else {
			init.setRemoteAddr(this.remoteAddr)
				.setRequestUri("/plugins/" + this.client.pluginId() + rawPath() + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
		}
		init.setPluginContext((this.pluginContext != null) ? this.pluginContext : buildPluginContext(headers));
		return init.build();
	}

	private PluginContext buildPluginContext(Map<String, List<String>> headers) {
		PluginContext.Builder context = PluginContext.newBuilder()
			.setRequestId(Ids.newId())
			.setUserAgent(first(headers, "User-Agent"));
		if (this.fromPluginId != null) {
			return context.build();
		}
		if (this.inProcess) {
			if (this.userId != null) {
				context.setSessionId((this.sessionId != null) ? this.sessionId : Ids.newId());
			}
			return context.build();
		}
		context.setIpAddress(hostOf(this.remoteAddr)).setAcceptLanguage(first(headers, "Accept-Language"));
		if (this.userId != null) {
			context.setSessionId((this.sessionId != null) ? this.sessionId : Ids.newId());
		}
		return context.build();
	}

	private static String first(Map<String, List<String>> headers, String key) {
		List<String> values = headers.get(key);
		return (values == null || values.isEmpty()) ? "" : values.get(0);
	}

	/** utils.GetIPAddress without trusted proxy headers: the host of RemoteAddr. */
	private static String hostOf(String remoteAddr) {
		if (remoteAddr.startsWith("[")) {
			int end = remoteAddr.indexOf(']');
			return (end > 0) ? remoteAddr.substring(1, end) : remoteAddr;
		}
		int colon = remoteAddr.lastIndexOf(':');
		return (colon >= 0) ? remoteAddr.substring(0, colon) : remoteAddr;
	}

}

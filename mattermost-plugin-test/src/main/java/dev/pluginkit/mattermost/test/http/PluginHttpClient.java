package dev.pluginkit.mattermost.test.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import io.grpc.Channel;
import io.grpc.Status;

/**
 * Sends HTTP requests to a plugin the way the Mattermost server forwards requests for
 * {@code /plugins/{id}/...}: through the plugin's bidirectional {@code ServeHTTP} stream,
 * with the messages, chunking, flow control, status rules and cancellation of the server's
 * {@code ServeHTTPCaller} ({@code server/public/pluginapi/grpc/server/serve_http.go}).
 * {@code PluginDriver.http()} gives one for a launched plugin; in a {@code @SpringBootTest}
 * with the plugin runtime on, build one over a channel to the plugin's hooks server.
 *
 * <pre>{@code
 * PluginHttpClient http = PluginHttpClient.over(channel, "com.example.plugin");
 * PluginHttpResponse whoami = http.get("/whoami").userId(userId).send();
 * assertThat(whoami.status()).isEqualTo(200);
 *
 * PluginHttpResponse echo = http.post("/echo").contentType("text/plain").body(bytes).chunks(16).send();
 * assertThat(echo.body()).isEqualTo(bytes);
 * assertThat(http.exchanges()).hasSize(2);
 * }</pre>
 *
 * <p>The client records every exchange it finishes ({@link #exchanges()}). Thread-safe:
 * requests may be sent from several threads at once.
 */
public final class PluginHttpClient {

	/** How long {@link PluginHttpRequest#send()} waits for an answer unless told otherwise. */
	public static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofSeconds(30);

	private final Channel channel;

	private final String pluginId;

	private final Duration awaitTimeout;

	private final BooleanSupplier serveHttpImplemented;

	private final List<RecordedExchange> exchanges;

	private PluginHttpClient(Channel channel, String pluginId, Duration awaitTimeout,
			BooleanSupplier serveHttpImplemented, List<RecordedExchange> exchanges) {
		this.channel = channel;
		this.pluginId = pluginId;
		this.awaitTimeout = awaitTimeout;
		this.serveHttpImplemented = serveHttpImplemented;
		this.exchanges = exchanges;
	}

	/**
	 * Creates a client over a channel to a plugin's hooks server.
	 * @param channel the channel; not closed by the client
	 * @param pluginId the plugin's id, which the server's URLs carry
	 * ({@code /plugins/{pluginId}/...}, seen by the plugin in {@code request_uri})
	 * @return the client
	 */
	public static PluginHttpClient over(Channel channel, String pluginId) {
		Objects.requireNonNull(channel, "channel");
		return new PluginHttpClient(channel, requirePluginId(pluginId), DEFAULT_AWAIT_TIMEOUT, () -> true, new CopyOnWriteArrayList<>());
	}

	/**
	 * Returns a client that waits longer (or shorter) for answers in
	 * {@link PluginHttpRequest#send()}, sharing this client's record.
	 * @param awaitTimeout how long to wait for a complete answer
	 * @return the changed client
	 */
	public PluginHttpClient withAwaitTimeout(Duration awaitTimeout) {
		if (awaitTimeout.isNegative() || awaitTimeout.isZero()) {
			throw new IllegalArgumentException("An await timeout of " + awaitTimeout + "; give a positive duration");
		}
		return new PluginHttpClient(this.channel, this.pluginId, awaitTimeout, this.serveHttpImplemented,
				this.exchanges);
	}

	/**
	 * Returns a client that addresses the plugin under another id, sharing this client's
	 * record. The id only shows in {@code request_uri} ({@code /plugins/{pluginId}/...}).
	 * @param pluginId the plugin id
	 * @return the changed client
	 */
	public PluginHttpClient withPluginId(String pluginId) {
		return new PluginHttpClient(this.channel, requirePluginId(pluginId), this.awaitTimeout,
				this.serveHttpImplemented, this.exchanges);
	}

	private static String requirePluginId(String pluginId) {
		if (pluginId == null || pluginId.isBlank()) {
			throw new IllegalArgumentException("A plugin id is required, such as the id in plugin.json");
		}
		return pluginId;
	}

	/**
	 * Returns a client that first asks whether the plugin listed {@code ServeHTTP} in
	 * {@code Implemented}, and when it did not, answers as the server does without calling
	 * the plugin: 404 with Go's {@code http.NotFound} body. The server does so for hooks a
	 * plugin does not implement ({@code hooksRPCClient.ServeHTTP} in
	 * {@code server/public/plugin/client_rpc.go}; not confirmed for the gRPC hooks client).
	 * @param serveHttpImplemented whether the plugin listed {@code ServeHTTP}
	 * @return the changed client, sharing this client's record
	 */
	public PluginHttpClient withImplementedCheck(BooleanSupplier serveHttpImplemented) {
		return new PluginHttpClient(this.channel, this.pluginId, this.awaitTimeout,
				Objects.requireNonNull(serveHttpImplemented, "serveHttpImplemented"), this.exchanges);
	}

	/**
	 * Starts a {@code GET} request.
	 * @param path the path the plugin sees, without {@code /plugins/{id}}; may carry a query
	 * @return the request, to complete and send
	 */
	public PluginHttpRequest get(String path) {
		return request("GET", path);
	}

	/**
	 * Starts a {@code POST} request.
	 * @param path the path the plugin sees, without {@code /plugins/{id}}; may carry a query
	 * @return the request, to complete and send
	 */
	public PluginHttpRequest post(String path) {
		return request("POST", path);
	}

	/**
	 * Starts a {@code PUT} request.
	 * @param path the path the plugin sees, without {@code /plugins/{id}}; may carry a query
	 * @return the request, to complete and send
	 */
	public PluginHttpRequest put(String path) {
		return request("PUT", path);
	}

	/**
	 * Starts a {@code PATCH} request.
	 * @param path the path the plugin sees, without {@code /plugins/{id}}; may carry a query
	 * @return the request, to complete and send
	 */
	public PluginHttpRequest patch(String path) {
		return request("PATCH", path);
	}

	/**
	 * Starts a {@code DELETE} request.
	 * @param path the path the plugin sees, without {@code /plugins/{id}}; may carry a query
	 * @return the request, to complete and send
	 */
	public PluginHttpRequest delete(String path) {
		return request("DELETE", path);
	}

	/**
	 * Starts a request with any method.
	 * @param method the method, such as {@code OPTIONS}
	 * @param path the path the plugin sees, without {@code /plugins/{id}}; may carry a query
	 * @return the request, to complete and send
	 */
	public PluginHttpRequest request(String method, String path) {
		return new PluginHttpRequest(this, method, path);
	}

	/**
	 * Returns every exchange this client (and the clients derived from it) finished, in
	 * the order they finished.
	 * @return a copy of the record
	 */
	public List<RecordedExchange> exchanges() {
		return List.copyOf(this.exchanges);
	}

	/**
	 * Returns the exchange that finished last.
	 * @return the last exchange
	 * @throws IllegalStateException when none finished yet
	 */
	public RecordedExchange lastExchange() {
		List<RecordedExchange> all = exchanges();
		if (all.isEmpty()) {
			throw new IllegalStateException("No ServeHTTP exchange has finished yet");
		}
		return all.get(all.size() - 1);
	}

	/**
	 * Forgets the recorded exchanges.
	 */
	public void clearExchanges() {
		this.exchanges.clear();
	}

	/**
	 * Returns the plugin id the client addresses.
	 * @return the plugin id
	 */
	public String pluginId() {
		return this.pluginId;
	}

	Channel channel() {
		return this.channel;
	}

	Duration awaitTimeout() {
		return this.awaitTimeout;
	}

	boolean serveHttpImplemented() {
		return this.serveHttpImplemented.getAsBoolean();
	}

	void record(RecordedExchange exchange) {
		this.exchanges.add(exchange);
	}

	/** Go's http.NotFound, which the server answers for a plugin without ServeHTTP. */
	PluginHttpResponse answerNotImplemented(ServeHTTPRequestInit init, Map<String, List<String>> requestHeaders) {
		byte[] body = "404 page not found\n".getBytes(StandardCharsets.UTF_8);
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.put("Content-Type", List.of("text/plain; charset=utf-8"));
		headers.put("X-Content-Type-Options", List.of("nosniff"));
		byte[] sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256").digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
		PluginHttpResponse response = new PluginHttpResponse(404, OptionalInt.empty(),
				Collections.unmodifiableMap(headers), body, body.length, sha256, true, List.of(), 0, 0, false, false,
				Status.OK, false);
		record(new RecordedExchange(init, requestHeaders, 0, 0, false, 404, OptionalInt.empty(), 0, body.length, false,
				Optional.of(Status.OK), false));
		return response;
	}

}

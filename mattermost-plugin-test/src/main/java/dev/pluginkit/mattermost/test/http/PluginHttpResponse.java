package dev.pluginkit.mattermost.test.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.grpc.Status;

/**
 * The answer to one ServeHTTP exchange, as the HTTP client of the server would get it,
 * together with how it travelled: the messages the plugin sent, which of them asked for a
 * flush, how much of the request body went out, and how the gRPC call ended.
 *
 * <p>The status follows the server's rules ({@code ServeHTTPCaller.writeResponseHeaders}
 * in {@code server/public/pluginapi/grpc/server/serve_http.go}): 0 becomes 200, a code
 * outside 100 to 999 becomes 500 with a plain-text body and without the plugin's headers,
 * a first message without {@code init} gives 200 with no headers, and a plugin that sends
 * nothing before the call ends gives 500. {@link #pluginStatus()} keeps what the plugin
 * sent.
 *
 * <p>Header names are looked up without regard to case.
 */
public final class PluginHttpResponse {

	private final int status;

	private final OptionalInt pluginStatus;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private final long bodyLength;

	private final byte[] bodySha256;

	private final boolean bodyComplete;

	private final List<ResponseMessage> messages;

	private final long requestBodyBytesSent;

	private final int requestMessagesSent;

	private final boolean requestBodyComplete;

	private final boolean cancelled;

	private final Status callStatus;

	private final boolean pluginCalled;

	PluginHttpResponse(int status, OptionalInt pluginStatus, Map<String, List<String>> headers, byte[] body,
			long bodyLength, byte[] bodySha256, boolean bodyComplete, List<ResponseMessage> messages,
			long requestBodyBytesSent, int requestMessagesSent, boolean requestBodyComplete, boolean cancelled,
			Status callStatus, boolean pluginCalled) {
		this.status = status;
		this.pluginStatus = pluginStatus;
		this.headers = headers;
		this.body = body;
		this.bodyLength = bodyLength;
		this.bodySha256 = bodySha256;
		this.bodyComplete = bodyComplete;
		this.messages = messages;
		this.requestBodyBytesSent = requestBodyBytesSent;
		this.requestMessagesSent = requestMessagesSent;
		this.requestBodyComplete = requestBodyComplete;
		this.cancelled = cancelled;
		this.callStatus = callStatus;
		this.pluginCalled = pluginCalled;
	}

	/**
	 * Returns the status the HTTP client gets, after the server's rules.
	 * @return the HTTP status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Returns the status code the plugin put in its first message's {@code init}.
	 * @return the raw code (0 included), or empty when the plugin sent no {@code init}
	 */
	public OptionalInt pluginStatus() {
		return this.pluginStatus;
	}

	/**
	 * Returns the response headers.
	 * @return every header with all its values, looked up without regard to case
	 */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/**
	 * Returns all values of a header.
	 * @param name the header name, in any case
	 * @return the values in order; empty when the header is absent
	 */
	public List<String> headerValues(String name) {
		return this.headers.getOrDefault(name, List.of());
	}

	/**
	 * Returns the first value of a header.
	 * @param name the header name, in any case
	 * @return the first value, or empty when the header is absent
	 */
	public Optional<String> header(String name) {
		return headerValues(name).stream().findFirst();
	}

	/**
	 * Returns the {@code Content-Type} header.
	 * @return its first value, or empty
	 */
	public Optional<String> contentType() {
		return header("Content-Type");
	}

	/**
	 * Returns the body.
	 * @return a copy of the body bytes
	 * @throws IllegalStateException when the body was written to a sink instead
	 */
	public byte[] body() {
		if (this.body == null) {
			throw new IllegalStateException("The body (" + this.bodyLength
					+ " bytes) went to the sink given to send(OutputStream) and was not kept; use bodyLength() and bodySha256()");
		}
		return this.body.clone();
	}

	/**
	 * Returns the body as UTF-8 text.
	 * @return the body
	 * @throws IllegalStateException when the body was written to a sink instead
	 */
	public String bodyAsString() {
		return bodyAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Returns the body as text.
	 * @param charset the body's charset
	 * @return the body
	 * @throws IllegalStateException when the body was written to a sink instead
	 */
	public String bodyAsString(Charset charset) {
		return new String(body(), charset);
	}

	/**
	 * Returns how many body bytes arrived, kept or not.
	 * @return the body length
	 */
	public long bodyLength() {
		return this.bodyLength;
	}

	/**
	 * Returns the SHA-256 digest of the body, computed as it arrived, kept or not.
	 * @return the digest as lower-case hex
	 */
	public String bodySha256() {
		return HexFormat.of().formatHex(this.bodySha256);
	}

	/**
	 * Tells whether the plugin marked the end of the body with {@code body_complete}. A
	 * stream that ended without it also ends the server's response; after a failed call
	 * the body may be cut short.
	 * @return whether {@code body_complete} arrived
	 */
	public boolean bodyComplete() {
		return this.bodyComplete;
	}

	/**
	 * Returns the messages the server read, in order. It stops reading at
	 * {@code body_complete}, and after an invalid status.
	 * @return the messages, without their body bytes
	 */
	public List<ResponseMessage> messages() {
		return this.messages;
	}

	/**
	 * Returns how many messages the server read.
	 * @return the message count
	 */
	public int messageCount() {
		return this.messages.size();
	}

	/**
	 * Returns how many of the messages asked for a flush.
	 * @return the flush count
	 */
	public long flushCount() {
		return this.messages.stream().filter(ResponseMessage::flush).count();
	}

	/**
	 * Tells whether the whole answer came in a single message: {@code init}, the whole
	 * body and {@code body_complete} together. The server needs that where it reads the
	 * answer in-process into {@code LocalResponseWriter}
	 * ({@code server/channels/app/integration_action.go}), which keeps only the last chunk.
	 * @return whether one message carried all of it
	 */
	public boolean arrivedInOneMessage() {
		return this.messages.size() == 1 && this.messages.get(0).hasInit() && this.messages.get(0).bodyComplete();
	}

	/**
	 * Returns how many request body bytes were sent.
	 * @return the byte count
	 */
	public long requestBodyBytesSent() {
		return this.requestBodyBytesSent;
	}

	/**
	 * Returns how many request messages were sent, the {@code init} message included.
	 * @return the message count
	 */
	public int requestMessagesSent() {
		return this.requestMessagesSent;
	}

	/**
	 * Tells whether the whole request body was sent, ending with {@code body_complete}.
	 * False when the plugin answered completely in its first message before that: the
	 * server then stops sending the body and half-closes.
	 * @return whether the request body was all sent
	 */
	public boolean requestBodyComplete() {
		return this.requestBodyComplete;
	}

	/**
	 * Tells whether the exchange was cancelled, as by an HTTP client that disconnected.
	 * @return whether it was cancelled
	 */
	public boolean cancelled() {
		return this.cancelled;
	}

	/**
	 * Returns how the gRPC call ended. {@code CANCELLED} is usual after a complete answer
	 * whose call the plugin had not closed yet: the server's request context ends when its
	 * handler returns, which cancels the call.
	 * @return the call's status; OK when the plugin was not called; empty when the call
	 * was still open, which only an in-process request leaves it
	 */
	public Optional<Status> callStatus() {
		return Optional.ofNullable(this.callStatus);
	}

	/**
	 * Tells whether the plugin was called. The server answers 404 itself, without a call,
	 * for a plugin that did not list {@code ServeHTTP} in {@code Implemented}.
	 * @return whether a ServeHTTP call was made
	 */
	public boolean pluginCalled() {
		return this.pluginCalled;
	}

	@Override
	public String toString() {
		return "PluginHttpResponse{status=" + this.status + ", pluginStatus=" + this.pluginStatus + ", headers="
				+ this.headers + ", bodyLength=" + this.bodyLength + ", bodyComplete=" + this.bodyComplete
				+ ", messages=" + this.messages.size() + ", callStatus="
				+ callStatus().map(Status::getCode).map(Object::toString).orElse("open") + "}";
	}

}

package dev.pluginkit.mattermost.test.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;

import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponseInit;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.Status;

/**
 * One ServeHTTP call in progress, played as the server's {@code ServeHTTPCaller}
 * ({@code server/public/pluginapi/grpc/server/serve_http.go}) plays it: the request goes
 * out as an {@code init} message carrying the first body chunk, then body chunks, the last
 * with {@code body_complete}, then a half-close; the answer is read at the same time. Get
 * one from {@link PluginHttpRequest#open()} (the body is sent as the request describes it)
 * or {@link PluginHttpRequest#openStreaming(long)} (the test sends the body with
 * {@link #sendChunk(byte[])} and {@link #complete()}).
 *
 * <p>What the server does, and so this exchange:
 * <ul>
 * <li>It sends only while gRPC's flow control lets it ({@code isReady}), so no body is
 * ever buffered whole.</li>
 * <li>When the plugin's first message already completes the answer, it stops sending the
 * body and half-closes, without {@code body_complete}. An answer that completes in a later
 * message does not stop it: the server sends the rest of the body first.</li>
 * <li>It stops reading at {@code body_complete}, and after a status outside 100 to 999
 * (the answer is then 500).</li>
 * <li>When the answer is over, the server's handler returns and its request context ends,
 * which cancels a call the plugin has not closed yet.</li>
 * <li>{@link #cancel()} is an HTTP client that disconnects: the request context ends and
 * the call is cancelled.</li>
 * </ul>
 *
 * <p>A flushed chunk can be observed before the answer completes:
 * {@code awaitMessage(ResponseMessage::flush, timeout)}, then {@link #receivedBody()}.
 * Waiting methods fail with an {@link AssertionError} that describes the exchange when
 * their time runs out. Thread-safe.
 */
public final class PluginHttpExchange implements AutoCloseable {

	/** The largest body chunk the server puts in one message: its {@code DefaultChunkSize}. */
	public static final int MAX_CHUNK_SIZE = 64 * 1024;

	/**
	 * The largest response message the server's gRPC client accepts: grpc-go's default
	 * receive limit of 4 MiB. A larger one fails the call with {@code RESOURCE_EXHAUSTED}.
	 */
	public static final int MAX_RESPONSE_MESSAGE_SIZE = 4 * 1024 * 1024;

	private static final String PLAIN_TEXT = "text/plain; charset=utf-8";

	private final PluginHttpClient client;

	private final ServeHTTPRequestInit init;

	private final Map<String, List<String>> requestHeaders;

	private final ClientCall<ServeHTTPRequest, ServeHTTPResponse> call;

	private final BodyCollector body;

	private final boolean byHand;

	private final boolean inProcess;

	private final Duration sendTimeout;

	private final Object lock = new Object();

	// Sending, guarded by lock.
	private boolean initSent;

	private long bodyBytesSent;

	private int messagesSent;

	private boolean bodyCompleteSent;

	private boolean halfClosed;

	private boolean stopSending;

	private boolean senderDone;

	private Throwable bodySourceFailure;

	// Receiving, guarded by lock.
	private final List<ResponseMessage> messages = new ArrayList<>();

	private int status = -1;

	private OptionalInt pluginStatus = OptionalInt.empty();

	private Map<String, List<String>> headers = Map.of();

	private boolean responseDone;

	private boolean bodyCompleteReceived;

	private boolean cancelled;

	private boolean endCancelSent;

	private boolean closed;

	private Status callStatus;

	private PluginHttpResponse response;

	private PluginHttpExchange(PluginHttpClient client, ServeHTTPRequestInit init,
			Map<String, List<String>> requestHeaders, Channel channel, CallOptions options, BodyCollector body,
			boolean byHand, boolean inProcess, Duration sendTimeout) {
		this.client = client;
		this.init = init;
		this.requestHeaders = requestHeaders;
		this.body = body;
		this.byHand = byHand;
		this.inProcess = inProcess;
		this.sendTimeout = sendTimeout;
		this.call = channel.newCall(PluginHooksGrpc.getServeHTTPMethod(), options);
	}

	/**
	 * Starts a call whose body is sent from a source, on a thread of its own. An in-process
	 * request is the one the server makes itself for message actions, dialogs and lookups
	 * ({@code doPluginRequest} in {@code server/channels/app/integration_action.go}): its
	 * body reader reports the end on a read of its own, its response goes into a
	 * {@code LocalResponseWriter} that keeps only the last chunk, and its context never
	 * ends, so the call is not cancelled after the answer.
	 */
	static PluginHttpExchange startSending(PluginHttpClient client, ServeHTTPRequestInit init,
			Map<String, List<String>> requestHeaders, CallOptions options, OutputStream sink, InputStream source,
			long length, int chunkSize, boolean inProcess, Duration sendTimeout) {
		BodyCollector body = inProcess ? BodyCollector.keepingLastChunk()
				: (sink != null) ? BodyCollector.into(sink) : BodyCollector.keeping();
		PluginHttpExchange exchange = new PluginHttpExchange(client, init, requestHeaders, client.channel(), options,
				body, false, inProcess, sendTimeout);
		exchange.start();
		// bytes.Reader, under the server's in-process requests, reports the end separately.
		long known = (inProcess && length > 0) ? -1 : length;
		Thread sender = new Thread(() -> exchange.pump(source, known, chunkSize), "plugin-http-request-body");
		sender.setDaemon(true);
		sender.start();
		return exchange;
	}

	/**
	 * Starts a call whose body the test sends by hand.
	 */
	static PluginHttpExchange startByHand(PluginHttpClient client, ServeHTTPRequestInit init,
			Map<String, List<String>> requestHeaders, CallOptions options, Duration sendTimeout) {
		PluginHttpExchange exchange = new PluginHttpExchange(client, init, requestHeaders, client.channel(), options,
				BodyCollector.keeping(), true, false, sendTimeout);
		exchange.start();
		return exchange;
	}

	private void start() {
		this.call.start(new Listener(), new Metadata());
		this.call.request(1);
	}

	// ---- sending -------------------------------------------------------------------

	private void pump(InputStream source, long length, int chunkSize) {
		try (InputStream in = source) {
			long remaining = length;
			while (true) {
				if (stopped()) {
					return;
				}
				if (length >= 0) {
					int want = (int) Math.min(chunkSize, remaining);
					byte[] chunk = in.readNBytes(want);
					if (chunk.length < want) {
						// Go's body reader hands over what it read before the error, and the
						// first message goes out in any case; then the sender gives up.
						if (chunk.length > 0 || !initSent()) {
							send(chunk, false, null);
						}
						throw new IllegalStateException("The request body ended after " + (length - remaining + chunk.length)
								+ " of the " + length + " bytes it declared");
					}
					remaining -= want;
					if (!send(chunk, remaining == 0, null) || remaining == 0) {
						return;
					}
				}
				else {
					// A body of unknown length: Go's reader reports the end on a read of its own,
					// so the server sends body_complete in a message without body.
					byte[] chunk = in.readNBytes(chunkSize);
					if (!send(chunk, chunk.length == 0, null) || chunk.length == 0) {
						return;
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			synchronized (this.lock) {
				this.bodySourceFailure = ex;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			endSending();
		}
	}

	private boolean initSent() {
		synchronized (this.lock) {
			return this.initSent;
		}
	}

	private boolean stopped() {
		synchronized (this.lock) {
			return this.stopSending || this.closed;
		}
	}

	/**
	 * Sends one message when flow control allows, with {@code init} if it is the first.
	 * @param deadlineNanos when to give up waiting for flow control, or {@code null} for never
	 * @return false when the server would not send it any more
	 */
	private boolean send(byte[] chunk, boolean last, Long deadlineNanos) throws InterruptedException {
		synchronized (this.lock) {
			while (!this.stopSending && !this.closed && !this.call.isReady()) {
				if (deadlineNanos == null) {
					this.lock.wait();
				}
				else {
					long left = deadlineNanos - System.nanoTime();
					if (left <= 0) {
						throw new AssertionError("The plugin did not take the next request message within "
								+ this.sendTimeout.toMillis() + " ms (gRPC flow control); " + describe());
					}
					TimeUnit.NANOSECONDS.timedWait(this.lock, left);
				}
			}
			if (this.stopSending || this.closed) {
				return false;
			}
			ServeHTTPRequest.Builder message = ServeHTTPRequest.newBuilder();
			if (!this.initSent) {
				message.setInit(this.init);
				this.initSent = true;
			}
			if (chunk.length > 0) {
				message.setBodyChunk(UnsafeByteOperations.unsafeWrap(chunk));
			}
			message.setBodyComplete(last);
			this.call.sendMessage(message.build());
			this.messagesSent++;
			this.bodyBytesSent += chunk.length;
			this.bodyCompleteSent = last;
			return true;
		}
	}

	private void endSending() {
		synchronized (this.lock) {
			if (!this.halfClosed && !this.closed) {
				this.call.halfClose();
			}
			this.halfClosed = true;
			this.senderDone = true;
			this.lock.notifyAll();
		}
		maybeFinish();
	}

	/**
	 * Sends the next body chunk; the first one goes out together with {@code init}, as the
	 * server sends them. Waits for gRPC flow control as the server does.
	 * @param chunk the bytes, at most {@link #MAX_CHUNK_SIZE}; not empty
	 * @return whether it was sent: false once the server would have stopped sending, after
	 * an early complete answer or the end of the call
	 * @throws IllegalStateException when the exchange sends its body by itself, or the body
	 * is already complete
	 */
	public boolean sendChunk(byte[] chunk) {
		if (chunk.length == 0) {
			throw new IllegalArgumentException("A body chunk is never empty; use complete() to end the body");
		}
		return sendByHand(chunk, false);
	}

	/**
	 * Sends the last body chunk with {@code body_complete}, then half-closes.
	 * @param chunk the bytes, at most {@link #MAX_CHUNK_SIZE}
	 * @return whether it was sent (see {@link #sendChunk(byte[])})
	 */
	public boolean sendLastChunk(byte[] chunk) {
		return sendByHand(chunk, true);
	}

	/**
	 * Ends the body: a message with {@code body_complete} and no body (with {@code init} if
	 * nothing was sent yet), then the half-close. This is what the server sends when its
	 * reader reports the end on a read of its own.
	 * @return whether it was sent (see {@link #sendChunk(byte[])})
	 */
	public boolean complete() {
		return sendByHand(new byte[0], true);
	}

	private boolean sendByHand(byte[] chunk, boolean last) {
		if (!this.byHand) {
			throw new IllegalStateException(
					"This exchange sends its body by itself; open it with openStreaming(contentLength) to send chunks");
		}
		if (chunk.length > MAX_CHUNK_SIZE) {
			throw new IllegalArgumentException("A body chunk of " + chunk.length + " bytes; the server sends at most "
					+ MAX_CHUNK_SIZE + " per message");
		}
		synchronized (this.lock) {
			if (this.bodyCompleteSent) {
				throw new IllegalStateException("The request body is already complete");
			}
			if (this.senderDone) {
				return false;
			}
		}
		boolean sent;
		try {
			sent = send(chunk, last, System.nanoTime() + this.sendTimeout.toNanos());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending a body chunk", ex);
		}
		if (!sent || last) {
			endSending();
		}
		return sent;
	}

	// ---- receiving -----------------------------------------------------------------

	private final class Listener extends ClientCall.Listener<ServeHTTPResponse> {

		@Override
		public void onMessage(ServeHTTPResponse message) {
			receive(message);
		}

		@Override
		public void onReady() {
			synchronized (PluginHttpExchange.this.lock) {
				PluginHttpExchange.this.lock.notifyAll();
			}
		}

		@Override
		public void onClose(Status status, Metadata trailers) {
			closeWith(status);
		}

	}

	private void receive(ServeHTTPResponse message) {
		boolean first;
		int index;
		synchronized (this.lock) {
			if (this.responseDone) {
				// The server has stopped reading.
				return;
			}
			index = this.messages.size();
			first = index == 0;
		}
		ResponseMessage seen = new ResponseMessage(index,
				message.hasInit() ? Optional.of(message.getInit()) : Optional.empty(), message.getBodyChunk().size(),
				message.getFlush(), message.getBodyComplete(), System.nanoTime());
		if (first && !head(message)) {
			synchronized (this.lock) {
				this.messages.add(seen);
				this.responseDone = true;
				this.stopSending = true;
				this.lock.notifyAll();
			}
			afterStop();
			return;
		}
		try {
			// Written before the message is published, so that a test that sees a flush
			// also sees the bytes it flushed.
			this.body.write(message.getBodyChunk());
		}
		catch (IOException ex) {
			// The server's ResponseWriter failing: it stops sending and returns.
			synchronized (this.lock) {
				this.messages.add(seen);
				this.responseDone = true;
				this.stopSending = true;
				this.bodySourceFailure = ex;
				this.lock.notifyAll();
			}
			afterStop();
			return;
		}
		boolean done;
		boolean early;
		synchronized (this.lock) {
			this.messages.add(seen);
			done = message.getBodyComplete();
			early = done && first;
			if (done) {
				this.bodyCompleteReceived = true;
				this.responseDone = true;
			}
			if (early) {
				this.stopSending = true;
			}
			this.lock.notifyAll();
		}
		if (!done) {
			this.call.request(1);
		}
		else if (early) {
			afterStop();
		}
		else {
			maybeFinish();
		}
	}

	/**
	 * Applies the server's rules to the first message's status and headers.
	 * @return false when the status is invalid and the answer is already a 500
	 */
	private boolean head(ServeHTTPResponse message) {
		if (!message.hasInit()) {
			// writeResponseHeaders with no init: 200 and no headers.
			synchronized (this.lock) {
				this.status = 200;
			}
			return true;
		}
		ServeHTTPResponseInit head = message.getInit();
		int code = (head.getStatusCode() == 0) ? 200 : head.getStatusCode();
		synchronized (this.lock) {
			this.pluginStatus = OptionalInt.of(head.getStatusCode());
		}
		if (code < 100 || code > 999) {
			answerError("invalid status code from plugin");
			return false;
		}
		Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (HTTPHeader header : head.getHeadersList()) {
			// http.Header.Add: the key is made canonical, values are appended.
			values.computeIfAbsent(GoHttp.canonicalHeaderKey(header.getKey()), (k) -> new ArrayList<>())
				.addAll(header.getValuesList());
		}
		synchronized (this.lock) {
			this.status = code;
			this.headers = values;
		}
		return true;
	}

	/** writeErrorResponse: a 500 with a plain-text reason. */
	private void answerError(String reason) {
		Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		values.put("Content-Type", List.of(PLAIN_TEXT));
		synchronized (this.lock) {
			this.status = 500;
			this.headers = values;
		}
		try {
			this.body.write(ByteString.copyFrom(reason, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			synchronized (this.lock) {
				this.bodySourceFailure = ex;
			}
		}
	}

	/** After the server stopped sending: a body given by hand needs no more calls. */
	private void afterStop() {
		if (this.byHand) {
			endSending();
		}
		else {
			synchronized (this.lock) {
				this.lock.notifyAll();
			}
			maybeFinish();
		}
	}

	private void closeWith(Status status) {
		boolean noAnswer;
		synchronized (this.lock) {
			noAnswer = !this.responseDone && this.messages.isEmpty();
		}
		if (noAnswer) {
			// receiveFirstResponse failed: "plugin did not send response".
			answerError("plugin did not send response");
		}
		synchronized (this.lock) {
			this.closed = true;
			this.callStatus = status;
			this.stopSending = true;
			this.responseDone = true;
			if (this.byHand) {
				this.senderDone = true;
			}
			this.lock.notifyAll();
		}
		maybeFinish();
	}

	private void maybeFinish() {
		synchronized (this.lock) {
			if (this.response != null || !this.responseDone || !this.senderDone) {
				return;
			}
			if (!this.closed && !this.inProcess) {
				if (!this.endCancelSent) {
					this.endCancelSent = true;
					// The server's handler has returned, so its request context ends.
					this.call.cancel("the server's HTTP handler returned", null);
				}
				return;
			}
			PluginHttpResponse finished = buildResponse();
			// Recorded before anyone waiting sees the response, so that the record is
			// complete when send() returns.
			this.client.record(new RecordedExchange(this.init, this.requestHeaders, finished.requestBodyBytesSent(),
					finished.requestMessagesSent(), finished.requestBodyComplete(), finished.status(),
					finished.pluginStatus(), finished.messageCount(), finished.bodyLength(), finished.cancelled(),
					finished.callStatus(), true));
			this.response = finished;
			this.lock.notifyAll();
		}
	}

	private PluginHttpResponse buildResponse() {
		Map<String, List<String>> frozen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		this.headers.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
		return new PluginHttpResponse(this.status, this.pluginStatus, Collections.unmodifiableMap(frozen),
				this.body.keptOrNull(), this.body.length(), this.body.sha256(), this.bodyCompleteReceived,
				List.copyOf(this.messages), this.bodyBytesSent, this.messagesSent, this.bodyCompleteSent,
				this.cancelled, this.callStatus, true);
	}

	// ---- the test's view ------------------------------------------------------------

	/**
	 * Cancels the call as the server does when the HTTP client disconnects: the request's
	 * context ends, and with it the gRPC call. The plugin sees the call cancelled.
	 */
	public void cancel() {
		synchronized (this.lock) {
			if (this.closed) {
				return;
			}
			this.cancelled = true;
			this.stopSending = true;
			this.call.cancel("the HTTP client disconnected", null);
			this.lock.notifyAll();
		}
	}

	/**
	 * Waits for the plugin's first message, the one the server takes the status and
	 * headers from.
	 * @param timeout how long to wait at most
	 * @return the first message
	 * @throws AssertionError when none arrived in time (or the call ended without one)
	 */
	public ResponseMessage awaitInit(Duration timeout) {
		return awaitMessage((message) -> message.index() == 0, timeout);
	}

	/**
	 * Waits for a message the server reads, among those arrived and those to come.
	 * @param condition what the message must satisfy, for example {@code ResponseMessage::flush}
	 * @param timeout how long to wait at most
	 * @return the first matching message
	 * @throws AssertionError when none matched in time, or the server stopped reading first
	 */
	public ResponseMessage awaitMessage(Predicate<ResponseMessage> condition, Duration timeout) {
		ResponseMessage[] found = new ResponseMessage[1];
		await(() -> {
			found[0] = this.messages.stream().filter(condition).findFirst().orElse(null);
			if (found[0] == null && this.responseDone) {
				throw new AssertionError("No such message arrived before the server stopped reading; " + describe());
			}
			return found[0] != null;
		}, timeout, "a matching response message");
		return found[0];
	}

	/**
	 * Waits for the answer to be over as the server sees it: the response read (to
	 * {@code body_complete}, the end of the stream, or an error), the request body sent or
	 * stopped, and the call closed.
	 * @param timeout how long to wait at most
	 * @return the response
	 * @throws AssertionError when it is not over in time
	 */
	public PluginHttpResponse awaitResponse(Duration timeout) {
		await(() -> this.response != null, timeout, "the complete response");
		return this.response;
	}

	/**
	 * Waits for the gRPC call to end.
	 * @param timeout how long to wait at most
	 * @return the call's status
	 * @throws AssertionError when it did not end in time
	 */
	public Status awaitCallClosed(Duration timeout) {
		await(() -> this.closed, timeout, "the end of the call");
		return this.callStatus;
	}

	private void await(BooleanSupplier condition, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (!condition.getAsBoolean()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError(
							"Waited " + timeout.toMillis() + " ms for " + what + " in vain; " + describe());
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.lock, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for " + what, ex);
				}
			}
		}
	}

	/**
	 * Returns the messages the server has read so far.
	 * @return a copy, in order
	 */
	public List<ResponseMessage> messages() {
		synchronized (this.lock) {
			return List.copyOf(this.messages);
		}
	}

	/**
	 * Returns the response body received so far.
	 * @return a copy of the bytes
	 */
	public byte[] receivedBody() {
		byte[] kept = this.body.keptOrNull();
		return (kept != null) ? kept : new byte[0];
	}

	/**
	 * Tells whether the answer is complete as the server sees it.
	 * @return whether {@link #awaitResponse(Duration)} would return at once
	 */
	public boolean isFinished() {
		synchronized (this.lock) {
			return this.response != null;
		}
	}

	/**
	 * Tells whether the server has stopped sending the request body: after the plugin
	 * answered completely in its first message, or after the call ended.
	 * @return whether the request body stopped
	 */
	public boolean requestBodyStopped() {
		synchronized (this.lock) {
			return this.senderDone && !this.bodyCompleteSent;
		}
	}

	/**
	 * Returns the request's {@code init} message.
	 * @return the init, as sent (or to be sent with the first chunk)
	 */
	public ServeHTTPRequestInit init() {
		return this.init;
	}

	/**
	 * Returns why the request body could not be read from its source, or the response body
	 * written to its sink.
	 * @return the failure, if any
	 */
	public Optional<Throwable> bodyFailure() {
		synchronized (this.lock) {
			return Optional.ofNullable(this.bodySourceFailure);
		}
	}

	/**
	 * Cancels the call if the answer is not over yet, as a client that goes away does.
	 */
	@Override
	public void close() {
		if (!isFinished()) {
			cancel();
		}
	}

	String describe() {
		synchronized (this.lock) {
			return "exchange " + this.init.getMethod() + " " + this.init.getUrl() + ": request messages sent "
					+ this.messagesSent + " (" + this.bodyBytesSent + " body bytes" + (this.bodyCompleteSent
							? ", complete" : "")
					+ (this.halfClosed ? ", half-closed" : "") + "), response messages " + this.messages
					+ ", status " + this.status + (this.responseDone ? ", response over" : "")
					+ (this.closed ? ", call closed with " + this.callStatus : ", call open")
					+ (this.cancelled ? ", cancelled" : "");
		}
	}

}

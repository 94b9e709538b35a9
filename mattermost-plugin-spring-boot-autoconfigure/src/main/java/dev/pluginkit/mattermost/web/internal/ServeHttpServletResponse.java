package dev.pluginkit.mattermost.web.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponseInit;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.lang.Nullable;

/**
 * The response of one ServeHTTP stream. Until it is committed, the status, headers and body
 * stay here: a response that is complete within the buffer ({@code response-buffer-size})
 * goes back as a single message holding {@code init}, the whole body and
 * {@code body_complete}, because the server reads the responses to its own in-process
 * requests (message actions, dialog submissions, autocomplete) into a writer that keeps only
 * the last chunk it is given ({@code LocalResponseWriter} in
 * {@code server/channels/app/integration_action.go}). A longer body, or a {@code flush()},
 * commits the response; from then on it streams in chunks of the server's size, 64 KiB.
 */
final class ServeHttpServletResponse implements HttpServletResponse {

	/** The server's chunk size, used for the streamed part of a body. */
	static final int CHUNK_SIZE = 64 * 1024;

	/** The most the server's gRPC client accepts in one message. */
	static final int MAX_MESSAGE_SIZE = 4 * 1024 * 1024;

	private static final DateTimeFormatter DATE_HEADER = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private final ResponseMessages messages;

	private final boolean headRequest;

	private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private final BodyStream body = new BodyStream();

	private int bufferSize;

	/** The chunk being filled; sealed into {@link #sealed} when full, never copied to grow past it. */
	private byte[] buffer = new byte[0];

	/** Full chunks, held without copying until they are sent. */
	private ByteString sealed = ByteString.EMPTY;

	private int count;

	private int status = SC_OK;

	/** The status and headers are fixed (the init is built), though perhaps not yet sent. */
	private boolean committed;

	@Nullable
	private ServeHTTPResponseInit init;

	private boolean initSent;

	private boolean flushPending;

	private long flushGeneration;

	private final FlushScheduler flushScheduler;

	private boolean complete;

	/** Set while the end of the response drains the writer, whose flush is not the handler's. */
	private volatile boolean completing;

	private boolean errorSent;

	/** After a redirect, the body is not written, as in a servlet container. */
	private boolean suspended;

	@Nullable
	private String errorMessage;

	@Nullable
	private String characterEncoding;

	private boolean characterEncodingSet;

	private Locale locale = Locale.getDefault();

	@Nullable
	private PrintWriter writer;

	private boolean streamUsed;

	private Supplier<Map<String, String>> trailers = Map::of;

	ServeHttpServletResponse(ResponseMessages messages, int bufferSize, boolean headRequest,
			FlushScheduler flushScheduler) {
		this.messages = messages;
		this.bufferSize = bufferSize;
		this.headRequest = headRequest;
		this.flushScheduler = flushScheduler;
	}

	/**
	 * Runs a flush a little later, so that the flush with which Spring's message converters
	 * end every body, just before the handler returns, does not split a small response in
	 * two: if the response completes first, it still goes in one message.
	 */
	interface FlushScheduler {

		/**
		 * Runs the flush after the delay, or at once when there is none.
		 * @param flush the flush
		 * @return whether it was scheduled; false means run it now
		 */
		boolean schedule(Runnable flush);

	}

	// Body

	private final class BodyStream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			append(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			if (!ServeHttpServletResponse.this.completing) {
				ServeHttpServletResponse.this.flushBuffer();
			}
		}

		@Override
		public void close() throws IOException {
			// The container completes the response when the dispatch ends; closing early only
			// sends what was written, as Tomcat's close does.
			flushBuffer();
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener writeListener) {
			throw new IllegalStateException("Non-blocking writes need asynchronous processing, which the "
					+ "plugin's ServeHTTP bridge does not offer; write with blocking writes");
		}

	}

	private synchronized void append(byte[] bytes, int offset, int length) throws IOException {
		if (this.complete || this.errorSent || this.suspended || length == 0) {
			return;
		}
		if (this.flushPending) {
			sendPendingFlush();
		}
		int written = 0;
		while (written < length) {
			int limit = this.initSent ? CHUNK_SIZE : this.bufferSize;
			int buffered = this.sealed.size() + this.count;
			if (buffered == limit) {
				if (this.initSent) {
					sendChunk(false, false);
				}
				else {
					sendInit(false);
				}
				continue;
			}
			int n = Math.min(Math.min(length - written, limit - buffered), CHUNK_SIZE - this.count);
			ensureCapacity(this.count + n);
			System.arraycopy(bytes, offset + written, this.buffer, this.count, n);
			this.count += n;
			written += n;
			if (this.count == CHUNK_SIZE) {
				this.sealed = this.sealed.concat(UnsafeByteOperations.unsafeWrap(this.buffer));
				this.buffer = new byte[0];
				this.count = 0;
			}
		}
	}

	/** Grows the chunk being filled, doubling up to the chunk size. */
	private void ensureCapacity(int needed) {
		if (this.buffer.length < needed) {
			int grown = Math.min(CHUNK_SIZE, Math.max(needed, Math.max(this.buffer.length * 2, 1024)));
			byte[] larger = new byte[grown];
			System.arraycopy(this.buffer, 0, larger, 0, this.count);
			this.buffer = larger;
		}
	}

	private int buffered() {
		return this.sealed.size() + this.count;
	}

	/**
	 * Hands over what is buffered, without copying: the arrays go to the message, and the
	 * response fills new ones.
	 */
	private ByteString takeBuffered() {
		ByteString bytes = (this.count == 0) ? this.sealed
				: this.sealed.concat(UnsafeByteOperations.unsafeWrap(this.buffer, 0, this.count));
		this.sealed = ByteString.EMPTY;
		this.buffer = new byte[0];
		this.count = 0;
		return bytes;
	}

	/** Fixes the status and the headers, as they are now. */
	private ServeHTTPResponseInit commitInit() {
		if (this.init == null) {
			this.committed = true;
			ServeHTTPResponseInit.Builder init = ServeHTTPResponseInit.newBuilder().setStatusCode(this.status);
			String contentType = contentTypeHeader();
			this.headers.forEach((name, values) -> {
				if (!"Content-Type".equalsIgnoreCase(name)) {
					init.addHeaders(HTTPHeader.newBuilder().setKey(name).addAllValues(values));
				}
			});
			if (contentType != null) {
				init.addHeaders(HTTPHeader.newBuilder().setKey("Content-Type").addValues(contentType));
			}
			this.init = init.build();
		}
		return this.init;
	}

	/** Sends the init with what is buffered; the body streams from here on. */
	private void sendInit(boolean flush) throws IOException {
		ServeHTTPResponseInit init = commitInit();
		this.initSent = true;
		ByteString bytes = takeBuffered();
		ServeHTTPResponse message = ServeHTTPResponse.newBuilder()
			.setInit(init)
			.setBodyChunk(bytes)
			.setFlush(flush)
			.build();
		if (message.getSerializedSize() <= MAX_MESSAGE_SIZE) {
			this.messages.send(message);
			return;
		}
		this.messages.send(ServeHTTPResponse.newBuilder().setInit(init).build());
		for (int start = 0; start < bytes.size(); start += CHUNK_SIZE) {
			boolean last = start + CHUNK_SIZE >= bytes.size();
			this.messages.send(ServeHTTPResponse.newBuilder()
				.setBodyChunk(bytes.substring(start, Math.min(bytes.size(), start + CHUNK_SIZE)))
				.setFlush(flush && last)
				.build());
		}
	}

	private void sendChunk(boolean flush, boolean last) throws IOException {
		this.messages.send(ServeHTTPResponse.newBuilder()
			.setBodyChunk(takeBuffered())
			.setFlush(flush)
			.setBodyComplete(last)
			.build());
	}

	private void sendPendingFlush() throws IOException {
		this.flushPending = false;
		if (this.initSent) {
			sendChunk(true, false);
		}
		else {
			sendInit(true);
		}
	}

	private synchronized void flushLater(long generation) {
		if (this.flushPending && generation == this.flushGeneration && !this.complete) {
			try {
				sendPendingFlush();
			}
			catch (IOException ex) {
				// The client went; the handler learns of it at its next write.
			}
		}
	}

	/**
	 * Ends the response: in one message when nothing was sent yet, else with its last chunk.
	 */
	synchronized void complete() throws IOException {
		if (this.complete) {
			return;
		}
		if (this.writer != null) {
			this.completing = true;
			this.writer.flush();
		}
		boolean flush = this.flushPending;
		this.flushPending = false;
		if (!this.initSent) {
			if (!this.committed && !this.headers.containsKey("Content-Length") && !this.headRequest
					&& hasBody(this.status)) {
				this.headers.put("Content-Length", new ArrayList<>(List.of(Integer.toString(buffered()))));
			}
			ServeHTTPResponseInit init = commitInit();
			ByteString body = takeBuffered();
			ServeHTTPResponse message = ServeHTTPResponse.newBuilder()
				.setInit(init)
				.setBodyChunk(body)
				.setFlush(flush)
				.setBodyComplete(true)
				.build();
			if (message.getSerializedSize() <= MAX_MESSAGE_SIZE) {
				this.complete = true;
				this.initSent = true;
				this.messages.send(message);
			}
			else {
				this.sealed = body;
				sendInit(flush);
				this.complete = true;
				this.messages.send(ServeHTTPResponse.newBuilder().setBodyComplete(true).build());
			}
		}
		else {
			this.complete = true;
			sendChunk(flush, true);
		}
		this.messages.complete();
	}

	private static boolean hasBody(int status) {
		return status >= 200 && status != SC_NO_CONTENT && status != SC_NOT_MODIFIED;
	}

	boolean isErrorSent() {
		return this.errorSent;
	}

	int errorStatus() {
		return this.status;
	}

	@Nullable
	String errorMessage() {
		return this.errorMessage;
	}

	/** Makes the response writable again for an error page. */
	void prepareErrorPage(int status) {
		this.errorSent = false;
		this.status = status;
		resetBuffer();
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.writer != null) {
			throw new IllegalStateException("getWriter() has already been called for this response");
		}
		this.streamUsed = true;
		return this.body;
	}

	@Override
	public PrintWriter getWriter() throws UnsupportedEncodingException {
		if (this.writer == null) {
			if (this.streamUsed) {
				throw new IllegalStateException("getOutputStream() has already been called for this response");
			}
			this.characterEncoding = getCharacterEncoding();
			this.characterEncodingSet = true;
			this.writer = new PrintWriter(new OutputStreamWriter(this.body, Charsets.forName(this.characterEncoding)),
					false);
		}
		return this.writer;
	}


	@Override
	public synchronized void flushBuffer() throws IOException {
		if (this.complete || this.errorSent || this.suspended) {
			return;
		}
		if (this.writer != null) {
			this.writer.flush();
		}
		commitInit();
		this.flushPending = true;
		long generation = ++this.flushGeneration;
		if (!this.flushScheduler.schedule(() -> flushLater(generation))) {
			sendPendingFlush();
		}
	}

	@Override
	public void setBufferSize(int size) {
		if (this.committed || buffered() > 0) {
			throw new IllegalStateException("The buffer size cannot change once content has been written");
		}
		// A response commits on its own once its buffer fills, so a smaller buffer is honoured;
		// a larger one may not pass what one message to the server can carry.
		this.bufferSize = Math.max(1, Math.min(size, this.bufferSize));
	}

	@Override
	public int getBufferSize() {
		return this.bufferSize;
	}

	@Override
	public void resetBuffer() {
		if (this.committed) {
			throw new IllegalStateException("The response has already been committed");
		}
		this.sealed = ByteString.EMPTY;
		this.count = 0;
	}

	@Override
	public boolean isCommitted() {
		return this.committed || this.initSent || this.complete;
	}

	@Override
	public void reset() {
		resetBuffer();
		this.headers.clear();
		this.init = null;
		this.status = SC_OK;
		this.writer = null;
		this.streamUsed = false;
		this.characterEncoding = null;
		this.characterEncodingSet = false;
		this.errorSent = false;
		this.suspended = false;
	}

	// Status

	@Override
	public void setStatus(int status) {
		if (!isCommitted() && !this.errorSent) {
			this.status = status;
		}
	}

	@Override
	public int getStatus() {
		return this.status;
	}

	@Override
	public void sendError(int status, @Nullable String message) throws IOException {
		if (isCommitted()) {
			throw new IllegalStateException("Cannot send an error: the response has already been committed");
		}
		this.status = status;
		this.errorMessage = message;
		resetBuffer();
		this.errorSent = true;
	}

	@Override
	public void sendError(int status) throws IOException {
		sendError(status, null);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		sendRedirect(location, SC_FOUND, true);
	}

	private void sendRedirect(String location, int sc, boolean clearBuffer) {
		if (isCommitted()) {
			throw new IllegalStateException("Cannot redirect: the response has already been committed");
		}
		if (clearBuffer) {
			resetBuffer();
		}
		// As Tomcat does by default, the location goes out as given, relative or not.
		setHeader("Location", location);
		this.status = sc;
		this.suspended = true;
	}

	// Headers

	@Override
	public void setHeader(String name, @Nullable String value) {
		if (isCommitted() || name == null) {
			return;
		}
		if (value == null) {
			this.headers.remove(name);
		}
		else if (!setSpecialHeader(name, value)) {
			List<String> values = new ArrayList<>(1);
			values.add(value);
			this.headers.put(name, values);
		}
	}

	@Override
	public void addHeader(String name, @Nullable String value) {
		if (isCommitted() || name == null || value == null) {
			return;
		}
		if (!setSpecialHeader(name, value)) {
			this.headers.computeIfAbsent(name, (key) -> new ArrayList<>(1)).add(value);
		}
	}

	private boolean setSpecialHeader(String name, String value) {
		if ("Content-Type".equalsIgnoreCase(name)) {
			setContentType(value);
			return true;
		}
		return false;
	}

	@Override
	public void setDateHeader(String name, long date) {
		setHeader(name, DATE_HEADER.format(Instant.ofEpochMilli(date)));
	}

	@Override
	public void addDateHeader(String name, long date) {
		addHeader(name, DATE_HEADER.format(Instant.ofEpochMilli(date)));
	}

	@Override
	public void setIntHeader(String name, int value) {
		setHeader(name, Integer.toString(value));
	}

	@Override
	public void addIntHeader(String name, int value) {
		addHeader(name, Integer.toString(value));
	}

	@Override
	public boolean containsHeader(String name) {
		return this.headers.containsKey(name) || ("Content-Type".equalsIgnoreCase(name) && contentTypeHeader() != null);
	}

	@Override
	@Nullable
	public String getHeader(String name) {
		if ("Content-Type".equalsIgnoreCase(name)) {
			return contentTypeHeader();
		}
		List<String> values = this.headers.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	@Override
	public Collection<String> getHeaders(String name) {
		if ("Content-Type".equalsIgnoreCase(name)) {
			String contentType = contentTypeHeader();
			return (contentType != null) ? List.of(contentType) : List.of();
		}
		List<String> values = this.headers.get(name);
		return (values != null) ? List.copyOf(values) : List.of();
	}

	@Override
	public Collection<String> getHeaderNames() {
		List<String> names = new ArrayList<>(this.headers.keySet());
		if (contentTypeHeader() != null && !names.contains("Content-Type")) {
			names.add("Content-Type");
		}
		return names;
	}

	@Override
	public void addCookie(Cookie cookie) {
		addHeader("Set-Cookie", SetCookieHeader.format(cookie));
	}

	@Override
	public void setTrailerFields(Supplier<Map<String, String>> supplier) {
		throw new IllegalStateException("A ServeHTTP response has no trailer fields");
	}

	@Override
	public Supplier<Map<String, String>> getTrailerFields() {
		return this.trailers;
	}

	// Content type and encoding

	@Nullable
	private String contentType;

	@Nullable
	private String contentTypeHeader() {
		if (this.contentType == null) {
			return null;
		}
		if (this.characterEncodingSet && this.characterEncoding != null) {
			return this.contentType + ";charset=" + this.characterEncoding;
		}
		return this.contentType;
	}

	@Override
	public void setContentType(@Nullable String type) {
		if (isCommitted()) {
			return;
		}
		if (type == null) {
			this.contentType = null;
			return;
		}
		int charsetIndex = type.toLowerCase(Locale.ROOT).indexOf("charset=");
		if (charsetIndex < 0) {
			this.contentType = type.trim();
			return;
		}
		String base = type.substring(0, charsetIndex).trim();
		while (base.endsWith(";")) {
			base = base.substring(0, base.length() - 1).trim();
		}
		this.contentType = base;
		if (this.writer == null) {
			String charsetName = type.substring(charsetIndex + "charset=".length());
			int end = charsetName.indexOf(';');
			this.characterEncoding = ((end >= 0) ? charsetName.substring(0, end) : charsetName).trim().replace("\"", "");
			this.characterEncodingSet = true;
		}
	}

	@Override
	@Nullable
	public String getContentType() {
		return contentTypeHeader();
	}

	@Override
	public void setCharacterEncoding(@Nullable String encoding) {
		if (isCommitted() || this.writer != null) {
			return;
		}
		this.characterEncoding = encoding;
		this.characterEncodingSet = encoding != null;
	}

	@Override
	public String getCharacterEncoding() {
		return (this.characterEncoding != null) ? this.characterEncoding : StandardCharsets.ISO_8859_1.name();
	}

	@Override
	public void setContentLength(int length) {
		setContentLengthLong(length);
	}

	@Override
	public void setContentLengthLong(long length) {
		if (length >= 0) {
			setHeader("Content-Length", Long.toString(length));
		}
		else {
			setHeader("Content-Length", null);
		}
	}

	@Override
	public void setLocale(@Nullable Locale locale) {
		if (isCommitted() || locale == null) {
			return;
		}
		this.locale = locale;
		setHeader("Content-Language", locale.toLanguageTag());
	}

	@Override
	public Locale getLocale() {
		return this.locale;
	}

	// URLs are not rewritten: sessions travel in cookies only.

	@Override
	public String encodeURL(String url) {
		return url;
	}

	@Override
	public String encodeRedirectURL(String url) {
		return url;
	}

}

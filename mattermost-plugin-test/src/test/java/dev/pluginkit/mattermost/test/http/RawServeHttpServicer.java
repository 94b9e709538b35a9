package dev.pluginkit.mattermost.test.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.ByteString;

import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponseInit;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * A plugin's ServeHTTP written directly on grpc-java, on a real server at 127.0.0.1: it
 * records every request message of every call, and answers by the path of the request's
 * {@code url}:
 * <ul>
 * <li>{@code /echo}: after the whole body, the body back with the same
 * {@code Content-Type}, in 64 KiB chunks;</li>
 * <li>{@code /upload}: counts and digests the body without keeping it, then answers
 * {@code <bytes> <sha256>};</li>
 * <li>{@code /early}: answers 202 in one message as soon as {@code init} arrives;</li>
 * <li>{@code /late}: answers {@code init} and then {@code body_complete} in two messages as
 * soon as {@code init} arrives, and reads the body on;</li>
 * <li>{@code /status/N}: answers status N;</li>
 * <li>{@code /no-init}: a first message with body but no {@code init};</li>
 * <li>{@code /fail}: fails the call before sending anything;</li>
 * <li>{@code /headers}: answers a multi-valued header;</li>
 * <li>{@code /flush}: sends {@code first} with {@code flush}, waits for
 * {@link #releaseFlush()}, then sends {@code second} and completes;</li>
 * <li>{@code /hang}: never answers;</li>
 * <li>{@code /answer-open}: answers in one message and never closes the call;</li>
 * <li>{@code /one-big-message}: 5 MiB in a single message;</li>
 * <li>{@code /download/N}: N bytes in 64 KiB chunks, under flow control.</li>
 * </ul>
 */
final class RawServeHttpServicer extends PluginHooksGrpc.PluginHooksImplBase {

	static final int CHUNK = 64 * 1024;

	/** What one call received. */
	static final class Call {

		final List<ServeHTTPRequest> messages = new CopyOnWriteArrayList<>();

		final CountDownLatch initArrived = new CountDownLatch(1);

		final CountDownLatch requestEnded = new CountDownLatch(1);

		final CountDownLatch cancelled = new CountDownLatch(1);

		volatile boolean halfClosed;

		ServeHTTPRequestInit init() {
			return this.messages.get(0).getInit();
		}

		List<Integer> chunkSizes() {
			return this.messages.stream().map((m) -> m.getBodyChunk().size()).toList();
		}

		boolean bodyCompleteSeen() {
			return this.messages.stream().anyMatch(ServeHTTPRequest::getBodyComplete);
		}

	}

	final List<Call> calls = new CopyOnWriteArrayList<>();

	/** Body bytes received over all calls, for watching how far a sender runs ahead. */
	final AtomicLong bodyBytesReceived = new AtomicLong();

	private final CountDownLatch flushRelease = new CountDownLatch(1);

	private Server server;

	RawServeHttpServicer start() throws IOException {
		this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(this).build().start();
		return this;
	}

	int port() {
		return this.server.getPort();
	}

	void stop() throws InterruptedException {
		this.server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
	}

	void releaseFlush() {
		this.flushRelease.countDown();
	}

	Call awaitCall(int index) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.calls.size() <= index) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No call " + index + " arrived");
			}
			Thread.onSpinWait();
			Thread.sleep(1);
		}
		return this.calls.get(index);
	}

	@Override
	public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> responses) {
		ServerCallStreamObserver<ServeHTTPResponse> out = (ServerCallStreamObserver<ServeHTTPResponse>) responses;
		Call call = new Call();
		this.calls.add(call);
		out.setOnCancelHandler(call.cancelled::countDown);
		Runnable[] whenReady = { () -> {
		} };
		// grpc-java takes the handler only before this method returns.
		out.setOnReadyHandler(() -> whenReady[0].run());
		return new StreamObserver<>() {

			private String path;

			private final ByteString.Output kept = ByteString.newOutput();

			private MessageDigest digest;

			private long length;

			private boolean answered;

			@Override
			public void onNext(ServeHTTPRequest message) {
				call.messages.add(message);
				RawServeHttpServicer.this.bodyBytesReceived.addAndGet(message.getBodyChunk().size());
				if (message.hasInit()) {
					this.path = message.getInit().getUrl().split("\\?")[0];
					this.digest = sha256();
					call.initArrived.countDown();
					onInit(message.getInit());
				}
				if (this.path.equals("/echo")) {
					try {
						message.getBodyChunk().writeTo(this.kept);
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				}
				this.digest.update(message.getBodyChunk().asReadOnlyByteBuffer());
				this.length += message.getBodyChunk().size();
				if (message.getBodyComplete()) {
					onBody(message);
				}
			}

			private void onInit(ServeHTTPRequestInit init) {
				switch (this.path) {
					case "/early" -> answer(202, "early", true);
					case "/late" -> {
						out.onNext(ServeHTTPResponse.newBuilder()
							.setInit(ServeHTTPResponseInit.newBuilder().setStatusCode(201))
							.build());
						out.onNext(ServeHTTPResponse.newBuilder().setBodyComplete(true).build());
					}
					case "/no-init" -> out.onNext(ServeHTTPResponse.newBuilder()
						.setBodyChunk(ByteString.copyFromUtf8("no init"))
						.setBodyComplete(true)
						.build());
					case "/fail" -> out.onError(Status.INTERNAL.withDescription("handler failed").asRuntimeException());
					case "/headers" -> {
						out.onNext(ServeHTTPResponse.newBuilder()
							.setInit(ServeHTTPResponseInit.newBuilder()
								.setStatusCode(204)
								.addHeaders(HTTPHeader.newBuilder().setKey("set-cookie").addValues("a=1").addValues("b=2"))
								.addHeaders(HTTPHeader.newBuilder().setKey("Set-Cookie").addValues("c=3")))
							.setBodyComplete(true)
							.build());
					}
					case "/flush" -> new Thread(() -> {
						out.onNext(ServeHTTPResponse.newBuilder()
							.setInit(ServeHTTPResponseInit.newBuilder().setStatusCode(200))
							.setBodyChunk(ByteString.copyFromUtf8("first"))
							.setFlush(true)
							.build());
						try {
							RawServeHttpServicer.this.flushRelease.await(30, TimeUnit.SECONDS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						out.onNext(ServeHTTPResponse.newBuilder()
							.setBodyChunk(ByteString.copyFromUtf8("second"))
							.setBodyComplete(true)
							.build());
						out.onCompleted();
					}).start();
					case "/hang" -> {
					}
					case "/answer-open" -> answer(200, "open", true);
					case "/one-big-message" -> answer(200, "x".repeat(5 * 1024 * 1024), true);
					default -> {
						if (this.path.startsWith("/status/")) {
							answer(Integer.parseInt(this.path.substring("/status/".length())), "status", true);
						}
						else if (this.path.startsWith("/download/")) {
							download(Long.parseLong(this.path.substring("/download/".length())));
						}
					}
				}
			}

			private void onBody(ServeHTTPRequest last) {
				if (this.path.equals("/echo")) {
					ByteString body = this.kept.toByteString();
					String type = call.init()
						.getHeadersList()
						.stream()
						.filter((h) -> h.getKey().equals("Content-Type"))
						.findFirst()
						.map((h) -> h.getValues(0))
						.orElse("application/octet-stream");
					ServeHTTPResponse.Builder first = ServeHTTPResponse.newBuilder()
						.setInit(ServeHTTPResponseInit.newBuilder()
							.setStatusCode(200)
							.addHeaders(HTTPHeader.newBuilder().setKey("Content-Type").addValues(type)));
					int offset = 0;
					do {
						int end = Math.min(body.size(), offset + CHUNK);
						first.setBodyChunk(body.substring(offset, end)).setBodyComplete(end == body.size());
						out.onNext(first.build());
						first = ServeHTTPResponse.newBuilder();
						offset = end;
					}
					while (offset < body.size());
				}
				else if (this.path.equals("/upload")) {
					answer(200, this.length + " " + HexFormat.of().formatHex(this.digest.digest()), true);
				}
			}

			private void answer(int status, String body, boolean complete) {
				if (this.answered) {
					return;
				}
				this.answered = true;
				out.onNext(ServeHTTPResponse.newBuilder()
					.setInit(ServeHTTPResponseInit.newBuilder().setStatusCode(status))
					.setBodyChunk(ByteString.copyFrom(body, StandardCharsets.UTF_8))
					.setBodyComplete(complete)
					.build());
			}

			private void download(long total) {
				long[] sent = { 0 };
				boolean[] first = { true };
				whenReady[0] = () -> {
					while (out.isReady() && sent[0] < total && !out.isCancelled()) {
						int size = (int) Math.min(CHUNK, total - sent[0]);
						byte[] chunk = new byte[size];
						for (int i = 0; i < size; i++) {
							chunk[i] = (byte) ((sent[0] + i) * 31);
						}
						ServeHTTPResponse.Builder message = ServeHTTPResponse.newBuilder()
							.setBodyChunk(ByteString.copyFrom(chunk));
						if (first[0]) {
							message.setInit(ServeHTTPResponseInit.newBuilder().setStatusCode(200));
							first[0] = false;
						}
						sent[0] += size;
						message.setBodyComplete(sent[0] == total);
						out.onNext(message.build());
						if (sent[0] == total) {
							out.onCompleted();
						}
					}
				};
				whenReady[0].run();
			}

			@Override
			public void onError(Throwable ex) {
				call.requestEnded.countDown();
			}

			@Override
			public void onCompleted() {
				call.halfClosed = true;
				call.requestEnded.countDown();
				if (this.path != null && !List.of("/hang", "/flush", "/fail", "/answer-open").contains(this.path) && !this.path.startsWith("/download/")
						&& !out.isCancelled()) {
					out.onCompleted();
				}
			}

		};
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> values(ServeHTTPRequestInit init, String key) {
		List<String> values = new ArrayList<>();
		init.getHeadersList().stream().filter((h) -> h.getKey().equals(key)).forEach((h) -> values.addAll(h.getValuesList()));
		return values;
	}

}

package dev.pluginkit.mattermost.test.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.test.http.RawServeHttpServicer.Call;
import dev.pluginkit.mattermost.test.internal.Ids;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientInterceptors;
import io.grpc.ForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link PluginHttpClient} against a ServeHTTP servicer written directly on grpc-java, over
 * a real socket: what the plugin receives is what the server's {@code ServeHTTPCaller}
 * sends, and the answers follow the server's rules.
 */
class PluginHttpClientTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String PLUGIN_ID = "com.example.plugin";

	private RawServeHttpServicer servicer;

	private ManagedChannel channel;

	private PluginHttpClient http;

	/** What the client did to its calls, in order: "message", "halfClose", "cancel". */
	private final List<String> callEvents = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.servicer = new RawServeHttpServicer().start();
		this.channel = NettyChannelBuilder.forAddress("127.0.0.1", this.servicer.port()).usePlaintext().build();
		this.http = PluginHttpClient.over(ClientInterceptors.intercept(this.channel, new CallEventRecorder(this.callEvents)), PLUGIN_ID);
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
		this.servicer.stop();
	}

	@Test
	void initCarriesTheRequestAsTheServerForwardsIt() throws InterruptedException {
		PluginHttpResponse response = this.http.get("/status/200?b=2&a=x%20y")
			.userId("user1")
			.sessionId("session1")
			.header("accept-language", "de-CH")
			.header("User-Agent", "test-agent")
			.remoteAddr("10.1.2.3:40000")
			.send();

		assertThat(response.status()).isEqualTo(200);
		Call call = this.servicer.awaitCall(0);
		assertThat(call.messages).hasSize(1);
		ServeHTTPRequest only = call.messages.get(0);
		assertThat(only.getBodyComplete()).isTrue();
		assertThat(only.getBodyChunk().isEmpty()).isTrue();
		ServeHTTPRequestInit init = only.getInit();
		assertThat(init.getMethod()).isEqualTo("GET");
		assertThat(init.getUrl()).isEqualTo("/status/200?a=x+y&b=2");
		assertThat(init.getRequestUri()).isEqualTo("/plugins/com.example.plugin/status/200?b=2&a=x%20y");
		assertThat(init.getProto()).isEqualTo("HTTP/1.1");
		assertThat(init.getProtoMajor()).isEqualTo(1);
		assertThat(init.getProtoMinor()).isEqualTo(1);
		assertThat(init.getHost()).isEqualTo(PluginHttpRequest.DEFAULT_HOST);
		assertThat(init.getRemoteAddr()).isEqualTo("10.1.2.3:40000");
		assertThat(init.getContentLength()).isZero();
		assertThat(init.getHeadersList()).extracting(HTTPHeader::getKey)
			.containsExactlyInAnyOrder("Accept-Language", "User-Agent", "Mattermost-User-Id");
		assertThat(RawServeHttpServicer.values(init, "Mattermost-User-Id")).containsExactly("user1");
		assertThat(Ids.isValid(init.getPluginContext().getRequestId())).isTrue();
		assertThat(init.getPluginContext().getSessionId()).isEqualTo("session1");
		assertThat(init.getPluginContext().getIpAddress()).isEqualTo("10.1.2.3");
		assertThat(init.getPluginContext().getAcceptLanguage()).isEqualTo("de-CH");
		assertThat(init.getPluginContext().getUserAgent()).isEqualTo("test-agent");
	}

	@Test
	void identityHeadersFromTheClientNeverReachThePlugin() throws InterruptedException {
		this.http.post("/status/200")
			.header("mattermost-user-id", "forged")
			.header("Mattermost-Plugin-ID", "forged")
			.header("Cookie", "MMAUTHTOKEN=secret; theme=dark")
			.send();

		ServeHTTPRequestInit init = this.servicer.awaitCall(0).init();
		assertThat(RawServeHttpServicer.values(init, "Mattermost-User-Id")).isEmpty();
		assertThat(RawServeHttpServicer.values(init, "Mattermost-Plugin-Id")).isEmpty();
		assertThat(RawServeHttpServicer.values(init, "Cookie")).containsExactly("theme=dark");
		assertThat(RawServeHttpServicer.values(init, "Content-Length")).containsExactly("0");
		assertThat(init.getPluginContext().getSessionId()).isEmpty();
	}

	@Test
	void aCallFromAnotherPluginCarriesItsIdAndAnEmptyUser() throws InterruptedException {
		this.http.get("/status/200").fromPlugin("com.example.other").header("User-Agent", "other").send();

		ServeHTTPRequestInit init = this.servicer.awaitCall(0).init();
		assertThat(RawServeHttpServicer.values(init, "Mattermost-Plugin-Id")).containsExactly("com.example.other");
		assertThat(RawServeHttpServicer.values(init, "Mattermost-User-Id")).containsExactly("");
		assertThat(init.getPluginContext().getUserAgent()).isEqualTo("other");
		assertThat(init.getPluginContext().getIpAddress()).isEmpty();
	}

	@Test
	void headersKeepAllTheirValuesUnderGoCanonicalKeys() throws InterruptedException {
		PluginHttpResponse response = this.http.get("/headers")
			.header("x-tag", "a", "b")
			.header("X-TAG", "c")
			.header("x-request-id", "r1")
			.send();

		ServeHTTPRequestInit init = this.servicer.awaitCall(0).init();
		assertThat(init.getHeadersList()).filteredOn((h) -> h.getKey().equals("X-Tag"))
			.singleElement()
			.satisfies((h) -> assertThat(h.getValuesList()).containsExactly("a", "b", "c"));
		assertThat(RawServeHttpServicer.values(init, "X-Request-Id")).containsExactly("r1");
		assertThat(response.status()).isEqualTo(204);
		assertThat(response.headerValues("SET-COOKIE")).containsExactly("a=1", "b=2", "c=3");
		assertThat(response.header("set-cookie")).contains("a=1");
	}

	@Test
	void queryParametersAreEncodedAsGoEncodesThemAndTheAccessTokenIsRemoved() throws InterruptedException {
		this.http.get("/status/200")
			.queryParam("q", "a b&c")
			.queryParam("tag", "2", "1")
			.queryParam("access_token", "secret")
			.send();

		ServeHTTPRequestInit init = this.servicer.awaitCall(0).init();
		assertThat(init.getUrl()).isEqualTo("/status/200?q=a+b%26c&tag=2&tag=1");
		assertThat(init.getRequestUri())
			.isEqualTo("/plugins/com.example.plugin/status/200?q=a+b%26c&tag=2&tag=1&access_token=secret");
	}

	@Test
	void aMegabyteSentInSixteenChunksComesBackIntact() throws InterruptedException {
		byte[] body = randomBytes(1024 * 1024);

		PluginHttpResponse response = this.http.post("/echo")
			.contentType("application/x-test")
			.body(body)
			.chunks(16)
			.send();

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(body);
		assertThat(response.contentType()).contains("application/x-test");
		assertThat(response.requestMessagesSent()).isEqualTo(16);
		assertThat(response.requestBodyComplete()).isTrue();
		Call call = this.servicer.awaitCall(0);
		assertThat(call.chunkSizes()).hasSize(16).allMatch((size) -> size == 64 * 1024);
		assertThat(call.messages.get(0).hasInit()).isTrue();
		assertThat(call.messages.subList(1, 16)).noneMatch(ServeHTTPRequest::hasInit);
		assertThat(call.messages.subList(0, 15)).noneMatch(ServeHTTPRequest::getBodyComplete);
		assertThat(call.messages.get(15).getBodyComplete()).isTrue();
		assertThat(call.init().getContentLength()).isEqualTo(body.length);
		assertThat(RawServeHttpServicer.values(call.init(), "Content-Length")).containsExactly("1048576");
		assertThat(response.messageCount()).isEqualTo(16);
		assertThat(response.arrivedInOneMessage()).isFalse();
	}

	@Test
	void bodiesGoInChunksOfSixtyFourKibibytesByDefault() throws InterruptedException {
		this.http.post("/echo").body(new byte[3 * 64 * 1024 + 100]).send();
		this.http.post("/echo").body(new byte[2500]).chunkSize(1000).send();

		assertThat(this.servicer.awaitCall(0).chunkSizes()).containsExactly(65536, 65536, 65536, 100);
		assertThat(this.servicer.awaitCall(1).chunkSizes()).containsExactly(1000, 1000, 500);
	}

	@Test
	void aSmallAnswerArrivesInOneMessage() {
		PluginHttpResponse response = this.http.post("/echo").body("hello").send();

		assertThat(response.bodyAsString()).isEqualTo("hello");
		assertThat(response.arrivedInOneMessage()).isTrue();
		assertThat(response.bodyComplete()).isTrue();
	}

	@Test
	void aBodyOfUnknownLengthEndsWithAnEmptyCompleteMessage() throws InterruptedException {
		byte[] body = randomBytes(100_000);

		PluginHttpResponse response = this.http.post("/echo").body(new ByteArrayInputStream(body), -1).send();

		assertThat(response.body()).isEqualTo(body);
		Call call = this.servicer.awaitCall(0);
		assertThat(call.chunkSizes()).containsExactly(65536, 100_000 - 65536, 0);
		assertThat(call.messages.get(2).getBodyComplete()).isTrue();
		assertThat(call.init().getContentLength()).isEqualTo(-1);
		assertThat(RawServeHttpServicer.values(call.init(), "Content-Length")).isEmpty();
	}

	@Test
	void anAnswerCompleteInItsFirstMessageStopsTheBodyAndHalfCloses() throws InterruptedException {
		CountDownLatch answered = new CountDownLatch(1);
		InputStream body = new GatedStream(1024 * 1024, 64 * 1024, answered);

		PluginHttpExchange exchange = this.http.post("/early").body(body, 1024 * 1024).open();
		exchange.awaitInit(WAIT);
		answered.countDown();
		PluginHttpResponse response = exchange.awaitResponse(WAIT);

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.arrivedInOneMessage()).isTrue();
		assertThat(response.requestBodyComplete()).isFalse();
		assertThat(response.requestMessagesSent()).isEqualTo(1);
		// The half-close and the cancel that ends the server's request follow each other at
		// once, so the plugin may see either; it never sees more body or body_complete. (The
		// cancel is left out when the plugin's close arrives in between.)
		assertThat(this.callEvents).startsWith("message", "halfClose").containsOnlyOnce("message");
		Call call = this.servicer.awaitCall(0);
		assertThat(call.requestEnded.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(call.bodyCompleteSeen()).isFalse();
		assertThat(call.chunkSizes()).containsExactly(64 * 1024);
	}

	@Test
	void aBodySentByHandStopsWhenTheAnswerCompletesEarly() throws InterruptedException {
		PluginHttpExchange exchange = this.http.post("/early").openStreaming(-1);
		assertThat(exchange.sendChunk(new byte[10])).isTrue();
		exchange.awaitInit(WAIT);

		assertThat(exchange.sendChunk(new byte[10])).isFalse();
		assertThat(exchange.requestBodyStopped()).isTrue();
		assertThat(this.callEvents).startsWith("message", "halfClose");
		Call call = this.servicer.awaitCall(0);
		assertThat(call.requestEnded.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(call.bodyCompleteSeen()).isFalse();
		assertThat(call.chunkSizes()).containsExactly(10);
		assertThat(exchange.awaitResponse(WAIT).bodyAsString()).isEqualTo("early");
	}

	@Test
	void anAnswerCompletedInALaterMessageLetsTheWholeBodyGoOut() throws InterruptedException {
		CountDownLatch completed = new CountDownLatch(1);
		InputStream body = new GatedStream(256 * 1024, 64 * 1024, completed);

		PluginHttpExchange exchange = this.http.post("/late").body(body, 256 * 1024).open();
		exchange.awaitMessage(ResponseMessage::bodyComplete, WAIT);
		completed.countDown();
		PluginHttpResponse response = exchange.awaitResponse(WAIT);

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.messageCount()).isEqualTo(2);
		assertThat(response.requestBodyComplete()).isTrue();
		assertThat(response.requestBodyBytesSent()).isEqualTo(256 * 1024);
	}

	@Test
	void anInProcessRequestIsBuiltAsTheServerBuildsItForMessageActions() throws InterruptedException {
		PluginHttpResponse response = this.http.post("/echo")
			.inProcess()
			.userId("user1")
			.contentType("application/json")
			.body("{\"a\":1}")
			.send();

		assertThat(response.bodyAsString()).isEqualTo("{\"a\":1}");
		Call call = this.servicer.awaitCall(0);
		ServeHTTPRequestInit init = call.init();
		assertThat(init.getHost()).isEmpty();
		assertThat(init.getRemoteAddr()).isEmpty();
		assertThat(init.getRequestUri()).isEmpty();
		assertThat(init.getUrl()).isEqualTo("/echo");
		assertThat(init.getContentLength()).isEqualTo(7);
		assertThat(RawServeHttpServicer.values(init, "Content-Length")).isEmpty();
		assertThat(RawServeHttpServicer.values(init, "Mattermost-User-Id")).containsExactly("user1");
		assertThat(init.getPluginContext().getIpAddress()).isEmpty();
		assertThat(init.getPluginContext().getSessionId()).isNotEmpty();
		assertThat(call.chunkSizes()).containsExactly(7, 0);
		assertThat(call.messages).extracting(ServeHTTPRequest::getBodyComplete).containsExactly(false, true);
	}

	@Test
	void anInProcessRequestKeepsOnlyTheLastChunkOfALongerAnswer() {
		byte[] body = randomBytes(100_000);

		PluginHttpResponse response = this.http.post("/echo").inProcess().body(body).send();

		assertThat(response.messageCount()).isEqualTo(2);
		assertThat(response.body()).isEqualTo(Arrays.copyOfRange(body, 65536, 100_000));
		assertThat(response.bodyLength()).isEqualTo(100_000 - 65536);
	}

	@Test
	void onlyAnHttpRequestCancelsACallThePluginKeepsOpenAfterItsAnswer() throws InterruptedException {
		PluginHttpResponse inProcess = this.http.get("/answer-open").inProcess().send();
		PluginHttpResponse overHttp = this.http.get("/answer-open").send();

		assertThat(inProcess.bodyAsString()).isEqualTo("open");
		assertThat(inProcess.callStatus()).isEmpty();
		assertThat(overHttp.bodyAsString()).isEqualTo("open");
		assertThat(overHttp.callStatus().map(Status::getCode)).contains(Status.Code.CANCELLED);
		assertThat(this.servicer.awaitCall(1).cancelled.await(20, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void statusZeroMeansOk() {
		PluginHttpResponse response = this.http.get("/status/0").send();

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.pluginStatus()).hasValue(0);
		assertThat(response.bodyAsString()).isEqualTo("status");
	}

	@Test
	void aStatusOutsideTheHttpRangeAnswers500() {
		PluginHttpResponse tooSmall = this.http.get("/status/42").send();
		PluginHttpResponse tooLarge = this.http.get("/status/1000").send();

		assertThat(tooSmall.status()).isEqualTo(500);
		assertThat(tooSmall.pluginStatus()).hasValue(42);
		assertThat(tooSmall.bodyAsString()).isEqualTo("invalid status code from plugin");
		assertThat(tooSmall.contentType()).contains("text/plain; charset=utf-8");
		assertThat(tooLarge.status()).isEqualTo(500);
		assertThat(this.http.get("/status/999").send().status()).isEqualTo(999);
		assertThat(this.http.get("/status/100").send().status()).isEqualTo(100);
	}

	@Test
	void aFirstMessageWithoutInitAnswers200WithNoHeaders() {
		PluginHttpResponse response = this.http.get("/no-init").send();

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.pluginStatus()).isEmpty();
		assertThat(response.headers()).isEmpty();
		assertThat(response.bodyAsString()).isEqualTo("no init");
	}

	@Test
	void aPluginThatFailsBeforeAnsweringGives500() {
		PluginHttpResponse response = this.http.get("/fail").send();

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.bodyAsString()).isEqualTo("plugin did not send response");
		assertThat(response.messageCount()).isZero();
		assertThat(response.callStatus().map(Status::getCode)).contains(Status.Code.INTERNAL);
	}

	@Test
	void aResponseMessageAboveFourMebibytesFailsTheCallAsInTheServer() {
		PluginHttpResponse response = this.http.get("/one-big-message").send();

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.callStatus().map(Status::getCode)).contains(Status.Code.RESOURCE_EXHAUSTED);
	}

	@Test
	void aFlushedChunkIsSeenBeforeTheAnswerCompletes() {
		try (PluginHttpExchange exchange = this.http.get("/flush").open()) {
			ResponseMessage flushed = exchange.awaitMessage(ResponseMessage::flush, WAIT);

			assertThat(flushed.index()).isZero();
			assertThat(new String(exchange.receivedBody(), StandardCharsets.UTF_8)).isEqualTo("first");
			assertThat(exchange.isFinished()).isFalse();
			this.servicer.releaseFlush();
			PluginHttpResponse response = exchange.awaitResponse(WAIT);
			assertThat(response.bodyAsString()).isEqualTo("firstsecond");
			assertThat(response.flushCount()).isEqualTo(1);
			assertThat(response.messageCount()).isEqualTo(2);
		}
	}

	@Test
	void cancellingTheExchangeCancelsTheCallInThePlugin() throws InterruptedException {
		PluginHttpExchange exchange = this.http.get("/hang").open();
		Call call = this.servicer.awaitCall(0);
		assertThat(call.initArrived.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(call.cancelled.getCount()).isEqualTo(1);

		exchange.cancel();

		assertThat(call.cancelled.await(20, TimeUnit.SECONDS)).isTrue();
		PluginHttpResponse response = exchange.awaitResponse(WAIT);
		assertThat(response.cancelled()).isTrue();
		assertThat(response.callStatus().map(Status::getCode)).contains(Status.Code.CANCELLED);
	}

	@Test
	void aDeadlineEndsACallThatGetsNoAnswer() {
		PluginHttpResponse response = this.http.get("/hang").timeout(Duration.ofMillis(300)).send();

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.callStatus().map(Status::getCode)).contains(Status.Code.DEADLINE_EXCEEDED);
	}

	@Test
	void aSixtyFourMebibyteUploadIsStreamedWithoutBeingHeld() throws Exception {
		long size = 64L * 1024 * 1024;
		GeneratedStream body = new GeneratedStream(size, this.servicer.bodyBytesReceived::get);

		PluginHttpResponse response = this.http.withAwaitTimeout(Duration.ofSeconds(120))
			.post("/upload")
			.body(body, size)
			.send();

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.bodyAsString()).isEqualTo(size + " " + GeneratedStream.sha256Of(size));
		assertThat(response.requestMessagesSent()).isEqualTo(1024);
		// Flow control keeps what is read ahead of what the plugin received to the
		// transport's windows (about a mebibyte each way), far below the body.
		assertThat(body.maxAhead()).isLessThan(16L * 1024 * 1024);
	}

	@Test
	void aLargeDownloadCanGoToASinkAndBeCheckedByItsDigest() throws Exception {
		long size = 8L * 1024 * 1024;
		CountingSink sink = new CountingSink();

		PluginHttpResponse response = this.http.get("/download/" + size).send(sink);

		assertThat(response.bodyLength()).isEqualTo(size);
		assertThat(sink.count).isEqualTo(size);
		MessageDigest digest = RawServeHttpServicer.sha256();
		for (long i = 0; i < size; i++) {
			digest.update((byte) (i * 31));
		}
		assertThat(response.bodySha256()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
		assertThat(response.messageCount()).isEqualTo(128);
		assertThatIllegalStateException().isThrownBy(response::body);
	}

	@Test
	void theClientRecordsTheExchangesItMade() {
		this.http.post("/echo").userId("u1").body("four").send();
		this.http.get("/status/404?x=1").send();

		List<RecordedExchange> exchanges = this.http.exchanges();
		assertThat(exchanges).hasSize(2);
		RecordedExchange echo = exchanges.get(0);
		assertThat(echo.method()).isEqualTo("POST");
		assertThat(echo.path()).isEqualTo("/echo");
		assertThat(echo.headers()).containsEntry("Mattermost-User-Id", List.of("u1"));
		assertThat(echo.requestBodyBytesSent()).isEqualTo(4);
		assertThat(echo.requestBodyComplete()).isTrue();
		assertThat(echo.status()).isEqualTo(200);
		assertThat(echo.pluginCalled()).isTrue();
		assertThat(this.http.lastExchange().url()).isEqualTo("/status/404?x=1");
		assertThat(this.http.lastExchange().status()).isEqualTo(404);
	}

	@Test
	void aPluginWithoutServeHttpIsAnswered404ByTheServerItself() {
		PluginHttpClient withoutServeHttp = this.http.withImplementedCheck(() -> false);

		PluginHttpResponse response = withoutServeHttp.get("/echo").send();

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.bodyAsString()).isEqualTo("404 page not found\n");
		assertThat(response.pluginCalled()).isFalse();
		assertThat(this.servicer.calls).isEmpty();
		assertThat(this.http.lastExchange().pluginCalled()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> withoutServeHttp.get("/echo").open());
	}

	@Test
	void badRequestsFailWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.http.get("echo")).withMessageContaining("'/'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.http.get("/x").header("Host", "h"))
			.withMessageContaining("host(...)");
		assertThatIllegalArgumentException().isThrownBy(() -> this.http.get("/x").chunkSize(64 * 1024 + 1))
			.withMessageContaining("65536");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.http.post("/echo").body(new byte[2 * 1024 * 1024]).chunks(16).send())
			.withMessageContaining("131072");
	}

	@Test
	void aBodyStreamShorterThanDeclaredFailsTheSendAfterWhatWasRead() throws InterruptedException {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.http.post("/echo").body(new ByteArrayInputStream(new byte[10]), 20).send())
			.withMessageContaining("10 of the 20 bytes");

		Call call = this.servicer.awaitCall(0);
		assertThat(call.requestEnded.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(call.chunkSizes()).containsExactly(10);
		assertThat(call.bodyCompleteSeen()).isFalse();
	}

	/** Records the client's calls on its gRPC calls, after the fact of each. */
	private static final class CallEventRecorder implements ClientInterceptor {

		private final List<String> events;

		CallEventRecorder(List<String> events) {
			this.events = events;
		}

		@Override
		public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
			return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {

				@Override
				public void sendMessage(Q message) {
					super.sendMessage(message);
					CallEventRecorder.this.events.add("message");
				}

				@Override
				public void halfClose() {
					super.halfClose();
					CallEventRecorder.this.events.add("halfClose");
				}

				@Override
				public void cancel(String message, Throwable cause) {
					super.cancel(message, cause);
					CallEventRecorder.this.events.add("cancel");
				}

			};
		}

	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	/** Gives its first chunk at once and the rest only after a latch opens. */
	private static final class GatedStream extends InputStream {

		private final long size;

		private final long free;

		private final CountDownLatch gate;

		private long position;

		GatedStream(long size, long free, CountDownLatch gate) {
			this.size = size;
			this.free = free;
			this.gate = gate;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.position >= this.size) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			if (this.position >= this.free) {
				try {
					if (!this.gate.await(30, TimeUnit.SECONDS)) {
						throw new IOException("The test never opened the gate");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException(ex);
				}
			}
			long limit = (this.position < this.free) ? this.free : this.size;
			int n = (int) Math.min(length, limit - this.position);
			this.position += n;
			return n;
		}

	}

	/** Deterministic bytes that are never held, watching how far reading runs ahead. */
	private static final class GeneratedStream extends InputStream {

		private final long size;

		private final LongSupplier received;

		private long position;

		private long maxAhead;

		GeneratedStream(long size, LongSupplier received) {
			this.size = size;
			this.received = received;
		}

		static byte at(long index) {
			return (byte) ((index * 7) ^ (index >>> 11));
		}

		static String sha256Of(long size) {
			MessageDigest digest = RawServeHttpServicer.sha256();
			byte[] buffer = new byte[64 * 1024];
			for (long offset = 0; offset < size; offset += buffer.length) {
				int n = (int) Math.min(buffer.length, size - offset);
				for (int i = 0; i < n; i++) {
					buffer[i] = at(offset + i);
				}
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.size) {
				return -1;
			}
			int n = (int) Math.min(length, this.size - this.position);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = at(this.position + i);
			}
			this.position += n;
			this.maxAhead = Math.max(this.maxAhead, this.position - this.received.getAsLong());
			return n;
		}

		long maxAhead() {
			return this.maxAhead;
		}

	}

	private static final class CountingSink extends OutputStream {

		private volatile long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] buffer, int offset, int length) {
			this.count += length;
		}

	}

}

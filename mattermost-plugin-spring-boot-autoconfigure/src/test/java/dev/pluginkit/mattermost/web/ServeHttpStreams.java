package dev.pluginkit.mattermost.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import io.grpc.Channel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;

/**
 * Raw ServeHTTP streams for the bridge's own tests, message by message, as the server's
 * caller sends them ({@code server/public/pluginapi/grpc/server/serve_http.go}).
 */
final class ServeHttpStreams {

	static final String PLUGIN_PREFIX = "/plugins/com.example.web";

	private ServeHttpStreams() {
	}

	static ServeHTTPRequestInit.Builder init(String method, String url, String... headers) {
		ServeHTTPRequestInit.Builder init = ServeHTTPRequestInit.newBuilder()
			.setMethod(method)
			.setUrl(url)
			.setProto("HTTP/1.1")
			.setProtoMajor(1)
			.setProtoMinor(1)
			.setHost("chat.example.com")
			.setRemoteAddr("203.0.113.9:51234")
			.setRequestUri(PLUGIN_PREFIX + url)
			.setContentLength(-1)
			.setPluginContext(PluginContext.newBuilder()
				.setRequestId("req1")
				.setIpAddress("203.0.113.9")
				.setUserAgent("test-agent"));
		for (int i = 0; i < headers.length; i += 2) {
			init.addHeaders(HTTPHeader.newBuilder().setKey(headers[i]).addValues(headers[i + 1]));
		}
		return init;
	}

	/** One exchange: what the test sent and what came back. */
	static final class Exchange implements ClientResponseObserver<ServeHTTPRequest, ServeHTTPResponse> {

		final List<ServeHTTPResponse> messages = new ArrayList<>();

		final CompletableFuture<List<ServeHTTPResponse>> done = new CompletableFuture<>();

		final CompletableFuture<ServeHTTPResponse> first = new CompletableFuture<>();

		ClientCallStreamObserver<ServeHTTPRequest> requests;

		static Exchange open(Channel channel) {
			Exchange exchange = new Exchange();
			PluginHooksGrpc.newStub(channel).serveHTTP(exchange);
			return exchange;
		}

		@Override
		public void beforeStart(ClientCallStreamObserver<ServeHTTPRequest> requestStream) {
			this.requests = requestStream;
		}

		@Override
		public synchronized void onNext(ServeHTTPResponse value) {
			this.messages.add(value);
			this.first.complete(value);
		}

		@Override
		public synchronized void onError(Throwable t) {
			this.first.completeExceptionally(t);
			this.done.completeExceptionally(t);
		}

		@Override
		public synchronized void onCompleted() {
			this.done.complete(List.copyOf(this.messages));
		}

		Exchange send(ServeHTTPRequestInit.Builder init, byte[] body, int chunkSize, boolean complete) {
			int offset = 0;
			boolean firstMessage = true;
			do {
				int end = Math.min(body.length, offset + chunkSize);
				ServeHTTPRequest.Builder message = ServeHTTPRequest.newBuilder()
					.setBodyChunk(ByteString.copyFrom(body, offset, end - offset))
					.setBodyComplete(complete && end == body.length);
				if (firstMessage) {
					message.setInit(init);
					firstMessage = false;
				}
				this.requests.onNext(message.build());
				offset = end;
			}
			while (offset < body.length);
			if (complete) {
				this.requests.onCompleted();
			}
			return this;
		}

		List<ServeHTTPResponse> await() throws Exception {
			return this.done.get(30, TimeUnit.SECONDS);
		}

		static Duration timeout() {
			return Duration.ofSeconds(30);
		}

	}

	static byte[] body(List<ServeHTTPResponse> messages) {
		ByteString all = ByteString.EMPTY;
		for (ServeHTTPResponse message : messages) {
			all = all.concat(message.getBodyChunk());
		}
		return all.toByteArray();
	}

	static List<String> header(List<ServeHTTPResponse> messages, String name) {
		for (HTTPHeader header : messages.get(0).getInit().getHeadersList()) {
			if (header.getKey().equalsIgnoreCase(name)) {
				return header.getValuesList();
			}
		}
		return List.of();
	}

}

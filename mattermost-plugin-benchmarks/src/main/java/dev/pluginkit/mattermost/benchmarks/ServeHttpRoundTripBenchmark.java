package dev.pluginkit.mattermost.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.runtime.PluginRuntimeAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginServeHttpAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginWebMvcAutoConfiguration;
import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponseInit;
import dev.pluginkit.mattermost.runtime.PluginServer;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ServeHTTP round trips of a 1 KiB and a 1 MiB echo, sent as the Mattermost server sends
 * them (init and the body in 64 KiB chunks), through our bridge (the plugin's gRPC server,
 * the portless servlet container, Spring MVC's {@code DispatcherServlet} and a streaming
 * {@code @PostMapping}) and through a raw grpc-java servicer that echoes each chunk back as
 * it arrives. Both answer the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ServeHttpRoundTripBenchmark {

	static final int CHUNK = 64 * 1024;

	static final byte[] ONE_KIB = bytes(1024);

	static final byte[] ONE_MIB = bytes(1024 * 1024);

	private ConfigurableApplicationContext context;

	private Server raw;

	private ManagedChannel oursChannel;

	private ManagedChannel rawChannel;

	/**
	 * Starts the plugin application and the raw server, and checks that both echo.
	 * @throws Exception if a server cannot start or the two answer differently
	 */
	@Setup(Level.Trial)
	public void start() throws Exception {
		List<String> args = new ArrayList<>(List.of("--mattermost.plugin.runtime.enabled=true",
				"--spring.main.banner-mode=off", "--logging.level.root=warn"));
		// Settings to compare, for example -Dservehttp.args=--mattermost.plugin.http.flush-delay=0
		for (String arg : System.getProperty("servehttp.args", "").split("\\s+")) {
			if (!arg.isBlank()) {
				args.add(arg);
			}
		}
		this.context = new SpringApplication(EchoPlugin.class).run(args.toArray(String[]::new));
		this.raw = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(new RawEcho())
			.build()
			.start();
		this.oursChannel = NettyChannelBuilder
			.forAddress("127.0.0.1", this.context.getBean(PluginServer.class).getPort())
			.usePlaintext()
			.build();
		this.rawChannel = NettyChannelBuilder.forAddress("127.0.0.1", this.raw.getPort()).usePlaintext().build();
		for (byte[] body : new byte[][] { ONE_KIB, ONE_MIB }) {
			if (!echo(this.oursChannel, body).equals(ByteString.copyFrom(body))
					|| !echo(this.rawChannel, body).equals(ByteString.copyFrom(body))) {
				throw new IllegalStateException("An echo of " + body.length + " bytes came back changed");
			}
		}
	}

	/**
	 * Stops everything.
	 * @throws InterruptedException if interrupted while waiting
	 */
	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.oursChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.rawChannel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.raw.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.context.close();
	}

	/**
	 * A 1 KiB echo through our bridge into Spring MVC.
	 * @return the body that came back
	 * @throws Exception if the exchange fails
	 */
	@Benchmark
	public ByteString serveHttpEcho1KiBOurs() throws Exception {
		return echo(this.oursChannel, ONE_KIB);
	}

	/**
	 * A 1 KiB echo through the raw servicer.
	 * @return the body that came back
	 * @throws Exception if the exchange fails
	 */
	@Benchmark
	public ByteString serveHttpEcho1KiBRaw() throws Exception {
		return echo(this.rawChannel, ONE_KIB);
	}

	/**
	 * A 1 MiB echo through our bridge into Spring MVC.
	 * @return the body that came back
	 * @throws Exception if the exchange fails
	 */
	@Benchmark
	public ByteString serveHttpEcho1MiBOurs() throws Exception {
		return echo(this.oursChannel, ONE_MIB);
	}

	/**
	 * A 1 MiB echo through the raw servicer.
	 * @return the body that came back
	 * @throws Exception if the exchange fails
	 */
	@Benchmark
	public ByteString serveHttpEcho1MiBRaw() throws Exception {
		return echo(this.rawChannel, ONE_MIB);
	}

	ByteString echo1KiBOurs() throws Exception {
		return echo(this.oursChannel, ONE_KIB);
	}

	ByteString echo1KiBRaw() throws Exception {
		return echo(this.rawChannel, ONE_KIB);
	}

	ByteString echo1MiBOurs() throws Exception {
		return echo(this.oursChannel, ONE_MIB);
	}

	ByteString echo1MiBRaw() throws Exception {
		return echo(this.rawChannel, ONE_MIB);
	}

	/** One exchange as the server's caller makes it, waiting for the whole answer. */
	static ByteString echo(ManagedChannel channel, byte[] body) throws Exception {
		Exchange exchange = new Exchange(body);
		PluginHooksGrpc.newStub(channel).serveHTTP(exchange);
		return exchange.answer.get(30, TimeUnit.SECONDS);
	}

	private static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	/** The server's side of one stream: the request under flow control, the answer gathered. */
	private static final class Exchange implements ClientResponseObserver<ServeHTTPRequest, ServeHTTPResponse> {

		private final CompletableFuture<ByteString> answer = new CompletableFuture<>();

		private final byte[] body;

		private ByteString received = ByteString.EMPTY;

		private int sent;

		private boolean done;

		Exchange(byte[] body) {
			this.body = body;
		}

		@Override
		public void beforeStart(ClientCallStreamObserver<ServeHTTPRequest> requests) {
			requests.setOnReadyHandler(() -> {
				while (requests.isReady() && !this.done) {
					int end = Math.min(this.body.length, this.sent + CHUNK);
					ServeHTTPRequest.Builder message = ServeHTTPRequest.newBuilder()
						.setBodyChunk(ByteString.copyFrom(this.body, this.sent, end - this.sent))
						.setBodyComplete(end == this.body.length);
					if (this.sent == 0) {
						message.setInit(ServeHTTPRequestInit.newBuilder()
							.setMethod("POST")
							.setUrl("/echo")
							.setRequestUri("/plugins/bench/echo")
							.setProto("HTTP/1.1")
							.setContentLength(this.body.length)
							.setRemoteAddr("127.0.0.1:40000")
							.addHeaders(HTTPHeader.newBuilder()
								.setKey("Content-Type")
								.addValues("application/octet-stream")));
					}
					requests.onNext(message.build());
					this.sent = end;
					if (end == this.body.length) {
						this.done = true;
						requests.onCompleted();
					}
				}
			});
		}

		@Override
		public void onNext(ServeHTTPResponse value) {
			this.received = this.received.concat(value.getBodyChunk());
		}

		@Override
		public void onError(Throwable t) {
			this.answer.completeExceptionally(t);
		}

		@Override
		public void onCompleted() {
			this.answer.complete(this.received);
		}

	}

	/** The plugin: a streaming echo as a plugin author writes it. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
			PluginRuntimeAutoConfiguration.class, PluginHooksAutoConfiguration.class,
			PluginServeHttpAutoConfiguration.class, PluginWebMvcAutoConfiguration.class })
	@RestController
	static class EchoPlugin {

		@PostMapping("/echo")
		void echo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setContentType(request.getContentType());
			response.setContentLengthLong(request.getContentLengthLong());
			StreamUtils.copy(request.getInputStream(), response.getOutputStream());
		}

	}

	/** The same echo against the generated base class: each chunk back as it arrives. */
	static final class RawEcho extends PluginHooksGrpc.PluginHooksImplBase {

		@Override
		public StreamObserver<ServeHTTPRequest> serveHTTP(StreamObserver<ServeHTTPResponse> responses) {
			return new StreamObserver<>() {

				private boolean first = true;

				@Override
				public void onNext(ServeHTTPRequest request) {
					ServeHTTPResponse.Builder response = ServeHTTPResponse.newBuilder()
						.setBodyChunk(request.getBodyChunk())
						.setBodyComplete(request.getBodyComplete());
					if (this.first) {
						this.first = false;
						response.setInit(ServeHTTPResponseInit.newBuilder()
							.setStatusCode(200)
							.addAllHeaders(request.getInit().getHeadersList()));
					}
					responses.onNext(response.build());
					if (request.getBodyComplete()) {
						responses.onCompleted();
					}
				}

				@Override
				public void onError(Throwable t) {
				}

				@Override
				public void onCompleted() {
				}

			};
		}

	}

}

package dev.pluginkit.mattermost.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.hooks.MessageWillBePosted;
import dev.pluginkit.mattermost.hooks.Verdict;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.runtime.PluginServer;
import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MessageWillBePosted round trips, as the Mattermost server makes them, through our hooks
 * server (the runtime's {@link PluginServer} serving the {@code PluginHooks} service that
 * dispatches to an annotated handler) and through a raw grpc-java servicer on a default
 * server that does the same work: reject a post that mentions a word, let any other
 * through. Both answer the same response for the same post.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class HookRoundTripBenchmark {

	private static final String FORBIDDEN = "spam";

	private static final MessageWillBePostedRequest REQUEST = MessageWillBePostedRequest.newBuilder()
		.setPost(Post.newBuilder().setId("post-1").setChannelId("channel-1").setMessage("Good morning, everyone"))
		.build();

	private AnnotationConfigApplicationContext context;

	private PluginServer ours;

	private Server raw;

	private ManagedChannel oursChannel;

	private ManagedChannel rawChannel;

	private PluginHooksGrpc.PluginHooksBlockingStub oursStub;

	private PluginHooksGrpc.PluginHooksBlockingStub rawStub;

	/**
	 * Starts both servers and connects a channel to each.
	 * @throws IOException if the raw server cannot bind
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		this.context = new AnnotationConfigApplicationContext(HooksConfiguration.class);
		this.ours = new PluginServer(List.copyOf(this.context.getBeansOfType(BindableService.class).values()),
				new HealthStatusManager(), () -> {
				});
		this.ours.setHandshakeWriter((line) -> {
		});
		this.ours.start();
		this.raw = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(new RawHooks())
			.build()
			.start();
		this.oursChannel = NettyChannelBuilder.forAddress("127.0.0.1", this.ours.getPort()).usePlaintext().build();
		this.rawChannel = NettyChannelBuilder.forAddress("127.0.0.1", this.raw.getPort()).usePlaintext().build();
		this.oursStub = PluginHooksGrpc.newBlockingStub(this.oursChannel);
		this.rawStub = PluginHooksGrpc.newBlockingStub(this.rawChannel);
		if (!messageWillBePosted(this.oursStub).equals(messageWillBePosted(this.rawStub))) {
			throw new IllegalStateException("Our hooks server and the raw servicer answer differently");
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
		this.ours.stop();
		this.raw.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		this.context.close();
	}

	/**
	 * One caller through our hooks server.
	 * @return the answer
	 */
	@Benchmark
	@Threads(1)
	public MessageWillBePostedResponse hookMessageWillBePosted1Ours() {
		return messageWillBePosted(this.oursStub);
	}

	/**
	 * One caller through the raw servicer.
	 * @return the answer
	 */
	@Benchmark
	@Threads(1)
	public MessageWillBePostedResponse hookMessageWillBePosted1Raw() {
		return messageWillBePosted(this.rawStub);
	}

	/**
	 * Eight concurrent callers through our hooks server.
	 * @return the answer
	 */
	@Benchmark
	@Threads(8)
	public MessageWillBePostedResponse hookMessageWillBePosted8Ours() {
		return messageWillBePosted(this.oursStub);
	}

	/**
	 * Eight concurrent callers through the raw servicer.
	 * @return the answer
	 */
	@Benchmark
	@Threads(8)
	public MessageWillBePostedResponse hookMessageWillBePosted8Raw() {
		return messageWillBePosted(this.rawStub);
	}

	private static MessageWillBePostedResponse messageWillBePosted(PluginHooksGrpc.PluginHooksBlockingStub stub) {
		return stub.withDeadlineAfter(30, TimeUnit.SECONDS).messageWillBePosted(REQUEST);
	}

	/**
	 * The hooks as a plugin author writes them, with the auto-configuration that serves them.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PluginHooksAutoConfiguration.class)
	static class HooksConfiguration {

		@Bean
		Moderation moderation() {
			return new Moderation();
		}

	}

	/**
	 * The handler: the work both sides do.
	 */
	static class Moderation {

		@MessageWillBePosted
		Verdict<Post> moderate(Post post) {
			if (post.getMessage().contains(FORBIDDEN)) {
				return Verdict.reject("Posts mentioning \"" + FORBIDDEN + "\" are not allowed here.");
			}
			return Verdict.allow();
		}

	}

	/**
	 * The same work written against the generated base class, as grpc-java alone offers it.
	 */
	static class RawHooks extends PluginHooksGrpc.PluginHooksImplBase {

		@Override
		public void messageWillBePosted(MessageWillBePostedRequest request,
				StreamObserver<MessageWillBePostedResponse> responseObserver) {
			MessageWillBePostedResponse.Builder response = MessageWillBePostedResponse.newBuilder();
			if (request.getPost().getMessage().contains(FORBIDDEN)) {
				response.setRejectionReason("Posts mentioning \"" + FORBIDDEN + "\" are not allowed here.");
			}
			responseObserver.onNext(response.build());
			responseObserver.onCompleted();
		}

	}

}

package dev.pluginkit.mattermost.test.driver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import com.google.protobuf.Empty;

import dev.pluginkit.mattermost.goplugin.v1.GRPCStdioGrpc;
import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;

/**
 * A plugin in plain grpc-java, standing in for the real runtime: it serves health, a few
 * hooks and go-plugin's {@code GRPCController}, {@code GRPCStdio} (sending
 * {@link #STDIO_STDERR} and {@link #STDIO_STDOUT}, and ending the stream on
 * {@code Shutdown}) and {@code GRPCBroker}, prints the handshake, and misbehaves on request
 * through {@code FAKE_PLUGIN_MODE}:
 * <ul>
 * <li>{@code silent}: never prints the handshake;</li>
 * <li>{@code noisy}: prints a line before the handshake;</li>
 * <li>{@code crash}: exits with code 3 before the handshake;</li>
 * <li>{@code failing-activation}: OnActivate answers an AppError;</li>
 * <li>{@code stubborn}: answers Shutdown but never exits;</li>
 * <li>{@code keeps-stdio}: does not end its stdio streams on Shutdown.</li>
 * </ul>
 * As a child process it reports its environment and folder on stderr. In this JVM, it
 * records the calls it receives, in order, and may leave out the stdio or broker service.
 */
public final class FakePlugin {

	/** Prefix of MessageWillBePosted's rejection reason. */
	static final String REJECTION = "no forbidden words";

	/** The line sent on the stdio stream's STDERR channel, in two chunks. */
	static final String STDIO_STDERR = "[INFO] over the stdio stream";

	/** The line sent on the stdio stream's STDOUT channel. */
	static final String STDIO_STDOUT = "stdout over the stdio stream";

	private final String mode;

	private final String apiTarget;

	private final Runnable exit;

	private final Services services;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final List<String> ended = new CopyOnWriteArrayList<>();

	private final List<ServerCallStreamObserver<StdioData>> stdioStreams = new CopyOnWriteArrayList<>();

	private volatile boolean terminatedGracefully;

	private Server server;

	private FakePlugin(String mode, String apiTarget, Runnable exit, Services services) {
		this.mode = mode;
		this.apiTarget = apiTarget;
		this.exit = exit;
		this.services = services;
	}

	/**
	 * Runs the fake plugin as a process.
	 * @param args ignored
	 * @throws Exception when serving fails
	 */
	public static void main(String[] args) throws Exception {
		String mode = System.getenv().getOrDefault("FAKE_PLUGIN_MODE", "normal");
		System.err.println("[INFO] cookie=" + System.getenv("MATTERMOST_PLUGIN"));
		System.err.println("[INFO] protocol versions=" + System.getenv("PLUGIN_PROTOCOL_VERSIONS"));
		System.err.println("[INFO] api target=" + System.getenv("MATTERMOST_PLUGIN_API_TARGET"));
		System.err.println("[INFO] folder=" + Path.of("").toAbsolutePath());
		switch (mode) {
			case "silent" -> {
				new CountDownLatch(1).await();
			}
			case "crash" -> {
				System.err.println("[ERROR] cannot start: crash requested");
				System.exit(3);
			}
			case "noisy" -> System.out.println("Starting the fake plugin...");
			default -> {
			}
		}
		FakePlugin plugin = new FakePlugin(mode, System.getenv("MATTERMOST_PLUGIN_API_TARGET"), () -> System.exit(0),
				Services.ALL);
		int port = plugin.start();
		System.out.println("1|1|tcp|127.0.0.1:" + port + "|grpc");
		System.out.flush();
		plugin.stopped.await();
	}

	/**
	 * Starts the fake plugin's server in this JVM, for attaching to it.
	 * @return the running plugin
	 */
	static FakePlugin startInThisJvm() {
		return startInThisJvm("normal", Services.ALL);
	}

	/**
	 * Starts the fake plugin's server in this JVM, for attaching to it.
	 * @param mode how it behaves, as {@code FAKE_PLUGIN_MODE} says
	 * @param services which of go-plugin's streaming services it serves
	 * @return the running plugin
	 */
	static FakePlugin startInThisJvm(String mode, Services services) {
		FakePlugin plugin = new FakePlugin(mode, null, () -> {
		}, services);
		plugin.start();
		return plugin;
	}

	/**
	 * Returns the methods called so far, in the order the calls arrived, each once per call.
	 * @return bare method names, such as {@code StartStream} or {@code Implemented}
	 */
	List<String> calls() {
		return List.copyOf(this.calls);
	}

	/**
	 * Returns the streams that ended so far, and how.
	 * @return entries such as {@code StartStream cancelled} or
	 * {@code StreamStdio ended by the plugin}
	 */
	List<String> endedStreams() {
		return List.copyOf(this.ended);
	}

	/**
	 * Returns whether Shutdown's graceful server shutdown ended within its second, without
	 * a call left running.
	 * @return whether the server terminated gracefully
	 */
	boolean terminatedGracefully() {
		return this.terminatedGracefully;
	}

	/**
	 * Returns the port the hooks server listens on.
	 * @return the port
	 */
	int port() {
		return ((InetSocketAddress) this.server.getListenSockets().get(0)).getPort();
	}

	/**
	 * Waits until Shutdown has stopped the server.
	 * @param timeout how long to wait at most
	 * @return whether it stopped in time
	 * @throws InterruptedException when interrupted
	 */
	boolean awaitStopped(Duration timeout) throws InterruptedException {
		return this.stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private int start() {
		HealthStatusManager health = new HealthStatusManager();
		health.setStatus("plugin", ServingStatus.SERVING);
		NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.addService(ServerInterceptors.intercept(health.getHealthService(), new CallRecorder()))
			.addService(ServerInterceptors.intercept(new Hooks(), new CallRecorder()))
			.addService(controller(health));
		if (this.services.stdio()) {
			builder.addService(ServerInterceptors.intercept(new Stdio(), new CallRecorder()));
		}
		if (this.services.broker()) {
			builder.addService(broker());
		}
		if (this.apiTarget == null) {
			// In this JVM nothing blocks in a handler, and calls start in the order they arrive.
			builder.directExecutor();
		}
		try {
			this.server = builder.build().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return port();
	}

	private ServerServiceDefinition controller(HealthStatusManager health) {
		MethodDescriptor.Marshaller<Object> empty = new MethodDescriptor.Marshaller<>() {

			@Override
			public InputStream stream(Object value) {
				return new ByteArrayInputStream(new byte[0]);
			}

			@Override
			public Object parse(InputStream stream) {
				try (stream) {
					stream.transferTo(OutputStream.nullOutputStream());
					return "";
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};
		MethodDescriptor<Object, Object> shutdown = MethodDescriptor.newBuilder(empty, empty)
			.setType(MethodDescriptor.MethodType.UNARY)
			.setFullMethodName("plugin.GRPCController/Shutdown")
			.build();
		return ServerServiceDefinition.builder("plugin.GRPCController")
			.addMethod(shutdown, ServerCalls.asyncUnaryCall((request, response) -> {
				response.onNext("");
				response.onCompleted();
				if (!"stubborn".equals(this.mode)) {
					// Answer first, then stop: go-plugin calls Shutdown with no deadline.
					Thread stopper = new Thread(() -> stop(health));
					stopper.start();
				}
			}))
			.build();
	}

	private ServerServiceDefinition broker() {
		// The driver's own descriptor of go-plugin's broker, served here.
		return ServerServiceDefinition.builder(GoPluginBroker.SERVICE)
			.addMethod(GoPluginBroker.START_STREAM, ServerCalls.asyncBidiStreamingCall((response) -> {
				this.calls.add("StartStream");
				return new StreamObserver<byte[]>() {

					@Override
					public void onNext(byte[] connInfo) {
					}

					@Override
					public void onError(Throwable ex) {
						FakePlugin.this.ended.add("StartStream cancelled");
					}

					@Override
					public void onCompleted() {
						FakePlugin.this.ended.add("StartStream half-closed");
						response.onCompleted();
					}

				};
			}))
			.build();
	}

	private void stop(HealthStatusManager health) {
		health.enterTerminalState();
		if (!"keeps-stdio".equals(this.mode)) {
			// A plugin ends its stdio streams itself: a graceful shutdown waits for open calls.
			for (ServerCallStreamObserver<StdioData> stream : this.stdioStreams) {
				try {
					if (!stream.isCancelled()) {
						stream.onCompleted();
						this.ended.add("StreamStdio ended by the plugin");
					}
				}
				catch (RuntimeException ex) {
					// The host closed the stream in the meantime: it has ended either way.
				}
			}
		}
		this.server.shutdown();
		try {
			this.terminatedGracefully = this.server.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.server.shutdownNow();
		this.stopped.countDown();
		this.exit.run();
	}

	/**
	 * Which of go-plugin's streaming services the fake serves.
	 *
	 * @param stdio whether it serves {@code plugin.GRPCStdio}
	 * @param broker whether it serves {@code plugin.GRPCBroker}
	 */
	record Services(boolean stdio, boolean broker) {

		static final Services ALL = new Services(true, true);

	}

	/**
	 * Records each call's method as it starts.
	 */
	private final class CallRecorder implements ServerInterceptor {

		@Override
		public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
				ServerCallHandler<Q, A> next) {
			FakePlugin.this.calls.add(call.getMethodDescriptor().getBareMethodName());
			return next.startCall(call, headers);
		}

	}

	private final class Stdio extends GRPCStdioGrpc.GRPCStdioImplBase {

		@Override
		public void streamStdio(Empty request, StreamObserver<StdioData> response) {
			ServerCallStreamObserver<StdioData> stream = (ServerCallStreamObserver<StdioData>) response;
			stream.setOnCancelHandler(() -> FakePlugin.this.ended.add("StreamStdio cancelled"));
			// A line may span chunks, and the channels interleave.
			String half = STDIO_STDERR.substring(0, 10);
			stream.onNext(chunk(StdioData.Channel.STDERR, half));
			stream.onNext(chunk(StdioData.Channel.STDOUT, STDIO_STDOUT + "\n"));
			stream.onNext(chunk(StdioData.Channel.STDERR, STDIO_STDERR.substring(half.length()) + "\n"));
			FakePlugin.this.stdioStreams.add(stream);
		}

		private static StdioData chunk(StdioData.Channel channel, String text) {
			return StdioData.newBuilder()
				.setChannel(channel)
				.setData(ByteString.copyFrom(text, StandardCharsets.UTF_8))
				.build();
		}

	}

	private final class Hooks extends PluginHooksGrpc.PluginHooksImplBase {

		@Override
		public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> response) {
			response.onNext(ImplementedResponse.newBuilder()
				.addHooks("OnActivate")
				.addHooks("OnDeactivate")
				.addHooks("MessageWillBePosted")
				.build());
			response.onCompleted();
		}

		@Override
		public void onActivate(OnActivateRequest request, StreamObserver<OnActivateResponse> response) {
			OnActivateResponse.Builder answer = OnActivateResponse.newBuilder();
			if ("failing-activation".equals(FakePlugin.this.mode)) {
				answer.setError(AppError.newBuilder().setId("fake.activate").setMessage("no configuration"));
			}
			else if (FakePlugin.this.apiTarget != null) {
				System.err.println("[INFO] activated against server " + serverVersion());
			}
			response.onNext(answer.build());
			response.onCompleted();
		}

		private String serverVersion() {
			ManagedChannel api = NettyChannelBuilder.forTarget(FakePlugin.this.apiTarget).usePlaintext().build();
			try {
				return PluginAPIGrpc.newBlockingStub(api)
					.getServerVersion(GetServerVersionRequest.getDefaultInstance())
					.getVersion();
			}
			finally {
				api.shutdownNow();
			}
		}

		@Override
		public void onDeactivate(OnDeactivateRequest request, StreamObserver<OnDeactivateResponse> response) {
			System.err.println("[INFO] deactivated");
			response.onNext(OnDeactivateResponse.getDefaultInstance());
			response.onCompleted();
		}

		@Override
		public void messageWillBePosted(MessageWillBePostedRequest request,
				StreamObserver<MessageWillBePostedResponse> response) {
			String message = request.getPost().getMessage();
			MessageWillBePostedResponse.Builder answer = MessageWillBePostedResponse.newBuilder();
			if (message.contains("forbidden")) {
				answer.setRejectionReason(REJECTION);
			}
			else if (message.equals("context?")) {
				// Shows the test what the driver put into the contexts.
				answer.setModifiedPost(request.getPost()
					.toBuilder()
					.setMessage(request.getContext().getPluginId() + " " + request.getContext().getRequestId() + " "
							+ request.getPluginContext().getRequestId()));
			}
			else {
				answer.setModifiedPost(request.getPost().toBuilder().setMessage(message.toUpperCase()));
			}
			response.onNext(answer.build());
			response.onCompleted();
		}

	}

}

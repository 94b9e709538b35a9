package dev.pluginkit.mattermost.test.driver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;

/**
 * A plugin in plain grpc-java, standing in for the real runtime: it serves health, a few
 * hooks and go-plugin's {@code GRPCController}, prints the handshake, and misbehaves on
 * request through {@code FAKE_PLUGIN_MODE}:
 * <ul>
 * <li>{@code silent}: never prints the handshake;</li>
 * <li>{@code noisy}: prints a line before the handshake;</li>
 * <li>{@code crash}: exits with code 3 before the handshake;</li>
 * <li>{@code failing-activation}: OnActivate answers an AppError;</li>
 * <li>{@code stubborn}: answers Shutdown but never exits.</li>
 * </ul>
 * As a child process it reports its environment and folder on stderr.
 */
public final class FakePlugin {

	/** Prefix of MessageWillBePosted's rejection reason. */
	static final String REJECTION = "no forbidden words";

	private final String mode;

	private final String apiTarget;

	private final Runnable exit;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private Server server;

	private FakePlugin(String mode, String apiTarget, Runnable exit) {
		this.mode = mode;
		this.apiTarget = apiTarget;
		this.exit = exit;
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
		FakePlugin plugin = new FakePlugin(mode, System.getenv("MATTERMOST_PLUGIN_API_TARGET"), () -> System.exit(0));
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
		FakePlugin plugin = new FakePlugin("normal", null, () -> {
		});
		plugin.start();
		return plugin;
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
		try {
			this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
				.addService(health.getHealthService())
				.addService(new Hooks())
				.addService(controller(health))
				.build()
				.start();
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

	private void stop(HealthStatusManager health) {
		health.enterTerminalState();
		this.server.shutdown();
		try {
			this.server.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.server.shutdownNow();
		this.stopped.countDown();
		this.exit.run();
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

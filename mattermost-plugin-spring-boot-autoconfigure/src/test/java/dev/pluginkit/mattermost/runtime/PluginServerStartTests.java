package dev.pluginkit.mattermost.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.google.common.util.concurrent.ListenableFuture;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The server's start in steps: the handshake before gRPC, calls held until the
 * application's outcome, and the services it will not serve twice.
 */
class PluginServerStartTests {

	private final List<String> handshakes = new CopyOnWriteArrayList<>();

	private final PluginServer server = new PluginServer(new HealthStatusManager(), () -> {
	});

	private ManagedChannel channel;

	@AfterEach
	void stop() {
		if (this.channel != null) {
			this.channel.shutdownNow();
		}
		this.server.stop();
	}

	@Test
	void listenWritesTheHandshakeForABoundPortBeforeGrpcServes() throws IOException {
		this.server.setHandshakeWriter(this.handshakes::add);

		this.server.listen();

		assertThat(this.handshakes).containsExactly("1|1|tcp|127.0.0.1:" + this.server.getPort() + "|grpc\n");
		assertThat(this.server.isRunning()).isFalse();
		try (SocketChannel connection = SocketChannel.open(new InetSocketAddress("127.0.0.1", this.server.getPort()))) {
			assertThat(connection.isConnected()).isTrue();
		}
	}

	@Test
	void servesGrpcOnThePortItsHandshakeNamed() {
		this.server.setHandshakeWriter(this.handshakes::add);
		this.server.listen();
		int port = this.server.getPort();

		start();

		assertThat(this.server.getPort()).isEqualTo(port);
		assertThat(this.handshakes).hasSize(1);
		assertThat(health("plugin")).isEqualTo(ServingStatus.SERVING);
	}

	@Test
	void holdsAHookCallUntilTheApplicationIsServed() throws Exception {
		start();
		ListenableFuture<ImplementedResponse> call = hooks().implemented(ImplementedRequest.getDefaultInstance());
		// Health answers while the hook waits: the server serves, the application does not yet.
		assertThat(health("plugin")).isEqualTo(ServingStatus.SERVING);
		assertThat(call.isDone()).isFalse();

		this.server.serve(PluginServer.bindServices(Map.of("hooks", new ActivationHooks())));

		assertThat(call.get(30, TimeUnit.SECONDS).getHooksList()).containsExactly("OnActivate");
		assertThat(this.server.isServing()).isTrue();
	}

	@Test
	void servesLaterCallsDirectly() throws Exception {
		start();
		this.server.serve(PluginServer.bindServices(Map.of("hooks", new ActivationHooks())));

		assertThat(hooks().implemented(ImplementedRequest.getDefaultInstance()).get(30, TimeUnit.SECONDS)
			.getHooksList()).containsExactly("OnActivate");
	}

	@Test
	void answersAMethodTheApplicationDoesNotServeUnimplemented() {
		start();
		ListenableFuture<?> call = hooks().onActivate(OnActivateRequest.getDefaultInstance());

		this.server.serve(PluginServer.bindServices(Map.of("other", new EmptyService())));

		assertThat(statusOf(call)).isEqualTo(Status.Code.UNIMPLEMENTED);
	}

	@Test
	void aHeldCallEndsAtItsOwnDeadline() throws Exception {
		start();

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> PluginHooksGrpc.newBlockingStub(this.channel)
				.withDeadlineAfter(200, TimeUnit.MILLISECONDS)
				.implemented(ImplementedRequest.getDefaultInstance()))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
		this.server.serve(PluginServer.bindServices(Map.of("hooks", new ActivationHooks())));
		assertThat(hooks().implemented(ImplementedRequest.getDefaultInstance()).get(30, TimeUnit.SECONDS)
			.getHooksList()).containsExactly("OnActivate");
	}

	@Test
	void answersHeldAndLaterHooksWithTheStartFailureInTheirAppError() throws Exception {
		start();
		ListenableFuture<OnActivateResponse> held = hooks().onActivate(OnActivateRequest.getDefaultInstance());

		assertThat(this.server.refuseStart("the database is unreachable")).isTrue();

		assertThat(held.get(30, TimeUnit.SECONDS).getError().getMessage()).isEqualTo("the database is unreachable");
		ImplementedResponse later = hooks().implemented(ImplementedRequest.getDefaultInstance()).get(30, TimeUnit.SECONDS);
		assertThat(later.getError().getDetailedError()).isEqualTo("the database is unreachable");
		assertThat(later.getError().getStatusCode()).isEqualTo(500);
		assertThat(later.getHooksList()).isEmpty();
	}

	@Test
	void answersAHookWithoutAnErrorFieldUnavailableWithTheStartFailure() {
		start();
		this.server.refuseStart("the database is unreachable");

		ListenableFuture<?> call = hooks().messageHasBeenPosted(MessageHasBeenPostedRequest.getDefaultInstance());

		assertThat(statusOf(call)).isEqualTo(Status.Code.UNAVAILABLE);
		assertThat(Status.fromThrowable(failure(call)).getDescription()).isEqualTo("the database is unreachable");
	}

	@Test
	void reportsNotServingOnceTheStartFailed() {
		start();

		this.server.refuseStart("the database is unreachable");

		assertThat(health("plugin")).isEqualTo(ServingStatus.NOT_SERVING);
		assertThat(health("")).isEqualTo(ServingStatus.NOT_SERVING);
	}

	@Test
	void answersHeldCallsUnavailableWhenStoppedFirst() {
		start();
		ListenableFuture<?> held = hooks().implemented(ImplementedRequest.getDefaultInstance());
		// Until the call has reached the server, stopping would refuse it at the transport.
		health("plugin");

		this.server.stop();

		assertThat(statusOf(held)).isEqualTo(Status.Code.UNAVAILABLE);
		assertThat(this.server.serve(List.of())).isFalse();
	}

	@Test
	void refusesTwoServicesOfTheSameNameNamingBoth() {
		Map<String, BindableService> services = new LinkedHashMap<>();
		services.put("moderationHooks", new ActivationHooks());
		services.put("commandHooks", new ActivationHooks());

		assertThatIllegalStateException().isThrownBy(() -> PluginServer.bindServices(services))
			.withMessageContaining("'commandHooks' serves mattermost.pluginapi.v1.PluginHooks")
			.withMessageContaining("'moderationHooks'");
	}

	@Test
	void refusesAServiceThatTheRuntimeServesItself() {
		assertThatIllegalStateException()
			.isThrownBy(() -> PluginServer.bindServices(Map.of("myHealth", new HealthGrpc.HealthImplBase() {
			})))
			.withMessageContaining("'myHealth' serves grpc.health.v1.Health")
			.withMessageContaining("the plugin runtime's health service");
	}

	private void start() {
		this.server.setHandshakeWriter(this.handshakes::add);
		this.server.start();
		this.channel = NettyChannelBuilder.forAddress("127.0.0.1", this.server.getPort()).usePlaintext().build();
	}

	private PluginHooksGrpc.PluginHooksFutureStub hooks() {
		return PluginHooksGrpc.newFutureStub(this.channel).withDeadlineAfter(30, TimeUnit.SECONDS);
	}

	private ServingStatus health(String service) {
		return HealthGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(30, TimeUnit.SECONDS)
			.check(HealthCheckRequest.newBuilder().setService(service).build())
			.getStatus();
	}

	private static Status.Code statusOf(ListenableFuture<?> call) {
		return Status.fromThrowable(failure(call)).getCode();
	}

	private static Throwable failure(ListenableFuture<?> call) {
		try {
			call.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			return ex;
		}
		throw new AssertionError("The call succeeded");
	}

	static class ActivationHooks extends PluginHooksGrpc.PluginHooksImplBase {

		@Override
		public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> observer) {
			observer.onNext(ImplementedResponse.newBuilder().addHooks("OnActivate").build());
			observer.onCompleted();
		}

	}

	/** Serves a service other than PluginHooks, with no methods. */
	static class EmptyService implements BindableService {

		@Override
		public ServerServiceDefinition bindService() {
			return ServerServiceDefinition.builder("test.Other").build();
		}

	}

}

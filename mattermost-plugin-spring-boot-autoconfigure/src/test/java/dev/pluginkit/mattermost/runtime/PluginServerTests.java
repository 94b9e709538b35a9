package dev.pluginkit.mattermost.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.common.util.concurrent.ListenableFuture;
import dev.pluginkit.mattermost.goplugin.v1.Empty;
import dev.pluginkit.mattermost.goplugin.v1.GRPCControllerGrpc;
import dev.pluginkit.mattermost.goplugin.v1.GRPCStdioGrpc;
import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The plugin's gRPC server on its own, without Spring: handshake, go-plugin's services and
 * the graceful stop.
 */
class PluginServerTests {

	private final HealthStatusManager health = new HealthStatusManager();

	private final AtomicInteger shutdownRequests = new AtomicInteger();

	private final List<String> handshakes = new CopyOnWriteArrayList<>();

	private final SlowHooks hooks = new SlowHooks();

	private PluginServer server;

	private ManagedChannel channel;

	@AfterEach
	void stop() {
		if (this.channel != null) {
			this.channel.shutdownNow();
		}
		if (this.server != null) {
			this.server.stop();
		}
	}

	@Test
	void writesTheHandshakeLineWithItsPortOnceServing() {
		start(Duration.ofSeconds(1));

		assertThat(this.handshakes).containsExactly("1|1|tcp|127.0.0.1:" + this.server.getPort() + "|grpc\n");
	}

	@Test
	void shutdownCallIsAnsweredAndRequestsTheShutdown() {
		start(Duration.ofSeconds(1));

		GRPCControllerGrpc.newBlockingStub(this.channel).shutdown(Empty.getDefaultInstance());

		assertThat(this.shutdownRequests).hasValue(1);
	}

	@Test
	void reportsNotServingOnceStopped() {
		start(Duration.ofSeconds(1));

		this.server.stop();

		assertThat(localHealth("plugin")).isEqualTo(ServingStatus.NOT_SERVING);
		assertThat(localHealth("")).isEqualTo(ServingStatus.NOT_SERVING);
		assertThat(this.server.isRunning()).isFalse();
		assertThat(this.server.getPort()).isEqualTo(-1);
	}

	@Test
	void letsACallInFlightFinishWithinTheGracePeriod() throws Exception {
		start(Duration.ofSeconds(30));
		ListenableFuture<ImplementedResponse> call = PluginHooksGrpc.newFutureStub(this.channel)
			.implemented(ImplementedRequest.getDefaultInstance());
		assertThat(this.hooks.entered.await(30, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Void> stopping = CompletableFuture.runAsync(this.server::stop);
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.server.isRunning());
		this.hooks.release.countDown();

		assertThat(call.get(30, TimeUnit.SECONDS).getHooksList()).containsExactly("OnActivate");
		stopping.get(30, TimeUnit.SECONDS);
	}

	@Test
	void cancelsACallStillRunningAfterTheGracePeriod() throws Exception {
		start(Duration.ofMillis(100));
		ListenableFuture<ImplementedResponse> call = PluginHooksGrpc.newFutureStub(this.channel)
			.implemented(ImplementedRequest.getDefaultInstance());
		assertThat(this.hooks.entered.await(30, TimeUnit.SECONDS)).isTrue();

		this.server.stop();

		assertThatExceptionOfType(Exception.class).isThrownBy(() -> call.get(30, TimeUnit.SECONDS))
			.satisfies((ex) -> assertThat(Status.fromThrowable(ex).getCode()).isIn(Status.Code.CANCELLED,
					Status.Code.UNAVAILABLE));
		this.hooks.release.countDown();
	}

	@Test
	void endsTheStdioStreamSoThatItDoesNotHoldUpTheStop() {
		start(Duration.ofSeconds(60));
		AtomicBoolean ended = new AtomicBoolean();
		GRPCStdioGrpc.newStub(this.channel)
			.streamStdio(com.google.protobuf.Empty.getDefaultInstance(), new StreamObserver<>() {

				@Override
				public void onNext(StdioData value) {
				}

				@Override
				public void onError(Throwable t) {
					ended.set(true);
				}

				@Override
				public void onCompleted() {
					ended.set(true);
				}

			});
		HealthGrpc.newBlockingStub(this.channel).check(HealthCheckRequest.getDefaultInstance());
		long started = System.nanoTime();

		this.server.stop();

		// An open stream left to the grace period would hold the stop for a whole minute.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(30)).untilTrue(ended);
	}

	private void start(Duration gracePeriod) {
		this.server = new PluginServer(List.of(this.hooks), this.health, this.shutdownRequests::incrementAndGet);
		this.server.setShutdownGracePeriod(gracePeriod);
		this.server.setHandshakeWriter(this.handshakes::add);
		this.server.start();
		this.channel = NettyChannelBuilder.forAddress("127.0.0.1", this.server.getPort()).usePlaintext().build();
	}

	private ServingStatus localHealth(String service) {
		List<HealthCheckResponse> answers = new CopyOnWriteArrayList<>();
		((HealthGrpc.AsyncService) this.health.getHealthService())
			.check(HealthCheckRequest.newBuilder().setService(service).build(), new StreamObserver<>() {

				@Override
				public void onNext(HealthCheckResponse value) {
					answers.add(value);
				}

				@Override
				public void onError(Throwable t) {
				}

				@Override
				public void onCompleted() {
				}

			});
		return answers.get(0).getStatus();
	}

	/**
	 * Answers {@code Implemented} only once released, so that a call can be caught in
	 * flight.
	 */
	static class SlowHooks extends PluginHooksGrpc.PluginHooksImplBase {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> observer) {
			this.entered.countDown();
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			observer.onNext(ImplementedResponse.newBuilder().addHooks("OnActivate").build());
			observer.onCompleted();
		}

	}

}

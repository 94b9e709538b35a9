package dev.pluginkit.mattermost.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling a future of the asynchronous client cancels the RPC: the server's side of
 * the call sees the cancellation, so it can stop working on an answer nobody waits for.
 */
class AsyncCancellationTests {

	private InMemoryMattermost mattermost;

	private ManagedChannel channel;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.channel = this.mattermost.newChannel();
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void cancellingTheFutureCancelsTheCallOnTheServer() throws InterruptedException {
		CountDownLatch serverWorking = new CountDownLatch(1);
		CountDownLatch serverSawCancel = new CountDownLatch(1);
		this.mattermost.answerWith(PluginAPIGrpc.getGetUserMethod(), (request) -> {
			Context.current().addListener((context) -> serverSawCancel.countDown(), Runnable::run);
			serverWorking.countDown();
			try {
				serverSawCancel.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw Status.CANCELLED.asRuntimeException();
		});
		CompletableFuture<User> user = AsyncPluginAPIClient.create(this.channel).getUser("user-1");
		assertThat(serverWorking.await(10, TimeUnit.SECONDS)).as("the server started the call").isTrue();

		assertThat(user.cancel(true)).isTrue();

		assertThat(serverSawCancel.await(10, TimeUnit.SECONDS)).as("the server saw the cancellation").isTrue();
		assertThat(user).isCancelled();
	}

}

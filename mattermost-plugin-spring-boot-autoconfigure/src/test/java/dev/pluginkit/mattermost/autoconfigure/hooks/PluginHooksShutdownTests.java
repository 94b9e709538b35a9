package dev.pluginkit.mattermost.autoconfigure.hooks;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import dev.pluginkit.mattermost.hooks.ExecuteCommand;
import dev.pluginkit.mattermost.hooks.MessageWillBePosted;
import dev.pluginkit.mattermost.hooks.internal.PluginHooksService;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc.PluginHooksFutureStub;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hook calls when the application context closes: every call the dispatcher accepted gets
 * an answer, and calls that come later are refused at once, none left to its deadline.
 */
class PluginHooksShutdownTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PluginHooksAutoConfiguration.class))
		.withPropertyValues("mattermost.plugin.hooks.executor.threads=1");

	@Test
	void callsRunningOrQueuedWhenTheContextClosesAreAnswered() {
		this.contextRunner.withBean(BlockingCommand.class).run(serving((hooks, dispatched, context) -> {
			BlockingCommand command = context.getBean(BlockingCommand.class);
			ListenableFuture<ExecuteCommandResponse> running = hooks.executeCommand(command("/block"));
			assertThat(command.entered.await(10, TimeUnit.SECONDS)).isTrue();
			ListenableFuture<ExecuteCommandResponse> queued = hooks.executeCommand(command("/queued"));
			ListenableFuture<ExecuteCommandResponse> alsoQueued = hooks.executeCommand(command("/queued"));
			await().atMost(10, TimeUnit.SECONDS).until(() -> dispatched.get() == 3);

			context.close();
			command.release.countDown();

			assertThat(outcome(queued)).satisfiesAnyOf((answer) -> assertThat(answer).isEqualTo("/queued done"),
					PluginHooksShutdownTests::isShuttingDown);
			assertThat(outcome(alsoQueued)).satisfiesAnyOf((answer) -> assertThat(answer).isEqualTo("/queued done"),
					PluginHooksShutdownTests::isShuttingDown);
			assertThat(outcome(running)).satisfiesAnyOf((answer) -> assertThat(answer).isEqualTo("/block done"),
					PluginHooksShutdownTests::isShuttingDown);
		}));
	}

	@Test
	void aCallAfterTheContextClosedIsRefusedAsShuttingDown() {
		this.contextRunner.withBean(BlockingCommand.class).run(serving((hooks, dispatched, context) -> {
			context.close();

			assertThat(outcome(hooks.executeCommand(command("/queued")))).satisfies(PluginHooksShutdownTests::isShuttingDown);
		}));
	}

	@Test
	void aVetoHookFailingClosedRejectsWhatTheShutdownLeavesUnchecked() {
		this.contextRunner.withBean(BlockingCommand.class)
			.withBean(Moderator.class)
			.withPropertyValues("mattermost.plugin.hooks.veto-failure=fail-closed",
					"mattermost.plugin.hooks.veto-failure-reason=Moderation is down.")
			.run(serving((hooks, dispatched, context) -> {
				BlockingCommand command = context.getBean(BlockingCommand.class);
				hooks.executeCommand(command("/block"));
				assertThat(command.entered.await(10, TimeUnit.SECONDS)).isTrue();
				ListenableFuture<String> queued = rejectionReason(hooks.messageWillBePosted(posting("queued")));
				await().atMost(10, TimeUnit.SECONDS).until(() -> dispatched.get() == 2);

				context.close();

				assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("Moderation is down.");
				assertThat(rejectionReason(hooks.messageWillBePosted(posting("late"))).get(10, TimeUnit.SECONDS))
					.isEqualTo("Moderation is down.");
			}));
	}

	@Test
	void aCallTheUsersExecutorRefusesAfterContextClosedEventIsAnsweredAtOnce() {
		this.contextRunner.withBean(BlockingCommand.class)
			.withBean(PluginHooksAutoConfiguration.HOOK_EXECUTOR_BEAN_NAME, ThreadPoolTaskExecutor.class,
					PluginHooksShutdownTests::strictExecutor)
			.run(serving((hooks, dispatched, context) -> {
				// What the executor hears when the context starts closing, before the dispatcher
				// closes: a strict one stops taking tasks.
				context.publishEvent(new ContextClosedEvent(context.getSourceApplicationContext()));

				assertThat(outcome(hooks.executeCommand(command("/queued")))).startsWith("UNAVAILABLE: ExecuteCommand");
			}));
	}

	private static ThreadPoolTaskExecutor strictExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		// Since Spring Framework 6.1.4 only a strict executor shuts down on ContextClosedEvent.
		executor.setStrictEarlyShutdown(true);
		return executor;
	}

	private static void isShuttingDown(String answer) {
		assertThat(answer).startsWith("UNAVAILABLE: ExecuteCommand").endsWith("the plugin is shutting down");
	}

	private static ExecuteCommandRequest command(String command) {
		return ExecuteCommandRequest.newBuilder().setArgs(CommandArgs.newBuilder().setCommand(command)).build();
	}

	private static MessageWillBePostedRequest posting(String message) {
		return MessageWillBePostedRequest.newBuilder().setPost(Post.newBuilder().setMessage(message)).build();
	}

	private static ListenableFuture<String> rejectionReason(ListenableFuture<MessageWillBePostedResponse> call) {
		return Futures.transform(call, MessageWillBePostedResponse::getRejectionReason, Runnable::run);
	}

	/**
	 * The command's text, or the status of its failure. A call still unanswered after 10 s
	 * fails the test: the callers' deadlines are 30 s away, and nothing should wait for them.
	 */
	private static String outcome(ListenableFuture<ExecuteCommandResponse> call) throws InterruptedException {
		try {
			return call.get(10, TimeUnit.SECONDS).getResponse().getText();
		}
		catch (ExecutionException ex) {
			Status status = Status.fromThrowable(ex.getCause());
			return status.getCode() + ": " + status.getDescription();
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The call was not answered", ex);
		}
	}

	private static ContextConsumer<AssertableApplicationContext> serving(ShutdownTest test) {
		return (context) -> {
			assertThat(context).hasNotFailed();
			DispatchCounter counter = new DispatchCounter();
			Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
				.addService(ServerInterceptors.intercept(context.getBean(PluginHooksService.class), counter))
				.build()
				.start();
			ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
			try {
				test.run(PluginHooksGrpc.newFutureStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS), counter.dispatched,
						context);
			}
			finally {
				channel.shutdownNow();
				server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
			}
		};
	}

	@FunctionalInterface
	interface ShutdownTest {

		void run(PluginHooksFutureStub hooks, AtomicInteger dispatched, AssertableApplicationContext context)
				throws Exception;

	}

	/** Counts the calls handed to the dispatcher, which it does when the request is complete. */
	static final class DispatchCounter implements ServerInterceptor {

		final AtomicInteger dispatched = new AtomicInteger();

		@Override
		public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
				ServerCallHandler<Q, R> next) {
			return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {

				@Override
				public void onHalfClose() {
					super.onHalfClose();
					DispatchCounter.this.dispatched.incrementAndGet();
				}

			};
		}

	}

	static class BlockingCommand {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@ExecuteCommand
		String execute(CommandArgs args) throws InterruptedException {
			if (args.getCommand().equals("/block")) {
				this.entered.countDown();
				this.release.await();
			}
			return args.getCommand() + " done";
		}

	}

	static class Moderator {

		@MessageWillBePosted
		Post check(Post post) {
			return post;
		}

	}

}

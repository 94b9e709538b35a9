package dev.pluginkit.mattermost.autoconfigure.hooks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.ExecuteCommand;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.MessageHasBeenPosted;
import dev.pluginkit.mattermost.hooks.MessageWillBePosted;
import dev.pluginkit.mattermost.hooks.OnActivate;
import dev.pluginkit.mattermost.hooks.OnConfigurationChange;
import dev.pluginkit.mattermost.hooks.OnDeactivate;
import dev.pluginkit.mattermost.hooks.Verdict;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;

import static dev.pluginkit.mattermost.autoconfigure.hooks.HooksOverSocket.serving;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The PluginHooks service over a real socket, called as the server calls it, with the
 * generated blocking stub.
 */
class PluginHooksServiceTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PluginHooksAutoConfiguration.class));

	@Test
	void implementedListsExactlyTheHandledHooks() {
		this.contextRunner.withBean(Moderator.class)
			.withBean(HelloCommand.class)
			.withBean(PostListener.class)
			.withBean(Settings.class)
			.withBean(CatchAllListener.class)
			.run(serving((hooks) -> assertThat(hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList())
				.containsExactly("OnActivate", "OnConfigurationChange", "MessageWillBePosted", "MessageHasBeenPosted",
						"ExecuteCommand")));
	}

	@Test
	void onActivateRunsTheConfigurationHandlersFirst() {
		this.contextRunner.withBean(Activation.class).run(serving((hooks, context) -> {
			OnActivateResponse response = hooks.onActivate(OnActivateRequest.getDefaultInstance());

			assertThat(response.hasError()).isFalse();
			assertThat(context.getBean(Activation.class).steps).containsExactly("configuration", "activation");
		}));
	}

	@Test
	void anExceptionFromOnActivateComesBackAsTheAppError() {
		this.contextRunner.withBean(FailingActivation.class).run(serving((hooks) -> {
			OnActivateResponse response = hooks.onActivate(OnActivateRequest.getDefaultInstance());

			assertThat(response.getError().getMessage()).isEqualTo("no bot token configured");
			assertThat(response.getError().getDetailedError()).isEqualTo("no bot token configured");
			assertThat(response.getError().getId()).isEqualTo("plugin.hooks.on_activate.app_error");
			assertThat(response.getError().getStatusCode()).isEqualTo(500);
			assertThat(response.getError().getWhere()).contains("FailingActivation.activate()");
		}));
	}

	@Test
	void everyOnDeactivateHandlerRunsWhenAnEarlierOneFails() {
		this.contextRunner.withBean(Cleanup.class).run(serving((hooks, context) -> {
			OnDeactivateResponse response = hooks.onDeactivate(OnDeactivateRequest.getDefaultInstance());

			assertThat(context.getBean(Cleanup.class).steps).containsExactly("flush cache", "close connections");
			assertThat(response.getError().getMessage()).isEqualTo("cache unreachable");
			assertThat(response.getError().getDetailedError()).isEqualTo("cache unreachable");
			assertThat(response.getError().getWhere()).contains("Cleanup.flushCache()");
		}));
	}

	@Test
	void onDeactivateAnswersTheFirstFailureAndNamesTheOthers() {
		this.contextRunner.withBean(FailingCleanup.class).run(serving((hooks) -> {
			OnDeactivateResponse response = hooks.onDeactivate(OnDeactivateRequest.getDefaultInstance());

			assertThat(response.getError().getMessage()).isEqualTo("cache unreachable");
			assertThat(response.getError().getWhere()).contains("FailingCleanup.flushCache()");
			assertThat(response.getError().getDetailedError()).startsWith("cache unreachable")
				.contains("FailingCleanup.closeConnections(): connection pool already closed");
		}));
	}

	@Test
	void aThrowingHandlerAnswersInternalAndThePluginKeepsServing() {
		this.contextRunner.withBean(ThrowingListener.class).withBean(HelloCommand.class).run(serving((hooks) -> {
			assertThatExceptionOfType(StatusRuntimeException.class)
				.isThrownBy(() -> hooks.messageHasBeenPosted(MessageHasBeenPostedRequest.getDefaultInstance()))
				.satisfies((ex) -> {
					assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
					assertThat(ex.getStatus().getDescription()).contains("ThrowingListener.posted(Post)")
						.contains("IllegalStateException: listener broke");
				});

			assertThat(hooks.executeCommand(command("/hello")).getResponse().getText()).isEqualTo("Hello!");
		}));
	}

	@Test
	void aHandlerPastItsTimeLimitAnswersDeadlineExceededWithoutBlockingOtherCalls() {
		this.contextRunner.withBean(SlowCommand.class)
			.withPropertyValues("mattermost.plugin.hooks.timeout=2s")
			.run(serving((hooks, context) -> {
				SlowCommand slow = context.getBean(SlowCommand.class);
				ListenableFuture<ExecuteCommandResponse> slowCall = PluginHooksGrpc
					.newFutureStub(hooks.getChannel())
					.executeCommand(command("/slow"));
				assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue();

				assertThat(hooks.executeCommand(command("/fast")).getResponse().getText()).isEqualTo("fast");

				assertThat(Status.fromThrowable(catchFailure(slowCall)).getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
				await().atMost(10, TimeUnit.SECONDS).untilTrue(slow.interrupted);
				assertThat(hooks.executeCommand(command("/fast")).getResponse().getText()).isEqualTo("fast");
			}));
	}

	@Test
	void messageWillBePostedAnswersTheModifiedPost() {
		this.contextRunner.withBean(Moderator.class).run(serving((hooks) -> {
			MessageWillBePostedResponse response = hooks.messageWillBePosted(posting("  hello  "));

			assertThat(response.getModifiedPost().getMessage()).isEqualTo("hello");
			assertThat(response.getRejectionReason()).isEmpty();
		}));
	}

	@Test
	void messageWillBePostedAnswersTheRejectionReason() {
		this.contextRunner.withBean(Moderator.class).run(serving((hooks) -> {
			MessageWillBePostedResponse response = hooks.messageWillBePosted(posting("forbidden words"));

			assertThat(response.hasModifiedPost()).isFalse();
			assertThat(response.getRejectionReason()).isEqualTo("Please keep it friendly.");
		}));
	}

	@Test
	void messageWillBePostedDismissesThePostSilently() {
		this.contextRunner.withBean(Moderator.class).run(serving((hooks) -> {
			MessageWillBePostedResponse response = hooks.messageWillBePosted(posting("spam"));

			assertThat(response.getRejectionReason()).isEqualTo("plugin.message_will_be_posted.dismiss_post");
		}));
	}

	@Test
	void aFailingVetoHookFailsOpenByDefault() {
		this.contextRunner.withBean(BrokenModerator.class).run(serving((hooks) -> assertThatExceptionOfType(
				StatusRuntimeException.class)
			.isThrownBy(() -> hooks.messageWillBePosted(posting("hello")))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL))));
	}

	@Test
	void aFailingVetoHookRejectsWithAGenericReasonWhenFailingClosed() {
		this.contextRunner.withBean(BrokenModerator.class)
			.withPropertyValues("mattermost.plugin.hooks.veto-failure=fail-closed")
			.run(serving((hooks) -> {
				MessageWillBePostedResponse response = hooks.messageWillBePosted(posting("hello"));

				assertThat(response.hasModifiedPost()).isFalse();
				assertThat(response.getRejectionReason())
					.isEqualTo("This was not accepted because the plugin that checks it failed.");
			}));
	}

	@Test
	void aVetoHookPastItsTimeLimitRejectsWhenFailingClosed() {
		this.contextRunner.withBean(StuckModerator.class)
			.withPropertyValues("mattermost.plugin.hooks.veto-failure=fail-closed", "mattermost.plugin.hooks.timeout=1s",
					"mattermost.plugin.hooks.veto-failure-reason=Moderation is down.")
			.run(serving((hooks) -> assertThat(hooks.messageWillBePosted(posting("hello")).getRejectionReason())
				.isEqualTo("Moderation is down.")));
	}

	@Test
	void aVetoHookFailingClosedRejectsBeforeACallersDeadlineShorterThanTheTimeLimit() {
		this.contextRunner.withBean(StuckModerator.class)
			.withPropertyValues("mattermost.plugin.hooks.veto-failure=fail-closed", "mattermost.plugin.hooks.timeout=30s",
					"mattermost.plugin.hooks.veto-failure-reason=Moderation is down.")
			.run(serving((hooks) -> assertThat(
					hooks.withDeadlineAfter(1, TimeUnit.SECONDS).messageWillBePosted(posting("hello")).getRejectionReason())
				.isEqualTo("Moderation is down.")));
	}

	@Test
	void aHandlerPastACallersDeadlineShorterThanTheTimeLimitAnswersDeadlineExceededFirst() {
		this.contextRunner.withBean(SlowCommand.class)
			.withPropertyValues("mattermost.plugin.hooks.timeout=30s")
			.run(serving((hooks, context) -> {
				assertThatExceptionOfType(StatusRuntimeException.class)
					.isThrownBy(() -> hooks.withDeadlineAfter(1, TimeUnit.SECONDS).executeCommand(command("/slow")))
					.satisfies((ex) -> {
						assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
						// Answered by the plugin, not by the caller's own deadline.
						assertThat(ex.getStatus().getDescription())
							.startsWith("ExecuteCommand did not finish within its time limit");
					});
				await().atMost(10, TimeUnit.SECONDS).untilTrue(context.getBean(SlowCommand.class).interrupted);
			}));
	}

	@Test
	void anEventListenerReceivesANotificationHookWithItsCondition() {
		this.contextRunner.withBean(PostListener.class).run(serving((hooks, context) -> {
			hooks.messageHasBeenPosted(posted("hello"));
			hooks.messageHasBeenPosted(posted("not for the listener"));

			assertThat(context.getBean(PostListener.class).messages).containsExactly("hello");
		}));
	}

	@Test
	void aHandlerTakesWhatACustomArgumentResolverResolves() {
		this.contextRunner.withBean(LocaleResolver.class).withBean(LocalizedCommand.class).run(serving((hooks) -> {
			ExecuteCommandResponse response = hooks.executeCommand(command("/hello").toBuilder()
				.setPluginContext(PluginContext.newBuilder().setAcceptLanguage("de-CH"))
				.build());

			assertThat(response.getResponse().getText()).isEqualTo("Hello in de");
			assertThat(response.getResponse().getResponseType()).isEqualTo("ephemeral");
		}));
	}

	private static ExecuteCommandRequest command(String command) {
		return ExecuteCommandRequest.newBuilder().setArgs(CommandArgs.newBuilder().setCommand(command)).build();
	}

	private static MessageWillBePostedRequest posting(String message) {
		return MessageWillBePostedRequest.newBuilder().setPost(Post.newBuilder().setMessage(message)).build();
	}

	private static MessageHasBeenPostedRequest posted(String message) {
		return MessageHasBeenPostedRequest.newBuilder().setPost(Post.newBuilder().setMessage(message)).build();
	}

	private static Throwable catchFailure(ListenableFuture<?> call) throws InterruptedException {
		try {
			call.get(30, TimeUnit.SECONDS);
			throw new AssertionError("The call succeeded");
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The call did not end", ex);
		}
	}

	static class Moderator {

		@MessageWillBePosted
		Verdict<Post> check(Post post) {
			if (post.getMessage().contains("forbidden")) {
				return Verdict.reject("Please keep it friendly.");
			}
			if (post.getMessage().equals("spam")) {
				return Verdict.dismiss();
			}
			return Verdict.replace(post.toBuilder().setMessage(post.getMessage().trim()).build());
		}

	}

	static class BrokenModerator {

		@MessageWillBePosted
		Post check(Post post) {
			throw new IllegalStateException("moderation service unreachable");
		}

	}

	static class StuckModerator {

		@MessageWillBePosted
		Post check(Post post) throws InterruptedException {
			new CountDownLatch(1).await();
			return post;
		}

	}

	static class HelloCommand {

		@ExecuteCommand
		String hello(CommandArgs args) {
			return "Hello!";
		}

	}

	static class SlowCommand {

		final CountDownLatch entered = new CountDownLatch(1);

		final AtomicBoolean interrupted = new AtomicBoolean();

		@ExecuteCommand
		String execute(CommandArgs args) throws InterruptedException {
			if (args.getCommand().equals("/slow")) {
				this.entered.countDown();
				try {
					new CountDownLatch(1).await();
				}
				catch (InterruptedException ex) {
					this.interrupted.set(true);
					throw ex;
				}
			}
			return "fast";
		}

	}

	static class Settings {

		@OnConfigurationChange
		void load() {
		}

	}

	static class Activation {

		final List<String> steps = new CopyOnWriteArrayList<>();

		@OnConfigurationChange
		void configure() {
			this.steps.add("configuration");
		}

		@OnActivate
		void activate() {
			this.steps.add("activation");
		}

	}

	static class FailingActivation {

		@OnActivate
		void activate() {
			throw new IllegalStateException("no bot token configured");
		}

	}

	static class Cleanup {

		final List<String> steps = new CopyOnWriteArrayList<>();

		@OnDeactivate
		@Order(1)
		void flushCache() {
			this.steps.add("flush cache");
			throw new IllegalStateException("cache unreachable");
		}

		@OnDeactivate
		@Order(2)
		void closeConnections() {
			this.steps.add("close connections");
		}

	}

	static class FailingCleanup {

		@OnDeactivate
		@Order(1)
		void flushCache() {
			throw new IllegalStateException("cache unreachable");
		}

		@OnDeactivate
		@Order(2)
		void closeConnections() {
			throw new IllegalStateException("connection pool already closed");
		}

	}

	static class ThrowingListener {

		@MessageHasBeenPosted
		void posted(Post post) {
			throw new IllegalStateException("listener broke");
		}

	}

	static class PostListener {

		final List<String> messages = new CopyOnWriteArrayList<>();

		@EventListener(condition = "#request.post.message == 'hello'")
		void on(MessageHasBeenPostedRequest request) {
			this.messages.add(request.getPost().getMessage());
		}

	}

	static class CatchAllListener {

		@EventListener
		void on(Object event) {
		}

	}

	static class LocaleResolver implements HookArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter, Hook hook) {
			return parameter.getParameterType() == Locale.class
					&& hook.requestDescriptor().findFieldByName("plugin_context") != null;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, HookInvocation invocation) {
			Message request = invocation.request();
			FieldDescriptor field = request.getDescriptorForType().findFieldByName("plugin_context");
			return Locale.forLanguageTag(((PluginContext) request.getField(field)).getAcceptLanguage());
		}

	}

	static class LocalizedCommand {

		@ExecuteCommand
		String hello(CommandArgs args, Locale locale) {
			return "Hello in " + locale.getLanguage();
		}

	}

}

package dev.pluginkit.mattermost.autoconfigure.hooks;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.hooks.ExecuteCommand;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookCondition;
import dev.pluginkit.mattermost.hooks.HookConditionFactory;
import dev.pluginkit.mattermost.hooks.HookConditional;
import dev.pluginkit.mattermost.hooks.HookExceptionHandler;
import dev.pluginkit.mattermost.hooks.HookExceptionHandlerMethod;
import dev.pluginkit.mattermost.hooks.HookHandler;
import dev.pluginkit.mattermost.hooks.HookHandlerMethodFactory;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.HookReturnValueHandler;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.MessageFilter;
import dev.pluginkit.mattermost.hooks.MessageHasBeenPosted;
import dev.pluginkit.mattermost.hooks.MessageWillBePosted;
import dev.pluginkit.mattermost.hooks.ShouldProcessMessage;
import dev.pluginkit.mattermost.hooks.Verdict;
import dev.pluginkit.mattermost.hooks.internal.DefaultHookHandlerMethodFactory;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc.PluginHooksBlockingStub;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

import static dev.pluginkit.mattermost.autoconfigure.hooks.HooksOverSocket.serving;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stages of hook dispatch, over a real socket: conditions, the chain, the first match,
 * exception handlers and a replaced handler-method factory.
 */
class HookPoliciesTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, PluginHooksAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void eachFilterOfAChainSeesThePostAsTheOneBeforeLeftIt() {
		this.contextRunner.withBean(TwoFilters.class).run(serving((hooks, context) -> {
			MessageWillBePostedResponse response = hooks
				.messageWillBePosted(MessageWillBePostedRequest.newBuilder().setPost(post("  hello  ")).build());

			assertThat(context.getBean(TwoFilters.class).seenBySecond).containsExactly("hello");
			assertThat(response.getModifiedPost().getMessage()).isEqualTo("hello!");
		}));
	}

	@Test
	void aRejectionEndsTheChain() {
		this.contextRunner.withBean(TwoFilters.class).run(serving((hooks, context) -> {
			MessageWillBePostedResponse response = hooks
				.messageWillBePosted(MessageWillBePostedRequest.newBuilder().setPost(post("spam")).build());

			assertThat(response.getRejectionReason()).isEqualTo("no spam");
			assertThat(context.getBean(TwoFilters.class).seenBySecond).isEmpty();
		}));
	}

	@Test
	void aMessageFilterTakesTheNewPostOfAnUpdate() {
		this.contextRunner.withBean(TwoFilters.class).run(serving((hooks) -> {
			MessageWillBeUpdatedResponse response = hooks.messageWillBeUpdated(MessageWillBeUpdatedRequest.newBuilder()
				.setNewPost(post(" edited "))
				.setOldPost(post("original"))
				.build());

			assertThat(response.getModifiedPost().getMessage()).isEqualTo("edited!");
		}));
	}

	@Test
	void shouldProcessMessageSkipsTheOwnBotOtherBotsSystemMessagesAndWebhooks() {
		this.contextRunner.withBean(Responder.class).run(serving((hooks, context) -> {
			String ownBot = context.getBean(PluginAPIClient.class).ensureBotUser(Bot.newBuilder().setUsername("greeter").build());
			String otherBot = this.mattermost.bots().create("other-bot").getUserId();
			User person = this.mattermost.users().create("alice");
			Post byPerson = post("hi").toBuilder().setUserId(person.getId()).build();

			hooks.messageHasBeenPosted(posted(byPerson.toBuilder().setUserId(ownBot).build()));
			hooks.messageHasBeenPosted(posted(byPerson.toBuilder().setUserId(otherBot).build()));
			hooks.messageHasBeenPosted(posted(byPerson.toBuilder().setType("system_join_channel").build()));
			hooks.messageHasBeenPosted(posted(byPerson.toBuilder()
				.setProps(Struct.newBuilder().putFields("from_webhook", Value.newBuilder().setStringValue("true").build()))
				.build()));
			hooks.messageHasBeenPosted(posted(byPerson));

			Responder responder = context.getBean(Responder.class);
			assertThat(responder.strict).containsExactly(person.getId());
			assertThat(responder.lenient).containsExactly(otherBot, person.getId());
		}));
	}

	@Test
	void shouldProcessMessageOnAHookWithoutAPostFailsTheStart() {
		this.contextRunner.withBean(MisplacedCondition.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(InvalidHookHandlerException.class)
				.hasMessageContaining("@ShouldProcessMessage needs a hook whose request carries a post");
		});
	}

	@Test
	void theFirstMatchingHandlerAnswersAndOneWithoutConditionTakesTheRest() {
		this.contextRunner.withBean(ChannelCommands.class).run(serving((hooks) -> {
			assertThat(command(hooks, "town-square").getResponse().getText()).isEqualTo("town square");
			assertThat(command(hooks, "off-topic").getResponse().getText()).isEqualTo("anywhere");
		}));
	}

	@Test
	void twoHandlersWithTheSameConditionFailTheStart() {
		this.contextRunner.withBean(ChannelCommands.class).withBean(SameChannelCommand.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasMessageContaining("it takes the same calls (in channel town-square) as")
				.hasMessageContaining("ChannelCommands.townSquare(CommandArgs)");
		});
	}

	@Test
	void anExceptionHandlerOnTheSameBeanAnswersInsteadOfTheError() {
		this.contextRunner.withBean(FailingCommand.class).withBean(GlobalExceptionHandler.class).run(serving((hooks) -> {
			ExecuteCommandResponse response = command(hooks, "town-square");

			assertThat(response.hasError()).isFalse();
			assertThat(response.getResponse().getText()).isEqualTo("local: no such item");
		}));
	}

	@Test
	void anExceptionHandlerElsewhereAnswersWhenTheBeanHasNone() {
		this.contextRunner.withBean(ChannelCommands.class).withBean(GlobalExceptionHandler.class)
			.withBean(FailingFilter.class)
			.run(serving((hooks) -> {
				MessageWillBePostedResponse response = hooks
					.messageWillBePosted(MessageWillBePostedRequest.newBuilder().setPost(post("x")).build());

				assertThat(response.getRejectionReason()).isEqualTo("global: filter broke");
			}));
	}

	@Test
	void anExceptionTheHandlersDoNotTakeStillAnswersTheError() {
		this.contextRunner.withBean(UnhandledFailure.class).withBean(GlobalExceptionHandler.class).run(serving((hooks) -> {
			ExecuteCommandResponse response = command(hooks, "town-square");

			assertThat(response.getError().getMessage()).isEqualTo("no such channel");
		}));
	}

	@Test
	void aHandlerMethodFactoryBeanReplacesTheDefault() {
		this.contextRunner.withBean(TwoFilters.class).withUserConfiguration(CountingFactoryConfiguration.class)
			.run(serving((hooks, context) -> {
				hooks.messageWillBePosted(MessageWillBePostedRequest.newBuilder().setPost(post("hello")).build());

				assertThat(context.getBean(CountingFactory.class).invocations).containsExactly("trim", "exclaim");
			}));
	}

	private static ExecuteCommandResponse command(PluginHooksBlockingStub hooks, String channelId) {
		return hooks.executeCommand(ExecuteCommandRequest.newBuilder()
			.setArgs(CommandArgs.newBuilder().setCommand("/where").setChannelId(channelId))
			.build());
	}

	private static Post post(String message) {
		return Post.newBuilder().setId("p1").setChannelId("c1").setMessage(message).build();
	}

	private static MessageHasBeenPostedRequest posted(Post post) {
		return MessageHasBeenPostedRequest.newBuilder().setPost(post).build();
	}

	static class TwoFilters {

		final List<String> seenBySecond = new CopyOnWriteArrayList<>();

		@MessageFilter
		@Order(1)
		Verdict<Post> trim(Post post) {
			if (post.getMessage().equals("spam")) {
				return Verdict.reject("no spam");
			}
			return Verdict.replace(post.toBuilder().setMessage(post.getMessage().strip()).build());
		}

		@MessageFilter
		@Order(2)
		Post exclaim(Post post) {
			this.seenBySecond.add(post.getMessage());
			return post.toBuilder().setMessage(post.getMessage() + "!").build();
		}

	}

	static class Responder {

		final List<String> strict = new CopyOnWriteArrayList<>();

		final List<String> lenient = new CopyOnWriteArrayList<>();

		@MessageHasBeenPosted
		@ShouldProcessMessage
		void strict(Post post) {
			this.strict.add(post.getUserId());
		}

		@MessageHasBeenPosted
		@ShouldProcessMessage(allowBots = true)
		void lenient(Post post) {
			this.lenient.add(post.getUserId());
		}

	}

	static class MisplacedCondition {

		@ExecuteCommand
		@ShouldProcessMessage
		String command() {
			return "";
		}

	}

	/** A condition annotation of the test's own: the command's channel. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@HookConditional(InChannelConditionFactory.class)
	@interface InChannel {

		String value();

	}

	static class InChannelConditionFactory implements HookConditionFactory<InChannel> {

		@Override
		public HookCondition create(InChannel annotation, Method method, Hook hook) {
			return new HookCondition() {

				@Override
				public boolean matches(HookInvocation invocation) {
					return invocation.request(ExecuteCommandRequest.class).getArgs().getChannelId().equals(annotation.value());
				}

				@Override
				public Object key() {
					return annotation.value();
				}

				@Override
				public String description() {
					return "in channel " + annotation.value();
				}

			};
		}

	}

	static class ChannelCommands {

		@ExecuteCommand
		String anywhere() {
			return "anywhere";
		}

		@ExecuteCommand
		@InChannel("town-square")
		String townSquare(CommandArgs args) {
			return "town square";
		}

	}

	static class SameChannelCommand {

		@ExecuteCommand
		@InChannel("town-square")
		String alsoTownSquare() {
			return "again";
		}

	}

	static class FailingCommand {

		@ExecuteCommand
		String fail() {
			throw new IllegalStateException("no such item");
		}

		@HookExceptionHandler
		String local(IllegalStateException ex) {
			return "local: " + ex.getMessage();
		}

	}

	static class UnhandledFailure {

		@ExecuteCommand
		String fail() {
			throw new IllegalArgumentException("no such channel");
		}

	}

	static class FailingFilter {

		@MessageFilter
		Post fail(Post post) {
			throw new IllegalStateException("filter broke");
		}

	}

	static class GlobalExceptionHandler {

		@HookExceptionHandler(hooks = "MessageWillBePosted")
		Verdict<Post> global(RuntimeException ex) {
			return Verdict.reject("global: " + ex.getMessage());
		}

	}

	static class CountingFactory implements HookHandlerMethodFactory {

		final List<String> invocations = new CopyOnWriteArrayList<>();

		private final HookHandlerMethodFactory delegate = new DefaultHookHandlerMethodFactory(List.of(), List.of());

		@Override
		public HookHandler create(Hook hook, Supplier<Object> bean, Method method, int order) {
			HookHandler handler = this.delegate.create(hook, bean, method, order);
			return new HookHandler() {

				@Override
				public Hook hook() {
					return handler.hook();
				}

				@Override
				public Method method() {
					return handler.method();
				}

				@Override
				public Object bean() {
					return handler.bean();
				}

				@Override
				public HookCondition condition() {
					return handler.condition();
				}

				@Override
				public int order() {
					return handler.order();
				}

				@Override
				public void invoke(HookInvocation invocation, Message.Builder response) throws Exception {
					CountingFactory.this.invocations.add(method.getName());
					handler.invoke(invocation, response);
				}

				@Override
				public String description() {
					return handler.description();
				}

			};
		}

		@Override
		public HookExceptionHandlerMethod createExceptionHandler(Hook hook, Supplier<Object> bean, Method method) {
			return this.delegate.createExceptionHandler(hook, bean, method);
		}

	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class CountingFactoryConfiguration {

		@org.springframework.context.annotation.Bean
		CountingFactory countingFactory(org.springframework.beans.factory.ObjectProvider<HookArgumentResolver> resolvers,
				org.springframework.beans.factory.ObjectProvider<HookReturnValueHandler> handlers) {
			return new CountingFactory();
		}

	}

}

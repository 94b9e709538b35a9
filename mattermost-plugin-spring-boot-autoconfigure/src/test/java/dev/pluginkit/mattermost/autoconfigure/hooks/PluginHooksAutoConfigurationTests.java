package dev.pluginkit.mattermost.autoconfigure.hooks;

import java.time.Duration;

import dev.pluginkit.mattermost.hooks.ExecuteCommand;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookHandler;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.MessageHasBeenPosted;
import dev.pluginkit.mattermost.hooks.MessageWillBePosted;
import dev.pluginkit.mattermost.hooks.MessageWillBeUpdated;
import dev.pluginkit.mattermost.hooks.OnActivate;
import dev.pluginkit.mattermost.hooks.PluginHook;
import dev.pluginkit.mattermost.hooks.PluginHooksOptions;
import dev.pluginkit.mattermost.hooks.RunDataRetention;
import dev.pluginkit.mattermost.hooks.VetoFailurePolicy;
import dev.pluginkit.mattermost.hooks.internal.HookHandlerRegistry;
import dev.pluginkit.mattermost.hooks.internal.PluginHooksService;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import io.grpc.BindableService;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.AsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding hook handlers at startup, and the startup failures of handlers that cannot work.
 */
class PluginHooksAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PluginHooksAutoConfiguration.class));

	@Test
	void servesThePluginHooksServiceAsABindableService() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(PluginHooksService.class)
			.getBean(BindableService.class)
			.satisfies((service) -> assertThat(service.bindService().getServiceDescriptor().getName())
				.isEqualTo("mattermost.pluginapi.v1.PluginHooks")));
	}

	@Test
	void backsOffForTheUsersService() {
		this.contextRunner.withUserConfiguration(UserServiceConfiguration.class)
			.run((context) -> assertThat(context).getBean(PluginHooksService.class)
				.isSameAs(context.getBean(UserServiceConfiguration.class).service));
	}

	@Test
	void defaultsToThirtySecondsFailingOpen() {
		this.contextRunner.run((context) -> {
			PluginHooksOptions options = context.getBean(PluginHooksOptions.class);
			assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(options.vetoFailurePolicy()).isEqualTo(VetoFailurePolicy.FAIL_OPEN);
			assertThat(options.vetoFailureReason()).isEqualTo(PluginHooksOptions.DEFAULT_VETO_FAILURE_REASON);
		});
	}

	@Test
	void readsTheTimeLimitAndTheVetoFailurePolicyFromProperties() {
		this.contextRunner
			.withPropertyValues("mattermost.plugin.hooks.timeout=5s", "mattermost.plugin.hooks.veto-failure=fail-closed",
					"mattermost.plugin.hooks.veto-failure-reason=Not now.")
			.run((context) -> {
				PluginHooksOptions options = context.getBean(PluginHooksOptions.class);
				assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(options.vetoFailurePolicy()).isEqualTo(VetoFailurePolicy.FAIL_CLOSED);
				assertThat(options.vetoFailureReason()).isEqualTo("Not now.");
			});
	}

	@Test
	void leavesSpringBootsTaskExecutorInPlace() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(TaskExecutionAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(AsyncTaskExecutor.class)
				.hasBean("applicationTaskExecutor"));
	}

	@Test
	void findsHandlersOnOrdinaryBeans() {
		this.contextRunner.withBean(Moderator.class).run((context) -> {
			HookHandlerRegistry registry = context.getBean(HookHandlerRegistry.class);
			assertThat(registry.handlers(Hook.named("MessageWillBePosted"))).extracting(HookHandler::description)
				.containsExactly(Moderator.class.getName() + ".check(Post)");
			assertThat(registry.implementedHooks()).containsExactly("MessageWillBePosted");
		});
	}

	@Test
	void letsSeveralHandlersTakeANotificationHookInOrder() {
		this.contextRunner.withBean(TwoPostListeners.class).run((context) -> {
			HookHandlerRegistry registry = context.getBean(HookHandlerRegistry.class);
			assertThat(registry.handlers(Hook.named("MessageHasBeenPosted"))).extracting((handler) -> handler.method().getName())
				.containsExactly("first", "second");
		});
	}

	@Test
	void letsOneMethodHandleSeveralHooks() {
		this.contextRunner.withBean(PostAndActivation.class)
			.run((context) -> assertThat(context.getBean(HookHandlerRegistry.class).implementedHooks())
				.containsExactly("OnActivate", "MessageHasBeenPosted"));
	}

	@Test
	void chainsSeveralHandlersOfAHookThatPassesAValueOn() {
		this.contextRunner.withBean(Moderator.class).withBean(SecondModerator.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(HookHandlerRegistry.class).handlers(Hook.named("MessageWillBePosted")))
				.hasSize(2);
		});
	}

	@Test
	void failsOnASecondHandlerWithoutConditionForAFirstMatchHook() {
		this.contextRunner.withBean(Retention.class).withBean(SecondRetention.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidHandler(context))
				.hasMessageContaining("RunDataRetention answers one value, so it takes one handler")
				.hasMessageContaining(Retention.class.getName() + ".purge()")
				.hasMessageContaining(SecondRetention.class.getName() + ".alsoPurge()");
		});
	}

	@Test
	void failsOnAParameterNoResolverResolves() {
		this.contextRunner.withBean(UnresolvableParameter.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidHandler(context))
				.hasMessageContaining(UnresolvableParameter.class.getName() + ".execute(Post)")
				.hasMessageContaining("parameter 1")
				.hasMessageContaining("cannot be resolved")
				.hasMessageContaining("CommandArgs args");
		});
	}

	@Test
	void failsOnAParameterThatFitsSeveralFieldsWithoutANameToChoose() {
		this.contextRunner.withBean(AmbiguousPost.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidHandler(context))
				.hasMessageContaining(AmbiguousPost.class.getName() + ".edited(Post)")
				.hasMessageContaining("[newPost, oldPost]");
		});
	}

	@Test
	void failsOnAReturnValueTheHookCannotAnswer() {
		this.contextRunner.withBean(UnanswerableReturnValue.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidHandler(context))
				.hasMessageContaining(UnanswerableReturnValue.class.getName() + ".activate()")
				.hasMessageContaining("return type java.lang.String cannot be answered");
		});
	}

	@Test
	void failsOnAnUnknownHookName() {
		this.contextRunner.withBean(UnknownHook.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidHandler(context))
				.hasMessageContaining(UnknownHook.class.getName() + ".serve()")
				.hasMessageContaining("'ServeHTTP' is not a hook that a handler can take");
		});
	}

	@Test
	void explainsAnInvalidHandlerNamingTheMethod() {
		this.contextRunner.withBean(UnresolvableParameter.class).run((context) -> {
			FailureAnalysis analysis = new InvalidHookHandlerFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains(UnresolvableParameter.class.getName() + ".execute(Post)");
			assertThat(analysis.getAction()).contains("@ExecuteCommand");
		});
	}

	private static InvalidHookHandlerException invalidHandler(AssertableApplicationContext context) {
		for (Throwable failure = context.getStartupFailure(); failure != null; failure = failure.getCause()) {
			if (failure instanceof InvalidHookHandlerException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("No InvalidHookHandlerException in " + context.getStartupFailure());
	}

	@Configuration(proxyBeanMethods = false)
	static class UserServiceConfiguration {

		final PluginHooksService service = new PluginHooksService(null);

		@Bean
		PluginHooksService userPluginHooksService() {
			return this.service;
		}

	}

	static class Moderator {

		@MessageWillBePosted
		Post check(Post post) {
			return post;
		}

	}

	static class Retention {

		@RunDataRetention
		long purge() {
			return 0;
		}

	}

	static class SecondRetention {

		@RunDataRetention
		long alsoPurge() {
			return 0;
		}

	}

	static class SecondModerator {

		@MessageWillBePosted
		String alsoCheck(Post post) {
			return "";
		}

	}

	static class TwoPostListeners {

		@MessageHasBeenPosted
		@Order(2)
		void second(Post post) {
		}

		@MessageHasBeenPosted
		@Order(1)
		void first(Post post) {
		}

	}

	static class PostAndActivation {

		@OnActivate
		@MessageHasBeenPosted
		void touch() {
		}

	}

	static class UnresolvableParameter {

		@ExecuteCommand
		String execute(Post post) {
			return "";
		}

	}

	static class AmbiguousPost {

		@MessageWillBeUpdated
		void edited(Post post) {
		}

	}

	static class UnanswerableReturnValue {

		@OnActivate
		String activate() {
			return "";
		}

	}

	static class UnknownHook {

		@PluginHook("ServeHTTP")
		void serve() {
		}

	}

}

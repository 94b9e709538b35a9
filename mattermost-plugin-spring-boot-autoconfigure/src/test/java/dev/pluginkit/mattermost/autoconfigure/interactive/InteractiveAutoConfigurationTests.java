package dev.pluginkit.mattermost.autoconfigure.interactive;


import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.interactive.ActionContext;
import dev.pluginkit.mattermost.interactive.DialogSubmission;
import dev.pluginkit.mattermost.interactive.InteractiveMessages;
import dev.pluginkit.mattermost.interactive.InvalidInteractiveHandlerException;
import dev.pluginkit.mattermost.interactive.PostAction;
import dev.pluginkit.mattermost.interactive.SelectedOption;
import dev.pluginkit.mattermost.interactive.SubmitDialogResponse;
import dev.pluginkit.mattermost.interactive.internal.InteractiveEndpoint;
import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginIDResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.Status;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * What {@link InteractiveAutoConfiguration} contributes, and how a handler that cannot serve
 * fails the start.
 */
class InteractiveAutoConfigurationTests {

	private InMemoryMattermost mattermost;

	private WebApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.mattermost.answer(PluginAPIGrpc.getGetPluginIDMethod(),
				GetPluginIDResponse.newBuilder().setPluginId("com.example.p").build());
		this.contextRunner = new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					InteractiveAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void aServletApplicationGetsTheEndpointItsRoutesAndTheHelper() {
		this.contextRunner.withUserConfiguration(Approvals.class).run((context) -> {
			assertThat(context).hasSingleBean(InteractiveEndpoint.class)
				.hasSingleBean(RouterFunction.class)
				.hasSingleBean(InteractiveMessages.class);
		});
	}

	@Test
	void actionAndDialogUrlsStartWithThePluginIdAndThePath() {
		this.contextRunner.withUserConfiguration(Approvals.class).run((context) -> {
			InteractiveMessages messages = context.getBean(InteractiveMessages.class);
			assertThat(messages.actionUrl("approve")).isEqualTo("/plugins/com.example.p/interactive/actions/approve");
			assertThat(messages.dialogUrl("rename")).isEqualTo("/plugins/com.example.p/interactive/dialogs/rename");
		});
	}

	@Test
	void thePathIsConfigurable() {
		this.contextRunner.withUserConfiguration(Approvals.class)
			.withPropertyValues("mattermost.plugin.interactive.path=/ui/callbacks")
			.run((context) -> assertThat(context.getBean(InteractiveMessages.class).actionUrl("approve"))
				.isEqualTo("/plugins/com.example.p/ui/callbacks/actions/approve"));
	}

	@Test
	void aPathThatIsNotUrlSegmentsFailsTheStartNamingTheProperty() {
		this.contextRunner.withUserConfiguration(Approvals.class)
			.withPropertyValues("mattermost.plugin.interactive.path=interactive/")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("mattermost.plugin.interactive.path must be one or more segments"));
	}

	@Test
	void thePluginIdIsAskedOfTheServerOnce() {
		this.contextRunner.withUserConfiguration(Approvals.class).run((context) -> {
			InteractiveMessages messages = context.getBean(InteractiveMessages.class);
			messages.actionUrl("approve");
			messages.dialogUrl("rename");
			assertThat(this.mattermost.requests(PluginAPIGrpc.getGetPluginIDMethod())).hasSize(1);
		});
	}

	@Test
	void aConfiguredPluginIdIsNotAskedFor() {
		this.contextRunner.withUserConfiguration(Approvals.class)
			.withPropertyValues("mattermost.plugin.interactive.plugin-id=com.example.configured")
			.run((context) -> {
				assertThat(context.getBean(InteractiveMessages.class).actionUrl("approve"))
					.startsWith("/plugins/com.example.configured/");
				assertThat(this.mattermost.requests(PluginAPIGrpc.getGetPluginIDMethod())).isEmpty();
			});
	}

	@Test
	void aServerWithoutGetPluginIdIsExplainedWithTheProperty() {
		this.mattermost.reset();
		this.mattermost.failWith("GetPluginID", Status.UNIMPLEMENTED);
		this.contextRunner.withUserConfiguration(Approvals.class)
			.run((context) -> assertThatIllegalStateException()
				.isThrownBy(() -> context.getBean(InteractiveMessages.class).actionUrl("approve"))
				.withMessageContaining("mattermost.plugin.interactive.plugin-id"));
	}

	@Test
	void anActionWithoutAHandlerCannotBePutInAPost() {
		this.contextRunner.withUserConfiguration(Approvals.class)
			.run((context) -> assertThatIllegalArgumentException()
				.isThrownBy(() -> context.getBean(InteractiveMessages.class)
					.post("c1")
					.attachment((a) -> a.button("aprove", "Approve")))
				.withMessage("No @PostAction(\"aprove\") method handles the action 'aprove'; the handled actions "
						+ "are [approve, pick]"));
	}

	@Test
	void aDialogWithoutACallbackIdIsRefused() {
		this.contextRunner.withUserConfiguration(Approvals.class)
			.run((context) -> assertThatIllegalArgumentException()
				.isThrownBy(() -> context.getBean(InteractiveMessages.class)
					.openDialog("t", Dialog.newBuilder().setTitle("Rename").build()))
				.withMessageContaining("has no callback id"));
	}

	@Test
	void anApplicationsOwnInteractiveMessagesReplacesTheDefault() {
		this.contextRunner.withUserConfiguration(Approvals.class, OwnMessages.class)
			.run((context) -> assertThat(context.getBean(InteractiveMessages.class))
				.isSameAs(context.getBean(OwnMessages.class).messages));
	}

	@Test
	void withoutSpringMvcAHandlerFailsTheStartSayingWhatToAdd() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(InteractiveAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.withUserConfiguration(Approvals.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(InvalidInteractiveHandlerException.class)
				.hasMessageContaining("Approvals.approve(")
				.hasMessageContaining("add spring-boot-starter-web (without spring-boot-starter-tomcat)"));
	}

	@Test
	void aNonWebApplicationWithSpringMvcOnTheClassPathIsToldSo() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(InteractiveAutoConfiguration.class))
			.withUserConfiguration(Approvals.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(InvalidInteractiveHandlerException.class)
				.hasMessageContaining("not a servlet web application"));
	}

	@Test
	void withoutSpringMvcAnApplicationWithoutHandlersStarts() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(InteractiveAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(InteractiveEndpoint.class));
	}

	@Test
	void twoMethodsForOneActionFailTheStartNamingBoth() {
		this.contextRunner.withUserConfiguration(Approvals.class, MoreApprovals.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("@PostAction(\"approve\")")
				.hasMessageContaining("Approvals.approve(")
				.hasMessageContaining("MoreApprovals.approveAgain("));
	}

	@Test
	void aParameterNothingBindsFailsTheStartNamingTheParameter() {
		this.contextRunner.withUserConfiguration(UnboundParameter.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageStartingWith("@PostAction(\"approve\") method "
						+ UnboundParameter.class.getName() + ".approve(String, Integer): nothing binds parameter "
						+ "count (Integer)"));
	}

	@Test
	void anAnnotationOfTheOtherKindDoesNotBind() {
		this.contextRunner.withUserConfiguration(SelectedOptionInDialog.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("@DialogSubmission(\"rename\")")
				.hasMessageContaining("nothing binds parameter option (String)"));
	}

	@Test
	void aReturnTypeNothingWritesFailsTheStart() {
		this.contextRunner.withUserConfiguration(WrongReturn.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("it returns Integer"));
	}

	@Test
	void aNameThatIsNotAUrlSegmentFailsTheStart() {
		this.contextRunner.withUserConfiguration(SlashInName.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("the name 'a/b' must be letters, digits"));
	}

	@Test
	void theFailureAnalyzerSaysWhatIsWrongAndWhatToDo() throws NoSuchMethodException {
		InvalidInteractiveHandlerException failure = new InvalidInteractiveHandlerException(
				UnboundParameter.class.getDeclaredMethod("approve", String.class, Integer.class),
				"@PostAction(\"approve\")", "nothing binds parameter count (Integer)");

		FailureAnalysis analysis = new InvalidInteractiveHandlerFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
		assertThat(analysis.getAction()).contains("UnboundParameter.approve(String, Integer)")
			.contains("@PostAction(\"approve\")");
	}

	@Configuration(proxyBeanMethods = false)
	static class Approvals {

		@PostAction("approve")
		String approve(@ActionContext("request") String request) {
			return "approved " + request;
		}

		@PostAction("pick")
		String pick(@SelectedOption String option) {
			return option;
		}

		@DialogSubmission("rename")
		SubmitDialogResponse rename() {
			return SubmitDialogResponse.accepted();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MoreApprovals {

		@PostAction("approve")
		void approveAgain() {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnboundParameter {

		@PostAction("approve")
		void approve(@ActionContext("request") String request, Integer count) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SelectedOptionInDialog {

		@DialogSubmission("rename")
		void rename(@SelectedOption String option) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class WrongReturn {

		@PostAction("approve")
		Integer approve() {
			return 1;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SlashInName {

		@PostAction("a/b")
		void approve() {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnMessages {

		final InteractiveMessages messages = mock(InteractiveMessages.class);

		@Bean
		InteractiveMessages ownInteractiveMessages() {
			return this.messages;
		}

	}


}

package dev.pluginkit.mattermost.interactive;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.interactive.InteractiveAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.runtime.PluginRuntimeAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginServeHttpAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginWebMvcAutoConfiguration;
import dev.pluginkit.mattermost.client.ProtoStructs;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.DialogElement;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginIDResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.DialogSubmissionResult;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginInteractions;
import dev.pluginkit.mattermost.test.driver.PostActionResult;
import dev.pluginkit.mattermost.web.MattermostUserId;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buttons, menus and dialogs played by the test kit's driver, which follows the server's
 * handling of clicks and submissions: the post the plugin built, a click on its button that
 * updates it and opens a dialog with the click's signed trigger id, a menu pick answered with
 * ephemeral text, and the dialog's submissions.
 */
class InteractiveDriverTests {

	private static final String PLUGIN_ID = "com.example.driven";

	private static InMemoryMattermost mattermost;

	private static ConfigurableApplicationContext context;

	private static PluginDriver driver;

	private User alice;

	private Channel townSquare;

	@BeforeAll
	static void start() {
		mattermost = InMemoryMattermost.start();
		context = new SpringApplication(DrivenPlugin.class).run("--mattermost.plugin.runtime.enabled=true",
				"--spring.main.banner-mode=off", "--mattermost.plugin.api.target=" + mattermost.target(),
				"--mattermost.plugin.interactive.plugin-id=" + PLUGIN_ID);
		driver = PluginDriver.attach("127.0.0.1:" + context.getBean(PluginServer.class).getPort());
	}

	@AfterAll
	static void stop() {
		driver.disconnect();
		context.close();
		mattermost.close();
	}

	@BeforeEach
	void seed() {
		mattermost.reset();
		this.alice = mattermost.users().create("alice");
		Team team = mattermost.teams().create("eng").withMember(this.alice).team();
		this.townSquare = mattermost.channels().open(team, "town-square");
		mattermost.channels().addMember(this.townSquare, this.alice);
	}

	private PluginInteractions user() {
		return driver.interactions(mattermost).withPluginId(PLUGIN_ID);
	}

	private Post ask() {
		return context.getBean(InteractiveMessages.class)
			.post(this.townSquare.getId())
			.userId(this.alice.getId())
			.message("Deploy build 42?")
			.attachment((a) -> a.button("approve", "Approve", Map.of("build", "42"))
				.menu("assign", "Assign to", MenuOption.of("Alice", "alice"), MenuOption.of("Bob", "bob")))
			.create();
	}

	@Test
	void aClickUpdatesThePostAndOpensTheDialogWithItsTriggerId() {
		Post post = ask();

		PostActionResult click = user().clickButton(post.getId(), "approve", this.alice.getId());

		assertThat(click.updatedPost()).hasValueSatisfying((updated) -> {
			assertThat(updated.getMessage()).isEqualTo("Build 42 approved");
			assertThat(ProtoStructs.toMap(updated.getProps())).doesNotContainKey("attachments");
		});
		assertThat(mattermost.dialogs().last().callbackId()).isEqualTo("notes");
		assertThat(mattermost.dialogs().last().url())
			.isEqualTo("/plugins/" + PLUGIN_ID + "/interactive/dialogs/notes");
	}

	@Test
	void aMenuPickAnswersTheUserAlone() {
		Post post = ask();

		PostActionResult pick = user().selectOption(post.getId(), "assign", "bob", this.alice.getId());

		assertThat(pick.ephemeralText()).isEqualTo("Assigned to bob");
		assertThat(pick.updatedPost()).isEmpty();
	}

	@Test
	void anEmptySubmissionKeepsTheDialogOpenWithTheFieldError() {
		user().clickButton(ask().getId(), "approve", this.alice.getId());

		DialogSubmissionResult sent = user().submitDialog(mattermost.dialogs().last(), Map.of("text", " "));

		assertThat(sent.accepted()).isFalse();
		assertThat(sent.errors()).containsExactly(Map.entry("text", "Write something"));
	}

	@Test
	void aValidSubmissionClosesTheDialog() {
		user().clickButton(ask().getId(), "approve", this.alice.getId());

		DialogSubmissionResult sent = user().submitDialog(mattermost.dialogs().last(), Map.of("text", "Fixes"));

		assertThat(sent.accepted()).isTrue();
		assertThat(context.getBean(DrivenPlugin.class).notes).containsExactly("Fixes from " + this.alice.getId());
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
			GrpcClientAutoConfiguration.class, PluginApiClientAutoConfiguration.class,
			PluginRuntimeAutoConfiguration.class, PluginHooksAutoConfiguration.class,
			PluginServeHttpAutoConfiguration.class, PluginWebMvcAutoConfiguration.class,
			InteractiveAutoConfiguration.class })
	static class DrivenPlugin {

		final List<String> notes = new CopyOnWriteArrayList<>();

		private final InteractiveMessages messages;

		DrivenPlugin(InteractiveMessages messages) {
			this.messages = messages;
		}

		@PostAction("approve")
		Post approve(@ActionContext("build") String build, PostActionIntegrationRequest click) {
			this.messages.openDialog(click.triggerId(), Dialog.newBuilder()
				.setCallbackId("notes")
				.setTitle("Release notes")
				.addElements(DialogElement.newBuilder().setName("text").setDisplayName("Notes").setType("textarea"))
				.build());
			return this.messages.update().message("Build " + build + " approved").build();
		}

		@PostAction("assign")
		String assign(@SelectedOption String who) {
			return "Assigned to " + who;
		}

		@DialogSubmission("notes")
		SubmitDialogResponse notes(@Submission("text") String text, @MattermostUserId String userId) {
			if (text == null || text.isBlank()) {
				return SubmitDialogResponse.fieldError("text", "Write something");
			}
			this.notes.add(text + " from " + userId);
			return SubmitDialogResponse.accepted();
		}

	}

}

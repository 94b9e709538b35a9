package dev.pluginkit.mattermost.test.driver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.DialogElement;
import dev.pluginkit.mattermost.pluginapi.v1.OpenDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OpenInteractiveDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.OpenedDialog;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PluginInteractionsTests {

	private static final String ACTION_URL = "/plugins/" + InteractivePlugin.PLUGIN_ID + "/approve";

	private InMemoryMattermost mattermost;

	private InteractivePlugin plugin;

	private PluginDriver driver;

	private PluginInteractions user;

	private User alice;

	private Team team;

	private Channel channel;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.alice = this.mattermost.users().create("alice");
		this.team = this.mattermost.teams().create("eng").withMember(this.alice).team();
		this.channel = this.mattermost.channels().open(this.team, "general");
		this.mattermost.channels().addMember(this.channel, this.alice);
		this.plugin = new InteractivePlugin(this.mattermost);
		this.driver = PluginDriver.attach(this.plugin.target());
		this.user = this.driver.interactions(this.mattermost).withPluginId(InteractivePlugin.PLUGIN_ID);
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.driver.disconnect();
		this.plugin.close();
		this.mattermost.close();
	}

	@Test
	void aCommandRegisteredAtActivationRunsWithTheArgumentsTheServerFills() {
		assertThat(this.mattermost.commands().trigger("", "hello")).hasValueSatisfying(
				(command) -> assertThat(command.getAutoCompleteDesc()).isEqualTo("Says hello"));
		CommandResult result = this.user.command("/Hello  world").as(this.alice.getId()).in(this.channel.getId()).run();
		CommandArgs args = this.plugin.commands.get(0);
		assertThat(args.getUserId()).isEqualTo(this.alice.getId());
		assertThat(args.getChannelId()).isEqualTo(this.channel.getId());
		assertThat(args.getTeamId()).isEqualTo(this.team.getId());
		assertThat(args.getCommand()).isEqualTo("/Hello  world");
		String[] trigger = new String(Base64.getDecoder().decode(args.getTriggerId()), StandardCharsets.UTF_8).split(":");
		assertThat(trigger[1]).isEqualTo(this.alice.getId());
		assertThat(result.response().getTriggerId()).isEqualTo(trigger[0]);
		assertThat(result.ephemeralPost()).hasValueSatisfying((post) -> assertThat(post.getMessage()).isEqualTo("Hello!"));
		assertThat(this.mattermost.posts().ephemeral(this.alice.getId())).extracting(Post::getMessage)
			.containsExactly("Hello!");
	}

	@Test
	void anInChannelAnswerBecomesAPostOfTheUserThroughThePluginsPostedHook() {
		CommandResult result = this.user.executeCommand("/hello shout", this.alice.getId(), this.channel.getId());
		assertThat(result.post()).isPresent();
		assertThat(this.mattermost.posts().inChannel(this.channel.getId())).last().satisfies((post) -> {
			assertThat(post.getUserId()).isEqualTo(this.alice.getId());
			assertThat(post.getMessage()).isEqualTo("Hello, [everyone](https://example.com)! [seen]");
		});
	}

	@Test
	void aTriggerNobodyRegisteredFailsAsTheServerAnswers() {
		assertThatExceptionOfType(InteractionFailedException.class)
			.isThrownBy(() -> this.user.executeCommand("/nope", this.alice.getId(), this.channel.getId()))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.errorId()).isEqualTo("api.command.execute_command.not_found.app_error");
				assertThat(ex.getMessage()).contains("/hello");
			});
		assertThat(this.plugin.commands).isEmpty();
	}

	@Test
	void aUserOutsideTheChannelMayNotRunACommandThere() {
		User bob = this.mattermost.users().create("bob");
		assertThatExceptionOfType(InteractionFailedException.class)
			.isThrownBy(() -> this.user.executeCommand("/hello", bob.getId(), this.channel.getId()))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(403));
	}

	@Test
	void aButtonClickSendsTheServersRequestAndTheAnswerUpdatesThePost() {
		Post post = postWithActions(buttonAction("", Map.of("ticket", 42)), Map.of("override_username", "Approver"));
		String actionId = actionIds(post)[0];
		assertThat(actionId).as("the server gives an action without an id one").hasSize(26);
		this.plugin.answers.put("/approve", new InteractivePlugin.Answer(200,
				"{\"update\":{\"message\":\"Approved\",\"props\":{\"attachments\":[]}},\"ephemeral_text\":\"Done <https://x.io|here>\"}"));
		this.mattermost.clock().advance(Duration.ofSeconds(1));

		PostActionResult result = this.user.clickButton(post.getId(), actionId, this.alice.getId());

		InteractivePlugin.Received received = this.plugin.lastRequest();
		assertThat(received.init().getUrl()).isEqualTo("/approve");
		assertThat(received.init().getMethod()).isEqualTo("POST");
		assertThat(received.header("Mattermost-User-Id")).containsExactly(this.alice.getId());
		assertThat(received.header("Content-Type")).as("doPluginRequest sets none").isEmpty();
		JsonObject request = received.json();
		assertThat(request.get("user_id").getAsString()).isEqualTo(this.alice.getId());
		assertThat(request.get("user_name").getAsString()).isEqualTo("alice");
		assertThat(request.get("channel_name").getAsString()).isEqualTo("general");
		assertThat(request.get("team_domain").getAsString()).isEqualTo("eng");
		assertThat(request.get("post_id").getAsString()).isEqualTo(post.getId());
		assertThat(request.get("type").getAsString()).isEqualTo("button");
		assertThat(request.getAsJsonObject("context").get("ticket").toString()).isEqualTo("42");
		assertThat(received.body()).startsWith("{\"user_id\":");

		Post updated = this.mattermost.posts().byId(post.getId()).orElseThrow();
		assertThat(updated.getMessage()).isEqualTo("Approved");
		assertThat(updated.getEditAt()).isEqualTo(this.mattermost.clock().millis());
		assertThat(updated.getProps().getFieldsOrThrow("override_username").getStringValue()).isEqualTo("Approver");
		assertThat(updated.getProps().getFieldsOrThrow("attachments").getListValue().getValuesCount()).isZero();
		assertThat(result.updatedPost()).contains(updated);
		assertThat(result.ephemeralText()).isEqualTo("Done <https://x.io|here>");
		assertThat(this.mattermost.posts().ephemeral(this.alice.getId())).singleElement().satisfies((sent) -> {
			assertThat(sent.getMessage()).isEqualTo("Done [here](https://x.io)");
			assertThat(sent.getRootId()).isEqualTo(post.getId());
		});
	}

	@Test
	void anUpdateWithoutPropsKeepsThePostsProps() {
		Post post = postWithActions(buttonAction("approve", Map.of()), Map.of());
		this.plugin.answers.put("/approve", new InteractivePlugin.Answer(200, "{\"update\":{\"message\":\"Approved\"}}"));
		this.user.clickButton(post.getId(), "approve", this.alice.getId());
		Post updated = this.mattermost.posts().byId(post.getId()).orElseThrow();
		assertThat(actionIds(updated)).containsExactly("approve");
		assertThat(this.mattermost.posts().ephemeral(this.alice.getId())).isEmpty();
	}

	@Test
	void anActionsUpdatePassesThePluginsUpdateHooks() {
		Post post = postWithActions(buttonAction("approve", Map.of()), Map.of());
		this.plugin.answers.put("/approve", new InteractivePlugin.Answer(200, "{\"update\":{\"message\":\"Approved!\"}}"));
		PostActionResult result = this.user.clickButton(post.getId(), "approve", this.alice.getId());
		assertThat(result.updatedPost()).hasValueSatisfying(
				(updated) -> assertThat(updated.getMessage()).isEqualTo("Approved! (was: Please approve)"));
		assertThat(this.plugin.updated).extracting(Post::getMessage).containsExactly("Approved! (was: Please approve)");

		this.plugin.answers.put("/approve", new InteractivePlugin.Answer(200, "{\"update\":{\"message\":\"Forbidden\"}}"));
		assertThatExceptionOfType(InteractionFailedException.class)
			.isThrownBy(() -> this.user.clickButton(post.getId(), "approve", this.alice.getId()))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.errorId()).isEqualTo("Post rejected by plugin. not allowed");
			});
		assertThat(this.mattermost.posts().byId(post.getId()).orElseThrow().getMessage())
			.isEqualTo("Approved! (was: Please approve)");
	}

	@Test
	void aMenuSelectionCarriesTheSelectedOptionInTheContext() {
		Struct menu = Struct.newBuilder()
			.putFields("id", string("pick"))
			.putFields("type", string("select"))
			.putFields("name", string("Pick"))
			.putFields("data_source", string("users"))
			.putFields("integration", Value.newBuilder()
				.setStructValue(Struct.newBuilder().putFields("url", string(ACTION_URL)))
				.build())
			.build();
		Post post = postWithActions(menu, Map.of());
		this.user.selectOption(post.getId(), "pick", "u1", this.alice.getId());
		JsonObject request = this.plugin.lastRequest().json();
		assertThat(request.getAsJsonObject("context").get("selected_option").getAsString()).isEqualTo("u1");
		assertThat(request.get("data_source").getAsString()).isEqualTo("users");
	}

	@Test
	void anAnswerThatIsNotJsonFailsTheActionAndLeavesThePost() {
		Post post = postWithActions(buttonAction("approve", Map.of()), Map.of());
		this.plugin.answers.put("/approve", new InteractivePlugin.Answer(500, "boom"));
		assertThatExceptionOfType(InteractionFailedException.class)
			.isThrownBy(() -> this.user.clickButton(post.getId(), "approve", this.alice.getId()))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.errorId()).isEqualTo("api.post.do_action.action_integration.app_error");
			});
		assertThat(this.mattermost.posts().byId(post.getId()).orElseThrow()).isEqualTo(post);
	}

	@Test
	void aNonSuccessStatusWithAnEmptyBodyIsNotAFailureForAPluginUrl() {
		Post post = postWithActions(buttonAction("approve", Map.of()), Map.of());
		this.plugin.answers.put("/approve", new InteractivePlugin.Answer(403, ""));
		PostActionResult result = this.user.clickButton(post.getId(), "approve", this.alice.getId());
		assertThat(result.status()).isEqualTo(403);
		assertThat(result.updatedPost()).isEmpty();
	}

	@Test
	void anUnknownActionFailsWithTheActionsThePostHas() {
		Post post = postWithActions(buttonAction("approve", Map.of()), Map.of());
		assertThatExceptionOfType(InteractionFailedException.class)
			.isThrownBy(() -> this.user.clickButton(post.getId(), "reject", this.alice.getId()))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.getMessage()).contains("[approve]");
			});
	}

	@Test
	void anActionUrlOfAnotherPluginIsRefused() {
		Struct action = buttonAction("approve", Map.of()).toBuilder()
			.putFields("integration", Value.newBuilder()
				.setStructValue(Struct.newBuilder().putFields("url", string("/plugins/other.plugin/approve")))
				.build())
			.build();
		Post post = postWithActions(action, Map.of());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.user.clickButton(post.getId(), "approve", this.alice.getId()))
			.withMessageContaining("other.plugin");
	}

	@Test
	void aCommandOpensADialogWhoseSubmissionsReachThePlugin() {
		this.user.executeCommand("/hello dialog", this.alice.getId(), this.channel.getId());
		OpenedDialog dialog = this.mattermost.dialogs().last();
		assertThat(dialog.userId()).isEqualTo(this.alice.getId());
		assertThat(dialog.callbackId()).isEqualTo("feedback");
		assertThat(dialog.channelId()).isEqualTo(this.channel.getId());
		assertThat(dialog.problems()).isEmpty();

		this.plugin.answers.put("/dialog", new InteractivePlugin.Answer(200, "{\"errors\":{\"name\":\"Say who you are\"}}"));
		DialogSubmissionResult refused = this.user.submitDialog(dialog, Map.of("name", ""));
		assertThat(refused.accepted()).isFalse();
		assertThat(refused.errors()).containsEntry("name", "Say who you are");

		this.plugin.answers.put("/dialog", new InteractivePlugin.Answer(200, ""));
		DialogSubmissionResult accepted = this.user.submitDialog(dialog, Map.of("name", "Alice"));
		assertThat(accepted.accepted()).isTrue();
		JsonObject request = this.plugin.lastRequest().json();
		assertThat(request.get("type").getAsString()).isEqualTo("dialog_submission");
		assertThat(request.get("callback_id").getAsString()).isEqualTo("feedback");
		assertThat(request.get("state").getAsString()).isEqualTo("state-1");
		assertThat(request.get("team_id").getAsString()).isEqualTo(this.team.getId());
		assertThat(request.getAsJsonObject("submission").get("name").getAsString()).isEqualTo("Alice");
		assertThat(request.get("cancelled").getAsBoolean()).isFalse();
		assertThat(request.has("url")).isFalse();
	}

	@Test
	void cancellingADialogThatAskedToBeToldSendsACancelledSubmission() {
		this.user.executeCommand("/hello dialog", this.alice.getId(), this.channel.getId());
		assertThat(this.user.cancelDialog(this.mattermost.dialogs().last())).isPresent();
		JsonObject request = this.plugin.lastRequest().json();
		assertThat(request.get("cancelled").getAsBoolean()).isTrue();
		assertThat(request.get("submission").isJsonNull()).isTrue();
	}

	@Test
	void aDialogOpensOnlyWithAFreshTriggerIdOfThisServer() {
		PluginAPIGrpc.PluginAPIBlockingStub api = PluginAPIGrpc.newBlockingStub(this.mattermost.newChannel());
		String stale = this.mattermost.dialogs().issueTriggerId(this.alice.getId(), this.channel.getId(), this.team.getId());
		this.mattermost.clock().advance(Duration.ofSeconds(31));
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> api.openInteractiveDialog(open(stale)))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).startsWith("interactive_message.decode_trigger_id.expired");
			});
		try (InMemoryMattermost other = InMemoryMattermost.startInProcess()) {
			other.clock().set(this.mattermost.clock().instant());
			String foreign = other.dialogs().issueTriggerId(this.alice.getId(), "", "");
			assertThatExceptionOfType(StatusRuntimeException.class)
				.isThrownBy(() -> api.openInteractiveDialog(open(foreign)))
				.satisfies((ex) -> assertThat(ex.getStatus().getDescription())
					.startsWith("interactive_message.decode_trigger_id.verify_signature_failed"));
		}
		assertThat(this.mattermost.dialogs().opened()).isEmpty();
	}

	@Test
	void anInvalidDialogOpensAsOnTheServerWithItsProblemsNoted() {
		PluginAPIGrpc.PluginAPIBlockingStub api = PluginAPIGrpc.newBlockingStub(this.mattermost.newChannel());
		String triggerId = this.mattermost.dialogs().issueTriggerId(this.alice.getId(), this.channel.getId(), "");
		OpenInteractiveDialogRequest request = OpenInteractiveDialogRequest.newBuilder()
			.setDialog(OpenDialogRequest.newBuilder()
				.setTriggerId(triggerId)
				.setDialog(Dialog.newBuilder()
					.setTitle("")
					.addElements(DialogElement.newBuilder().setName("a").setDisplayName("A").setType("color"))))
			.build();
		api.openInteractiveDialog(request);
		assertThat(this.mattermost.dialogs().last().problems()).containsExactly("empty URL", "invalid dialog title \"\"",
				"\"a\" field is not valid: invalid element type: \"color\"");
	}

	private OpenInteractiveDialogRequest open(String triggerId) {
		return OpenInteractiveDialogRequest.newBuilder()
			.setDialog(OpenDialogRequest.newBuilder()
				.setTriggerId(triggerId)
				.setUrl("/plugins/" + InteractivePlugin.PLUGIN_ID + "/dialog")
				.setDialog(Dialog.newBuilder().setTitle("Feedback")))
			.build();
	}

	private Post postWithActions(Struct action, Map<String, String> extraProps) {
		Struct.Builder props = Struct.newBuilder()
			.putFields("attachments", Value.newBuilder()
				.setListValue(ListValue.newBuilder()
					.addValues(Value.newBuilder()
						.setStructValue(Struct.newBuilder()
							.putFields("text", string("Approve?"))
							.putFields("actions", Value.newBuilder()
								.setListValue(ListValue.newBuilder().addValues(Value.newBuilder().setStructValue(action)))
								.build()))))
				.build());
		extraProps.forEach((key, value) -> props.putFields(key, string(value)));
		return this.mattermost.posts()
			.create(Post.newBuilder()
				.setChannelId(this.channel.getId())
				.setUserId(this.alice.getId())
				.setMessage("Please approve")
				.setProps(props)
				.build());
	}

	private static Struct buttonAction(String id, Map<String, Integer> context) {
		Struct.Builder integrationContext = Struct.newBuilder();
		context.forEach((key, value) -> integrationContext.putFields(key, Value.newBuilder().setNumberValue(value).build()));
		Struct.Builder action = Struct.newBuilder()
			.putFields("type", string("button"))
			.putFields("name", string("Approve"))
			.putFields("integration", Value.newBuilder()
				.setStructValue(Struct.newBuilder()
					.putFields("url", string(ACTION_URL))
					.putFields("context", Value.newBuilder().setStructValue(integrationContext).build()))
				.build());
		if (!id.isEmpty()) {
			action.putFields("id", string(id));
		}
		return action.build();
	}

	private static String[] actionIds(Post post) {
		return post.getProps()
			.getFieldsOrThrow("attachments")
			.getListValue()
			.getValues(0)
			.getStructValue()
			.getFieldsOrThrow("actions")
			.getListValue()
			.getValuesList()
			.stream()
			.map((action) -> action.getStructValue().getFieldsOrThrow("id").getStringValue())
			.toArray(String[]::new);
	}

	private static Value string(String text) {
		return Value.newBuilder().setStringValue(text).build();
	}

}

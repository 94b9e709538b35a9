package dev.pluginkit.mattermost.interactive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.interactive.InteractiveAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.runtime.PluginRuntimeAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginServeHttpAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginWebMvcAutoConfiguration;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.ProtoStructs;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.DialogElement;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginIDResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OpenDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OpenInteractiveDialogResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.http.PluginHttpClient;
import dev.pluginkit.mattermost.test.http.PluginHttpResponse;
import dev.pluginkit.mattermost.web.MattermostUserId;
import io.grpc.ManagedChannel;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import io.grpc.netty.NettyChannelBuilder;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Buttons, menus and dialogs end to end: the plugin builds a post through the Plugin API of
 * a fake server, and the test plays the server's part of a click or a submission as
 * {@code DoPostActionWithCookie} and {@code SubmitInteractiveDialog} do
 * ({@code server/channels/app/integration_action.go}): it finds the clicked action in the
 * stored post by id, posts the request JSON to the action's URL through the plugin's real
 * ServeHTTP stream, and applies the answer.
 */
class InteractiveServeHttpTests {

	private static final String PLUGIN_ID = "com.example.buttons";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static InMemoryMattermost mattermost;

	private static ConfigurableApplicationContext context;

	private static ManagedChannel channel;

	private User alice;

	private Channel townSquare;

	@BeforeAll
	static void start() {
		mattermost = InMemoryMattermost.start();
		context = new SpringApplication(ButtonsPlugin.class).run("--mattermost.plugin.runtime.enabled=true",
				"--spring.main.banner-mode=off", "--mattermost.plugin.api.target=" + mattermost.target());
		channel = NettyChannelBuilder.forAddress("127.0.0.1", context.getBean(PluginServer.class).getPort())
			.usePlaintext()
			.build();
	}

	@AfterAll
	static void stop() {
		channel.shutdownNow();
		context.close();
		mattermost.close();
	}

	@BeforeEach
	void seed() {
		mattermost.reset();
		mattermost.answer(PluginAPIGrpc.getGetPluginIDMethod(),
				GetPluginIDResponse.newBuilder().setPluginId(PLUGIN_ID).build());
		this.alice = mattermost.users().create("alice");
		Team team = mattermost.teams().create("eng").withMember(this.alice).team();
		this.townSquare = mattermost.channels().open(team, "town-square");
		context.getBean(ButtonsPlugin.class).calls.clear();
	}

	private static PluginHttpClient http() {
		return PluginHttpClient.over(channel, PLUGIN_ID);
	}

	private Post approvalPost() {
		return context.getBean(InteractiveMessages.class)
			.post(this.townSquare.getId())
			.userId(this.alice.getId())
			.message("Deploy build 42?")
			.attachment((a) -> a.text("Waiting")
				.button("approve", "Approve", Map.of("request", "r-42", "level", 2))
				.menu("assign", "Assign to", MenuOption.of("Alice", "alice"), MenuOption.of("Bob", "bob")))
			.create();
	}

	@Test
	void theBuiltPostPointsItsButtonAndMenuAtThePlugin() {
		Post post = approvalPost();

		List<Map<String, Object>> actions = actions(mattermost.posts().byId(post.getId()).orElseThrow());
		assertThat(actions).extracting((action) -> integration(action).get("url"))
			.containsExactly("/plugins/" + PLUGIN_ID + "/interactive/actions/approve",
					"/plugins/" + PLUGIN_ID + "/interactive/actions/assign");
		assertThat(actions).extracting((action) -> action.get("id")).containsExactly("approve", "assign");
	}

	@Test
	void aButtonClickUpdatesThePostWithWhatTheHandlerAnswered() throws Exception {
		Post post = approvalPost();

		PluginHttpResponse response = click(post, "approve", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.arrivedInOneMessage()).isTrue();
		Post updated = mattermost.posts().byId(post.getId()).orElseThrow();
		assertThat(updated.getMessage()).isEqualTo("Approved r-42 at level 2 by " + this.alice.getId());
		// The update carries props without the buttons, so they are gone.
		assertThat(actions(updated)).isEmpty();
		assertThat(context.getBean(ButtonsPlugin.class).calls).containsExactly("approve");
	}

	@Test
	void theUpdateIsWrittenAsTheServersPostReadsIt() throws Exception {
		Post post = approvalPost();

		JsonNode answer = JSON.readTree(click(post, "approve", null).body());

		assertThat(answer.get("update").get("message").asText()).startsWith("Approved r-42");
		assertThat(answer.get("update").get("props").isObject()).isTrue();
		assertThat(answer.get("ephemeral_text").asText()).isEmpty();
		assertThat(answer.get("skip_slack_parsing").asBoolean()).isFalse();
	}

	@Test
	void aMenuPickReachesTheHandlerAsTheSelectedOptionAndAnswersEphemeralText() throws Exception {
		Post post = approvalPost();

		JsonNode answer = JSON.readTree(click(post, "assign", "bob").body());

		assertThat(answer.get("update").isNull()).isTrue();
		assertThat(answer.get("ephemeral_text").asText()).isEqualTo("Assigned to bob");
	}

	@Test
	void aClickWithoutAUserAnswers401AndDoesNotCallTheHandler() {
		PluginHttpResponse response = http().post("/interactive/actions/approve").body("{}").send();

		assertThat(response.status()).isEqualTo(401);
		assertThat(context.getBean(ButtonsPlugin.class).calls).isEmpty();
	}

	@Test
	void anUnknownActionAnswers404() {
		PluginHttpResponse response = http().post("/interactive/actions/nothing").userId("u1").body("{}").send();

		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void aContextValueThatDoesNotConvertAnswers400() {
		PluginHttpResponse response = http().post("/interactive/actions/approve")
			.userId("u1")
			.body("{\"type\":\"button\",\"context\":{\"request\":\"r\",\"level\":\"high\"}}")
			.send();

		assertThat(response.status()).isEqualTo(400);
		assertThat(context.getBean(ButtonsPlugin.class).calls).isEmpty();
	}

	@Test
	void openingADialogPointsItsSubmissionAtTheHandler() {
		mattermost.answer(PluginAPIGrpc.getOpenInteractiveDialogMethod(),
				OpenInteractiveDialogResponse.getDefaultInstance());

		context.getBean(InteractiveMessages.class).openDialog("trigger-1", renameDialog());

		OpenDialogRequest opened = mattermost.requests(PluginAPIGrpc.getOpenInteractiveDialogMethod()).get(0).getDialog();
		assertThat(opened.getTriggerId()).isEqualTo("trigger-1");
		assertThat(opened.getUrl()).isEqualTo("/plugins/" + PLUGIN_ID + "/interactive/dialogs/rename");
		assertThat(opened.getDialog().getCallbackId()).isEqualTo("rename");
	}

	@Test
	void openingADialogNoHandlerTakesFailsBeforeCallingTheServer() {
		Dialog dialog = renameDialog().toBuilder().setCallbackId("unknown").build();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(InteractiveMessages.class).openDialog("trigger-1", dialog))
			.withMessageContaining("No @DialogSubmission(\"unknown\")")
			.withMessageContaining("[broken, count, rename]");
		assertThat(mattermost.requests(PluginAPIGrpc.getOpenInteractiveDialogMethod())).isEmpty();
	}

	@Test
	void aSubmissionWithAnInvalidFieldAnswersTheFieldError() throws Exception {
		PluginHttpResponse response = submit(Map.of("name", "", "announce", true), false);

		assertThat(response.arrivedInOneMessage()).isTrue();
		assertThat(response.bodyAsString()).isEqualTo("{\"errors\":{\"name\":\"A name is required\"}}");
	}

	@Test
	void aValidSubmissionIsAcceptedWithAnEmptyAnswer() throws Exception {
		PluginHttpResponse response = submit(Map.of("name", "Release", "announce", true), false);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.bodyAsString()).isEqualTo("{}");
		assertThat(context.getBean(ButtonsPlugin.class).calls)
			.containsExactly("rename Release announce=true state=s-1 by " + this.alice.getId());
	}

	@Test
	void aCancellationReachesTheHandlerWithoutValues() throws Exception {
		PluginHttpResponse response = submit(null, true);

		assertThat(response.bodyAsString()).isEqualTo("{}");
		assertThat(context.getBean(ButtonsPlugin.class).calls).containsExactly("cancelled");
	}

	@Test
	void aFailingHandlerAnswers500WithAnErrorTheDialogShows() throws Exception {
		PluginHttpResponse response = submit("broken", Map.of("name", "x"), false);

		assertThat(response.status()).isEqualTo(500);
		// The server reads any answer as a SubmitDialogResponse: Boot's error body has an
		// "error", which the dialog shows as its general error.
		assertThat(JSON.readTree(response.body()).get("error").asText()).isNotEmpty();
	}

	@Test
	void aNamedSubmittedValueIsConvertedToTheParametersType() throws Exception {
		PluginHttpResponse response = submit("count", Map.of("count", "12"), false);

		assertThat(response.bodyAsString()).isEqualTo("{\"error\":\"count is 12, more than 10\"}");
	}

	private static Dialog renameDialog() {
		return Dialog.newBuilder()
			.setCallbackId("rename")
			.setTitle("Rename")
			.setState("s-1")
			.addElements(DialogElement.newBuilder().setName("name").setDisplayName("Name").setType("text"))
			.build();
	}

	/**
	 * What the server does when a user clicks: finds the action by id in the stored post,
	 * sends the request to the action's URL, and applies the answer's update.
	 */
	private PluginHttpResponse click(Post post, String actionId, String selectedOption) throws Exception {
		Post stored = mattermost.posts().byId(post.getId()).orElseThrow();
		Map<String, Object> action = actions(stored).stream()
			.filter((candidate) -> actionId.equals(candidate.get("id")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> integration = integration(action);
		Map<String, Object> actionContext = new LinkedHashMap<>(contextOf(integration));
		if (selectedOption != null) {
			actionContext.put("selected_option", selectedOption);
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("user_id", this.alice.getId());
		request.put("user_name", "alice");
		request.put("channel_id", stored.getChannelId());
		request.put("channel_name", "town-square");
		request.put("team_id", this.townSquare.getTeamId());
		request.put("team_domain", "eng");
		request.put("post_id", stored.getId());
		request.put("trigger_id", "dHJpZ2dlcg==");
		request.put("type", action.get("type"));
		request.put("data_source", "");
		request.put("context", actionContext);
		String url = (String) integration.get("url");
		PluginHttpResponse response = http().post(url.substring(("/plugins/" + PLUGIN_ID).length()))
			.inProcess()
			.userId(this.alice.getId())
			.body(JSON.writeValueAsBytes(request))
			.send();
		JsonNode answer = JSON.readTree(response.body());
		JsonNode update = answer.get("update");
		if (update != null && !update.isNull()) {
			Post.Builder updated = stored.toBuilder().setMessage(update.get("message").asText());
			if (update.has("props")) {
				updated.setProps(ProtoStructs.toStruct(JSON.convertValue(update.get("props"), Map.class)));
			}
			context.getBean(PluginAPIClient.class).updatePost(updated.build());
		}
		return response;
	}

	private PluginHttpResponse submit(Map<String, Object> submission, boolean cancelled) throws Exception {
		return submit("rename", submission, cancelled);
	}

	private PluginHttpResponse submit(String callbackId, Map<String, Object> submission, boolean cancelled)
			throws Exception {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("type", "dialog_submission");
		request.put("callback_id", callbackId);
		request.put("state", "s-1");
		request.put("user_id", this.alice.getId());
		request.put("channel_id", this.townSquare.getId());
		request.put("team_id", this.townSquare.getTeamId());
		request.put("submission", submission);
		request.put("cancelled", cancelled);
		return http().post("/interactive/dialogs/" + callbackId)
			.inProcess()
			.userId(this.alice.getId())
			.body(JSON.writeValueAsBytes(request))
			.send();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> actions(Post post) {
		List<Map<String, Object>> actions = new ArrayList<>();
		Object attachments = ProtoStructs.toMap(post.getProps()).get("attachments");
		if (attachments instanceof List<?> list) {
			for (Object attachment : list) {
				Object items = ((Map<String, Object>) attachment).get("actions");
				if (items instanceof List<?> found) {
					found.forEach((item) -> actions.add((Map<String, Object>) item));
				}
			}
		}
		return actions;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> integration(Map<String, Object> action) {
		return (Map<String, Object>) action.get("integration");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> contextOf(Map<String, Object> integration) {
		Object context = integration.get("context");
		return (context != null) ? (Map<String, Object>) context : Map.of();
	}

	record Approval(String request, int level) {
	}

	record RenameForm(String name, boolean announce) {
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
			GrpcClientAutoConfiguration.class, PluginApiClientAutoConfiguration.class, PluginRuntimeAutoConfiguration.class,
			PluginHooksAutoConfiguration.class, PluginServeHttpAutoConfiguration.class,
			PluginWebMvcAutoConfiguration.class, InteractiveAutoConfiguration.class })
	static class ButtonsPlugin {

		final List<String> calls = new CopyOnWriteArrayList<>();

		private final InteractiveMessages messages;

		ButtonsPlugin(InteractiveMessages messages) {
			this.messages = messages;
		}

		@PostAction("approve")
		Post approve(@ActionContext Approval approval, @MattermostUserId String userId) {
			this.calls.add("approve");
			return this.messages.update()
				.message("Approved " + approval.request() + " at level " + approval.level() + " by " + userId)
				.build();
		}

		@PostAction("assign")
		String assign(@SelectedOption String option, PostActionIntegrationRequest request) {
			this.calls.add("assign " + request.postId());
			return "Assigned to " + option;
		}

		@DialogSubmission("rename")
		SubmitDialogResponse rename(@Submission RenameForm form, @DialogState String state,
				@DialogCancelled boolean cancelled, @MattermostUserId String userId) {
			if (cancelled) {
				this.calls.add("cancelled");
				return SubmitDialogResponse.accepted();
			}
			if (form.name() == null || form.name().isBlank()) {
				return SubmitDialogResponse.fieldError("name", "A name is required");
			}
			this.calls.add("rename " + form.name() + " announce=" + form.announce() + " state=" + state + " by " + userId);
			return SubmitDialogResponse.accepted();
		}

		@DialogSubmission("broken")
		void broken() {
			throw new IllegalStateException("the handler failed");
		}

		@DialogSubmission("count")
		String count(@Submission(value = "count", required = true) int count) {
			return (count > 10) ? "count is " + count + ", more than 10" : null;
		}

	}

}

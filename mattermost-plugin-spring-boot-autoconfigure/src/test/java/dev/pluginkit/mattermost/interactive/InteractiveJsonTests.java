package dev.pluginkit.mattermost.interactive;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pluginkit.mattermost.client.ProtoStructs;
import dev.pluginkit.mattermost.kv.GoJson;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records read and write the JSON of the server's structs in
 * {@code server/public/model/integration_action.go} as Go's {@code encoding/json} writes them:
 * fields in the struct's order, map keys sorted, {@code omitempty} fields left out when empty
 * and the others always written.
 */
class InteractiveJsonTests {

	private final ObjectMapper json = GoJson.mapper();

	/** A menu pick as {@code DoPostActionWithCookie} marshals it. */
	private static final String MENU_REQUEST = "{\"user_id\":\"u1\",\"user_name\":\"alice\",\"channel_id\":\"c1\","
			+ "\"channel_name\":\"town-square\",\"team_id\":\"t1\",\"team_domain\":\"eng\",\"post_id\":\"p1\","
			+ "\"trigger_id\":\"dHJpZ2dlcg==\",\"type\":\"select\",\"data_source\":\"\","
			+ "\"context\":{\"level\":2,\"request\":\"r-1\",\"selected_option\":\"bob\"}}";

	/** A button without context: Go leaves the empty context out. */
	private static final String BUTTON_REQUEST = "{\"user_id\":\"u1\",\"user_name\":\"alice\",\"channel_id\":\"c1\","
			+ "\"channel_name\":\"\",\"team_id\":\"\",\"team_domain\":\"\",\"post_id\":\"p1\",\"trigger_id\":\"x\","
			+ "\"type\":\"button\",\"data_source\":\"\"}";

	/** A submission as {@code SubmitInteractiveDialog} marshals it, with the URL cleared. */
	private static final String SUBMISSION = "{\"type\":\"dialog_submission\",\"callback_id\":\"rename\","
			+ "\"state\":\"s-1\",\"user_id\":\"u1\",\"channel_id\":\"c1\",\"team_id\":\"t1\","
			+ "\"submission\":{\"count\":3,\"name\":\"Bob \\u003cb\\u003e\",\"notify\":true},\"cancelled\":false}";

	private static final String CANCELLATION = "{\"type\":\"dialog_submission\",\"callback_id\":\"rename\","
			+ "\"state\":\"\",\"user_id\":\"u1\",\"channel_id\":\"c1\",\"team_id\":\"t1\",\"submission\":null,"
			+ "\"cancelled\":true}";

	@Test
	void anActionRequestReadsEveryField() throws Exception {
		PostActionIntegrationRequest request = this.json.readValue(MENU_REQUEST, PostActionIntegrationRequest.class);

		assertThat(request).isEqualTo(new PostActionIntegrationRequest("u1", "alice", "c1", "town-square", "t1", "eng",
				"p1", "dHJpZ2dlcg==", "select", "",
				Map.of("level", 2, "request", "r-1", "selected_option", "bob")));
		assertThat(request.selectedOption()).isEqualTo("bob");
	}

	@Test
	void anActionRequestIsWrittenAsGoWritesIt() throws Exception {
		PostActionIntegrationRequest request = this.json.readValue(MENU_REQUEST, PostActionIntegrationRequest.class);

		assertThat(this.json.writeValueAsString(request)).isEqualTo(MENU_REQUEST);
	}

	@Test
	void anActionRequestWithoutContextLeavesItOutAsGoDoes() throws Exception {
		PostActionIntegrationRequest request = this.json.readValue(BUTTON_REQUEST,
				PostActionIntegrationRequest.class);

		assertThat(request.context()).isEmpty();
		assertThat(request.selectedOption()).isNull();
		assertThat(this.json.writeValueAsString(request)).isEqualTo(BUTTON_REQUEST);
	}

	@Test
	void propertiesANewerServerAddsAreIgnored() throws Exception {
		PostActionIntegrationRequest request = this.json.readValue(
				"{\"user_id\":\"u1\",\"inline_context\":{\"x\":1},\"type\":\"button\"}",
				PostActionIntegrationRequest.class);

		assertThat(request.userId()).isEqualTo("u1");
		assertThat(request.postId()).isEmpty();
	}

	@Test
	void anEmptyActionResponseWritesEveryFieldAsGoDoes() throws Exception {
		assertThat(this.json.writeValueAsString(PostActionIntegrationResponse.none()))
			.isEqualTo("{\"update\":null,\"ephemeral_text\":\"\",\"skip_slack_parsing\":false}");
	}

	@Test
	void anEphemeralAnswerCarriesItsTextAndTheSlackParsingFlag() throws Exception {
		assertThat(this.json.writeValueAsString(PostActionIntegrationResponse.ephemeral("<https://x|x>")
			.withSkipSlackParsing()))
			.isEqualTo("{\"update\":null,\"ephemeral_text\":\"\\u003chttps://x|x\\u003e\",\"skip_slack_parsing\":true}");
	}

	@Test
	void anUpdateWritesWholeNumbersOfItsPropsAsIntegersForGosInt64Fields() throws Exception {
		Post update = Post.newBuilder()
			.setMessage("Approved")
			.setProps(ProtoStructs.toStruct(Map.of("attachments", List.of(Map.of("id", 7, "text", "done")))))
			.build();

		String written = this.json.writeValueAsString(PostActionIntegrationResponse.update(update));

		assertThat(written).isEqualTo("{\"update\":{\"message\":\"Approved\",\"props\":{\"attachments\":"
				+ "[{\"id\":7,\"text\":\"done\"}]}},\"ephemeral_text\":\"\",\"skip_slack_parsing\":false}");
	}

	@Test
	void anUpdateWithoutPropsLeavesThemOutSoTheServerKeepsThePosts() throws Exception {
		JsonNode written = this.json.readTree(this.json
			.writeValueAsString(PostActionIntegrationResponse.update(Post.newBuilder().setMessage("m").build())));

		assertThat(written.get("update").has("props")).isFalse();
		assertThat(written.get("update").get("message").asText()).isEqualTo("m");
	}

	@Test
	void anUpdateWithFilesKeepsThem() throws Exception {
		JsonNode written = this.json.readTree(this.json.writeValueAsString(
				PostActionIntegrationResponse.update(Post.newBuilder().setMessage("m").addFileIds("f1").build())));

		assertThat(written.get("update").get("file_ids").get(0).asText()).isEqualTo("f1");
	}

	@Test
	void anActionResponseAsGoWritesItReadsWithItsPost() throws Exception {
		String go = "{\"update\":{\"id\":\"p1\",\"create_at\":1700000000000,\"update_at\":1700000000001,"
				+ "\"edit_at\":0,\"delete_at\":0,\"is_pinned\":false,\"user_id\":\"u1\",\"channel_id\":\"c1\","
				+ "\"root_id\":\"\",\"original_id\":\"\",\"message\":\"Approved\",\"type\":\"\","
				+ "\"props\":{\"attachments\":[{\"id\":0,\"text\":\"done\",\"actions\":[]}]},\"hashtags\":\"\","
				+ "\"file_ids\":[\"f1\"],\"pending_post_id\":\"\",\"reply_count\":0,\"last_reply_at\":0,"
				+ "\"participants\":null,\"metadata\":{}},\"ephemeral_text\":\"ok\",\"skip_slack_parsing\":false}";

		PostActionIntegrationResponse response = this.json.readValue(go, PostActionIntegrationResponse.class);

		assertThat(response.ephemeralText()).isEqualTo("ok");
		assertThat(response.update()).isNotNull();
		assertThat(response.update().getId()).isEqualTo("p1");
		assertThat(response.update().getCreateAt()).isEqualTo(1700000000000L);
		assertThat(response.update().getMessage()).isEqualTo("Approved");
		assertThat(response.update().getFileIdsList()).containsExactly("f1");
		assertThat(ProtoStructs.toMap(response.update().getProps()))
			.isEqualTo(Map.of("attachments", List.of(Map.of("id", 0.0, "text", "done", "actions", List.of()))));
	}

	@Test
	void aSubmissionReadsEveryField() throws Exception {
		SubmitDialogRequest request = this.json.readValue(SUBMISSION, SubmitDialogRequest.class);

		assertThat(request).isEqualTo(new SubmitDialogRequest("dialog_submission", "", "rename", "s-1", "u1", "c1",
				"t1", Map.of("count", 3, "name", "Bob <b>", "notify", true), false));
	}

	@Test
	void aSubmissionIsWrittenAsGoWritesItWithoutTheClearedUrl() throws Exception {
		SubmitDialogRequest request = this.json.readValue(SUBMISSION, SubmitDialogRequest.class);

		assertThat(this.json.writeValueAsString(request)).isEqualTo(SUBMISSION);
	}

	@Test
	void aCancellationHasNoValues() throws Exception {
		SubmitDialogRequest request = this.json.readValue(CANCELLATION, SubmitDialogRequest.class);

		assertThat(request.cancelled()).isTrue();
		assertThat(request.submission()).isNull();
		assertThat(request.values()).isEmpty();
		assertThat(this.json.writeValueAsString(request)).isEqualTo(CANCELLATION);
	}

	@Test
	void anAcceptedSubmissionIsAnEmptyObject() throws Exception {
		assertThat(this.json.writeValueAsString(SubmitDialogResponse.accepted())).isEqualTo("{}");
	}

	@Test
	void fieldErrorsAreWrittenByElementNameAndSorted() throws Exception {
		SubmitDialogResponse response = SubmitDialogResponse.fieldError("name", "Name is taken")
			.withFieldError("email", "Not an address");

		assertThat(this.json.writeValueAsString(response))
			.isEqualTo("{\"errors\":{\"email\":\"Not an address\",\"name\":\"Name is taken\"}}");
		assertThat(response.isAccepted()).isFalse();
	}

	@Test
	void aGeneralErrorIsWrittenAlone() throws Exception {
		assertThat(this.json.writeValueAsString(SubmitDialogResponse.error("Try again")))
			.isEqualTo("{\"error\":\"Try again\"}");
	}

	@Test
	void aDialogResponseAsGoWritesItReads() throws Exception {
		SubmitDialogResponse response = this.json.readValue(
				"{\"error\":\"x\",\"errors\":{\"a\":\"b\"},\"type\":\"form\"}".getBytes(StandardCharsets.UTF_8),
				SubmitDialogResponse.class);

		assertThat(response).isEqualTo(new SubmitDialogResponse("x", Map.of("a", "b")));
	}

}

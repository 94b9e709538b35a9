package dev.pluginkit.mattermost.interactive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

import org.springframework.lang.Nullable;

/**
 * A plugin's answer to a button click or menu pick: the Go struct
 * {@code PostActionIntegrationResponse} of {@code server/public/model/integration_action.go}.
 * {@code DoPostActionWithCookie} ({@code server/channels/app/integration_action.go}) reads
 * these three fields and nothing else:
 * <ul>
 * <li>{@code update}: the post is updated with it. The server keeps the post's id, its
 * pinned state and its reactions; it takes the update's {@code message}, {@code props} and
 * {@code file_ids} ({@code UpdatePost}). An update without props keeps the post's props, so
 * its buttons stay; an update with props replaces them (the server keeps only
 * {@code from_webhook}, {@code override_username} and {@code override_icon_url} of the
 * original), so buttons the update leaves out disappear.
 * <li>{@code ephemeral_text}: shown to the user who clicked, and only to them, in the
 * post's thread.
 * <li>{@code skip_slack_parsing}: whether to leave {@code <url|text>} links in the
 * ephemeral text as they are instead of turning them into Markdown links.
 * </ul>
 * Slack's {@code goto_location} belongs to a slash command's answer ({@code CommandResponse}),
 * not to this one: the server has no such field here.
 * The update is written as the server's {@code model.Post} reads it: {@code message},
 * {@code props} as a JSON object (whole numbers as integers), and {@code file_ids} when
 * there are any.
 *
 * @param update the post's new content, or {@code null} to leave the post as it is
 * @param ephemeralText text shown only to the user who clicked; empty for none
 * @param skipSlackParsing whether to skip the Slack link conversion of the ephemeral text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "update", "ephemeral_text", "skip_slack_parsing" })
public record PostActionIntegrationResponse(
		@JsonProperty("update") @JsonSerialize(using = PostJson.Writer.class) @JsonDeserialize(
				using = PostJson.Reader.class) @Nullable Post update,
		@JsonProperty("ephemeral_text") String ephemeralText,
		@JsonProperty("skip_slack_parsing") boolean skipSlackParsing) {

	private static final PostActionIntegrationResponse NONE = new PostActionIntegrationResponse(null, "", false);

	/**
	 * Creates the response; an absent ephemeral text becomes empty.
	 */
	public PostActionIntegrationResponse {
		ephemeralText = PostActionIntegrationRequest.orEmpty(ephemeralText);
	}

	/**
	 * The answer that changes nothing.
	 * @return the empty response
	 */
	public static PostActionIntegrationResponse none() {
		return NONE;
	}

	/**
	 * An answer that updates the post.
	 * @param post the post's new content; see the class description for what the server takes
	 * @return the response
	 */
	public static PostActionIntegrationResponse update(Post post) {
		return new PostActionIntegrationResponse(post, "", false);
	}

	/**
	 * An answer that shows text to the user who clicked, and only to them.
	 * @param text the text, in Markdown
	 * @return the response
	 */
	public static PostActionIntegrationResponse ephemeral(String text) {
		return new PostActionIntegrationResponse(null, text, false);
	}

	/**
	 * This answer with an update of the post.
	 * @param post the post's new content
	 * @return a new response
	 */
	public PostActionIntegrationResponse withUpdate(Post post) {
		return new PostActionIntegrationResponse(post, this.ephemeralText, this.skipSlackParsing);
	}

	/**
	 * This answer with text shown to the user who clicked.
	 * @param text the text, in Markdown
	 * @return a new response
	 */
	public PostActionIntegrationResponse withEphemeralText(String text) {
		return new PostActionIntegrationResponse(this.update, text, this.skipSlackParsing);
	}

	/**
	 * This answer with the Slack link conversion of the ephemeral text skipped.
	 * @return a new response
	 */
	public PostActionIntegrationResponse withSkipSlackParsing() {
		return new PostActionIntegrationResponse(this.update, this.ephemeralText, true);
	}

}

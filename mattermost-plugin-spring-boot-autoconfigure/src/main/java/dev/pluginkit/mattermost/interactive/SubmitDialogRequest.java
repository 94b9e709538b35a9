package dev.pluginkit.mattermost.interactive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the server sends to a dialog's URL when the user submits the dialog, or cancels one
 * opened with {@code notify_on_cancel}: the Go struct {@code SubmitDialogRequest} of
 * {@code server/public/model/integration_action.go}. {@code SubmitInteractiveDialog}
 * ({@code server/channels/app/integration_action.go}) sets {@code type} to
 * {@code dialog_submission} and clears {@code url} before it sends it; the API handler sets
 * {@code user_id} from the session.
 *
 * @param type {@code dialog_submission}
 * @param url empty as the server sends it (the URL is where it was sent)
 * @param callbackId the dialog's callback id
 * @param state the dialog's opaque state, as the plugin opened it
 * @param userId the user who submitted
 * @param channelId the channel the dialog was opened in
 * @param teamId that channel's team
 * @param submission the values of the dialog's elements by element name: strings, booleans
 * for {@code bool} elements, numbers for {@code text} elements of subtype {@code number}
 * @param cancelled whether the user cancelled the dialog instead of submitting it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "type", "url", "callback_id", "state", "user_id", "channel_id", "team_id", "submission",
		"cancelled" })
public record SubmitDialogRequest(@JsonProperty("type") String type,
		@JsonProperty("url") @JsonInclude(JsonInclude.Include.NON_EMPTY) String url,
		@JsonProperty("callback_id") String callbackId, @JsonProperty("state") String state,
		@JsonProperty("user_id") String userId, @JsonProperty("channel_id") String channelId,
		@JsonProperty("team_id") String teamId, @JsonProperty("submission") Map<String, Object> submission,
		@JsonProperty("cancelled") boolean cancelled) {

	/** The {@code type} the server gives every submission. */
	public static final String DIALOG_SUBMISSION = "dialog_submission";

	/**
	 * Creates the request; absent strings become empty. An absent submission stays
	 * {@code null} and is written as JSON's {@code null}, as Go writes a nil map.
	 */
	public SubmitDialogRequest {
		type = PostActionIntegrationRequest.orEmpty(type);
		url = PostActionIntegrationRequest.orEmpty(url);
		callbackId = PostActionIntegrationRequest.orEmpty(callbackId);
		state = PostActionIntegrationRequest.orEmpty(state);
		userId = PostActionIntegrationRequest.orEmpty(userId);
		channelId = PostActionIntegrationRequest.orEmpty(channelId);
		teamId = PostActionIntegrationRequest.orEmpty(teamId);
		submission = (submission != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(submission)) : null;
	}

	/**
	 * The submitted values, empty rather than {@code null} when the server sent none (a
	 * cancellation).
	 * @return the values by element name
	 */
	public Map<String, Object> values() {
		return (this.submission != null) ? this.submission : Map.of();
	}

}

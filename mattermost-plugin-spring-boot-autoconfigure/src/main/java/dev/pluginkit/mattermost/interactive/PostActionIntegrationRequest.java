package dev.pluginkit.mattermost.interactive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.lang.Nullable;

/**
 * What the server sends to a message button's or menu's integration URL when a user clicks
 * the button or picks an option: the Go struct {@code PostActionIntegrationRequest} of
 * {@code server/public/model/integration_action.go}, filled in by
 * {@code DoPostActionWithCookie} ({@code server/channels/app/integration_action.go}).
 *
 * @param userId the id of the user who clicked
 * @param userName that user's username
 * @param channelId the channel of the post
 * @param channelName that channel's name
 * @param teamId the channel's team; empty in direct and group channels
 * @param teamDomain the team's name; empty in direct and group channels
 * @param postId the post that carries the action
 * @param triggerId a short-lived id with which the plugin may open an interactive dialog
 * @param type the action's type: {@code button} or {@code select}
 * @param dataSource for a menu filled by the client, {@code users} or {@code channels}
 * @param context the action's integration context as the plugin wrote it into the post;
 * for a menu the server adds the picked value as {@code selected_option}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "user_id", "user_name", "channel_id", "channel_name", "team_id", "team_domain", "post_id",
		"trigger_id", "type", "data_source", "context" })
public record PostActionIntegrationRequest(@JsonProperty("user_id") String userId,
		@JsonProperty("user_name") String userName, @JsonProperty("channel_id") String channelId,
		@JsonProperty("channel_name") String channelName, @JsonProperty("team_id") String teamId,
		@JsonProperty("team_domain") String teamDomain, @JsonProperty("post_id") String postId,
		@JsonProperty("trigger_id") String triggerId, @JsonProperty("type") String type,
		@JsonProperty("data_source") String dataSource,
		@JsonProperty("context") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> context) {

	/** The context key under which the server hands a menu's picked value to the plugin. */
	public static final String SELECTED_OPTION = "selected_option";

	/**
	 * Creates the request; absent strings become empty and an absent context an empty map,
	 * as Go's zero values.
	 */
	public PostActionIntegrationRequest {
		userId = orEmpty(userId);
		userName = orEmpty(userName);
		channelId = orEmpty(channelId);
		channelName = orEmpty(channelName);
		teamId = orEmpty(teamId);
		teamDomain = orEmpty(teamDomain);
		postId = orEmpty(postId);
		triggerId = orEmpty(triggerId);
		type = orEmpty(type);
		dataSource = orEmpty(dataSource);
		context = (context != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(context)) : Map.of();
	}

	/**
	 * The value the user picked in a menu ({@code context.selected_option}).
	 * @return the picked value, or {@code null} for a button, or a menu with nothing picked
	 */
	@Nullable
	public String selectedOption() {
		Object value = this.context.get(SELECTED_OPTION);
		return (value != null) ? value.toString() : null;
	}

	static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}

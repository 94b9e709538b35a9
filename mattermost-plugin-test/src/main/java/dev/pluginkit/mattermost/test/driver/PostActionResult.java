package dev.pluginkit.mattermost.test.driver;

import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.Post;

/**
 * A button click or menu selection as the server handled it.
 *
 * @param requestJson the {@code PostActionIntegrationRequest} the plugin received
 * @param status the HTTP status the plugin answered; the server does not look at it for a
 * plugin URL
 * @param body the plugin's answer as the server read it
 * @param updatedPost the post as stored after the answer's {@code update}, if it had one
 * @param ephemeralText the answer's {@code ephemeral_text}, empty when none
 * @param ephemeralPost the ephemeral post the server sent the user for it
 * @param clientTriggerId the client's trigger id, which the API answers the client
 * (the plugin received the signed one in {@code trigger_id})
 */
public record PostActionResult(String requestJson, int status, String body, Optional<Post> updatedPost,
		String ephemeralText, Optional<Post> ephemeralPost, String clientTriggerId) {
}

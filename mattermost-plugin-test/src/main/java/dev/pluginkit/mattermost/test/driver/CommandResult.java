package dev.pluginkit.mattermost.test.driver;

import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

/**
 * A slash command as the server ran it.
 *
 * @param args what the plugin's {@code ExecuteCommand} received
 * @param response the plugin's answer, with {@code trigger_id} replaced by the client's
 * trigger id, as the server answers the client
 * @param post the post the server created in the channel for an {@code in_channel} answer
 * @param ephemeralPost the ephemeral post the server sent the user for an
 * {@code ephemeral} (or untyped) answer with text
 */
public record CommandResult(CommandArgs args, CommandResponse response, Optional<Post> post,
		Optional<Post> ephemeralPost) {

	/**
	 * Returns the answer's text.
	 * @return the text
	 */
	public String text() {
		return this.response.getText();
	}

	/**
	 * Returns the signed trigger id the plugin received, with which it may open a dialog.
	 * @return the trigger id
	 */
	public String triggerId() {
		return this.args.getTriggerId();
	}

}

package dev.pluginkit.mattermost.interactive;

import dev.pluginkit.mattermost.pluginapi.v1.Dialog;

/**
 * Builds posts whose buttons and menus the plugin's {@link PostAction} methods handle, and
 * opens dialogs that its {@link DialogSubmission} methods handle. The URLs point at the
 * plugin: {@code /plugins/{plugin id}{path}/actions/{name}} and
 * {@code /plugins/{plugin id}{path}/dialogs/{callback id}}, with the path of
 * {@code mattermost.plugin.interactive.path}.
 *
 * <pre>{@code
 * Post post = messages.post(channelId)
 *     .userId(botUserId)
 *     .message("Deploy build 42?")
 *     .attachment((a) -> a.text("Waiting for approval")
 *         .button("approve", "Approve", Map.of("build", 42))
 *         .menu("assign", "Assign to...", MenuOption.of("Alice", "alice"), MenuOption.of("Bob", "bob")))
 *     .build();
 * api.createPost(post);
 * }</pre>
 */
public interface InteractiveMessages {

	/**
	 * Starts a post for a channel. Send what {@link InteractivePost#build()} returns with
	 * {@code createPost}, or call {@link InteractivePost#create()}.
	 * @param channelId the channel to post in
	 * @return the post's builder
	 */
	InteractivePost post(String channelId);

	/**
	 * Starts the update of a post, for a {@link PostActionIntegrationResponse}. The server
	 * takes its message, props and file ids; its props replace the post's, so an update built
	 * here without attachments removes the post's buttons and menus.
	 * @return the update's builder
	 */
	InteractivePost update();

	/**
	 * Opens an interactive dialog for the user of a trigger id (a {@link PostAction} request's
	 * {@code triggerId}, or a slash command's), pointing its submission at the
	 * {@link DialogSubmission} method for the dialog's callback id.
	 * @param triggerId the trigger id; it expires after the server's outgoing integration
	 * timeout
	 * @param dialog the dialog, with the callback id that a {@code @DialogSubmission} method
	 * handles
	 * @throws IllegalArgumentException when no {@code @DialogSubmission} method handles the
	 * dialog's callback id, or it has none
	 * @throws dev.pluginkit.mattermost.client.PluginApiException when the server refuses
	 * (an expired trigger id, for example)
	 */
	void openDialog(String triggerId, Dialog dialog);

	/**
	 * The URL of an action, as the server resolves it: {@code /plugins/{plugin id}{path}/actions/{name}}.
	 * @param name the name of a {@link PostAction}
	 * @return the URL
	 * @throws IllegalArgumentException when no {@code @PostAction} method has that name
	 */
	String actionUrl(String name);

	/**
	 * The URL of a dialog's submissions: {@code /plugins/{plugin id}{path}/dialogs/{callback id}}.
	 * @param callbackId the callback id of a {@link DialogSubmission}
	 * @return the URL
	 * @throws IllegalArgumentException when no {@code @DialogSubmission} method handles that
	 * callback id
	 */
	String dialogUrl(String callbackId);

}

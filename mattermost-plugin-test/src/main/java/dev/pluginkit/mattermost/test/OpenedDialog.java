package dev.pluginkit.mattermost.test;

import java.util.List;

import dev.pluginkit.mattermost.pluginapi.v1.Dialog;

/**
 * An interactive dialog a plugin opened with {@code OpenInteractiveDialog}: what the server
 * sends to the user's clients in its {@code open_dialog} WebSocket event.
 *
 * @param userId the user the trigger id was issued for, to whom the dialog shows
 * @param clientTriggerId the client's trigger id, which replaces the signed one in the
 * event
 * @param url where the client submits the dialog
 * @param dialog the dialog as the plugin sent it
 * @param channelId the channel of the interaction that issued the trigger id, from which
 * the web app submits; empty when the trigger id came from elsewhere
 * @param teamId the team of that interaction; empty for a direct or group channel or when
 * unknown
 * @param problems what {@code OpenDialogRequest.IsValid} finds wrong; the server only logs
 * them as a warning and opens the dialog anyway, so a test should expect none
 * @param openedAt when it was opened, by the server's clock
 */
public record OpenedDialog(String userId, String clientTriggerId, String url, Dialog dialog, String channelId,
		String teamId, List<String> problems, long openedAt) {

	/**
	 * Returns the dialog's callback id.
	 * @return the callback id
	 */
	public String callbackId() {
		return this.dialog.getCallbackId();
	}

}

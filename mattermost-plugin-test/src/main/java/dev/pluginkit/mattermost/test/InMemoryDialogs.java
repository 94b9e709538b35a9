package dev.pluginkit.mattermost.test;

import java.util.List;
import java.util.Optional;

import dev.pluginkit.mattermost.test.internal.DialogService;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.TriggerIds;

/**
 * The interactive dialogs of an in-memory server: the trigger ids it issues (for slash
 * commands and message actions) and the dialogs plugins opened with them through
 * {@code OpenInteractiveDialog}.
 *
 * <pre>{@code
 * // after a command or button that opens a dialog:
 * OpenedDialog dialog = mattermost.dialogs().last();
 * assertThat(dialog.callbackId()).isEqualTo("feedback");
 * assertThat(dialog.problems()).isEmpty();
 * }</pre>
 *
 * @see InMemoryMattermost#dialogs()
 */
public final class InMemoryDialogs {

	private final FakeData data;

	InMemoryDialogs(FakeData data) {
		this.data = data;
	}

	/**
	 * Returns every dialog opened since the start or the last reset, oldest first.
	 * @return a snapshot of the opened dialogs
	 */
	public List<OpenedDialog> opened() {
		List<OpenedDialog> opened = DialogService.opened(this.data);
		synchronized (opened) {
			return List.copyOf(opened);
		}
	}

	/**
	 * Returns the dialogs opened for one user, oldest first.
	 * @param userId the user's id
	 * @return a snapshot of the user's dialogs
	 */
	public List<OpenedDialog> openedFor(String userId) {
		return opened().stream().filter((dialog) -> dialog.userId().equals(userId)).toList();
	}

	/**
	 * Returns the dialog opened last.
	 * @return the dialog
	 * @throws AssertionError when no dialog was opened
	 */
	public OpenedDialog last() {
		List<OpenedDialog> opened = opened();
		if (opened.isEmpty()) {
			throw new AssertionError("No interactive dialog was opened");
		}
		return opened.get(opened.size() - 1);
	}

	/**
	 * Returns the dialog opened last with a callback id.
	 * @param callbackId the dialog's callback id
	 * @return the dialog, or empty when none was opened with it
	 */
	public Optional<OpenedDialog> lastWithCallbackId(String callbackId) {
		List<OpenedDialog> opened = opened();
		for (int i = opened.size() - 1; i >= 0; i--) {
			if (opened.get(i).callbackId().equals(callbackId)) {
				return Optional.of(opened.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * Issues a signed trigger id as the server does for a slash command or a message
	 * action ({@code model.GenerateTriggerId}), stamped by the server's clock. A plugin may
	 * open a dialog with it for 30 seconds of that clock.
	 * @param userId the user who interacted
	 * @param channelId the channel the interaction happened in, which a dialog opened with
	 * the id is submitted from
	 * @param teamId the channel's team, empty for a direct or group channel
	 * @return the signed trigger id, as the plugin receives it
	 */
	public String issueTriggerId(String userId, String channelId, String teamId) {
		return this.data.triggerIds.issue(userId, this.data.now(), new TriggerIds.Origin(channelId, teamId)).triggerId();
	}

}

package dev.pluginkit.mattermost.interactive.internal;

import java.util.Objects;
import java.util.Set;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.interactive.InteractiveMessages;
import dev.pluginkit.mattermost.interactive.InteractivePost;
import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.OpenDialogRequest;

import org.springframework.lang.Nullable;
import org.springframework.util.StringUtils;

/**
 * The {@link InteractiveMessages} of the auto-configuration: URLs from the plugin's id
 * (asked of the server once, unless configured) and the handlers the registry found.
 */
public class DefaultInteractiveMessages implements InteractiveMessages {

	private final PluginAPIClient client;

	private final InteractiveHandlerRegistry registry;

	private final String path;

	@Nullable
	private volatile String pluginId;

	/**
	 * Creates the helper.
	 * @param client the Plugin API client
	 * @param registry the handlers
	 * @param path the path prefix of the handlers, such as {@code /interactive}
	 * @param pluginId the plugin's id, or {@code null} to ask the server ({@code GetPluginID},
	 * server 10.1 and later) the first time a URL is needed
	 */
	public DefaultInteractiveMessages(PluginAPIClient client, InteractiveHandlerRegistry registry, String path,
			@Nullable String pluginId) {
		this.client = client;
		this.registry = registry;
		this.path = path;
		this.pluginId = StringUtils.hasText(pluginId) ? pluginId : null;
	}

	@Override
	public InteractivePost post(String channelId) {
		Objects.requireNonNull(channelId, "channelId");
		return InteractivePost.start(channelId, this::actionUrl, this.client::createPost);
	}

	@Override
	public InteractivePost update() {
		return InteractivePost.start(null, this::actionUrl, null);
	}

	@Override
	public void openDialog(String triggerId, Dialog dialog) {
		if (!StringUtils.hasText(triggerId)) {
			throw new IllegalArgumentException("A dialog opens for a trigger id, and none was given");
		}
		if (dialog.getCallbackId().isEmpty()) {
			throw new IllegalArgumentException("The dialog '" + dialog.getTitle()
					+ "' has no callback id: set the callback id of its @DialogSubmission method");
		}
		String url = dialogUrl(dialog.getCallbackId());
		this.client.openInteractiveDialog(
				OpenDialogRequest.newBuilder().setTriggerId(triggerId).setUrl(url).setDialog(dialog).build());
	}

	@Override
	public String actionUrl(String name) {
		if (this.registry.action(name) == null) {
			throw new IllegalArgumentException("No @PostAction(\"" + name + "\") method handles the action '" + name
					+ "'" + known("actions", this.registry.actionNames()));
		}
		return "/plugins/" + pluginId() + this.path + "/actions/" + name;
	}

	@Override
	public String dialogUrl(String callbackId) {
		if (this.registry.dialog(callbackId) == null) {
			throw new IllegalArgumentException("No @DialogSubmission(\"" + callbackId
					+ "\") method handles the dialog '" + callbackId + "'"
					+ known("callback ids", this.registry.dialogCallbackIds()));
		}
		return "/plugins/" + pluginId() + this.path + "/dialogs/" + callbackId;
	}

	private static String known(String what, Set<String> names) {
		return names.isEmpty() ? "; the application has none" : "; the handled " + what + " are " + names;
	}

	private String pluginId() {
		String id = this.pluginId;
		if (id == null) {
			try {
				id = this.client.getPluginId();
			}
			catch (PluginApiException ex) {
				throw new IllegalStateException("Cannot ask the server for the plugin's id, which the URLs of buttons, "
						+ "menus and dialogs start with (GetPluginID needs server 10.1): set "
						+ "mattermost.plugin.interactive.plugin-id to the id in plugin.json", ex);
			}
			this.pluginId = id;
		}
		return id;
	}

}

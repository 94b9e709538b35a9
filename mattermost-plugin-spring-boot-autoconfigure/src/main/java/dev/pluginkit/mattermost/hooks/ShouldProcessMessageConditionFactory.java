package dev.pluginkit.mattermost.hooks;

import java.lang.reflect.Method;
import java.util.Optional;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the condition of {@link ShouldProcessMessage @ShouldProcessMessage}, in the order of
 * Go's {@code PostService.ShouldProcessMessage} ({@code server/public/pluginapi/post.go}): own
 * bot, system message, webhook, then other bots.
 */
public final class ShouldProcessMessageConditionFactory implements HookConditionFactory<ShouldProcessMessage> {

	/**
	 * Where the server's {@code EnsureBotUser} keeps the bot's user id in the plugin's
	 * key-value store ({@code botUserKey} in {@code app/plugin_api.go} and pluginapi).
	 */
	static final String BOT_USER_KEY = "mmi_botid";

	private static final String SYSTEM_MESSAGE_PREFIX = "system_";

	private static final String FROM_WEBHOOK = "from_webhook";

	private final ObjectProvider<PluginAPIClient> client;

	private volatile String ownBotId;

	/**
	 * Creates the factory.
	 * @param client the Plugin API, asked for the own bot's id and other users' bot flag
	 */
	public ShouldProcessMessageConditionFactory(ObjectProvider<PluginAPIClient> client) {
		this.client = client;
	}

	@Override
	public HookCondition create(ShouldProcessMessage annotation, Method method, Hook hook) {
		FieldDescriptor postField = postField(hook);
		if (postField == null) {
			throw new InvalidHookHandlerException(method, hook.name(),
					"@ShouldProcessMessage needs a hook whose request carries a post (post or new_post), and "
							+ hook.requestType().getSimpleName() + " has none");
		}
		return new HookCondition() {

			@Override
			public boolean matches(HookInvocation invocation) {
				return shouldProcess((Post) invocation.request().getField(postField), annotation);
			}

			@Override
			public String description() {
				return "@ShouldProcessMessage(allowBots=" + annotation.allowBots() + ", allowSystemMessages="
						+ annotation.allowSystemMessages() + ", allowWebhooks=" + annotation.allowWebhooks() + ")";
			}

			@Override
			public String toString() {
				return description();
			}

		};
	}

	private boolean shouldProcess(Post post, ShouldProcessMessage options) {
		if (!post.getUserId().isEmpty() && post.getUserId().equals(ownBotId())) {
			return false;
		}
		if (!options.allowSystemMessages() && post.getType().startsWith(SYSTEM_MESSAGE_PREFIX)) {
			return false;
		}
		if (!options.allowWebhooks() && isFromWebhook(post)) {
			return false;
		}
		return options.allowBots() || post.getUserId().isEmpty() || !client().getUser(post.getUserId()).getIsBot();
	}

	private static boolean isFromWebhook(Post post) {
		Value value = post.getProps().getFieldsMap().get(FROM_WEBHOOK);
		return value != null && value.hasStringValue() && value.getStringValue().equals("true");
	}

	/**
	 * The own bot's id, read from the key-value store until the bot exists, then kept: a bot's
	 * user id does not change.
	 */
	private String ownBotId() {
		String id = this.ownBotId;
		if (id == null) {
			Optional<byte[]> stored = client().kvGet(BOT_USER_KEY);
			if (stored.isPresent() && stored.get().length > 0) {
				id = new String(stored.get(), java.nio.charset.StandardCharsets.UTF_8);
				this.ownBotId = id;
			}
		}
		return id;
	}

	private PluginAPIClient client() {
		return this.client.getObject();
	}

	private static FieldDescriptor postField(Hook hook) {
		for (String name : new String[] { "post", "new_post" }) {
			FieldDescriptor field = hook.requestDescriptor().findFieldByName(name);
			if (field != null && field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
					&& field.getMessageType().equals(Post.getDescriptor())) {
				return field;
			}
		}
		return null;
	}

}

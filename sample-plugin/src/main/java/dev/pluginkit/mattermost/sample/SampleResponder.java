package dev.pluginkit.mattermost.sample;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.hooks.MessageHasBeenPosted;
import dev.pluginkit.mattermost.hooks.ShouldProcessMessage;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

import org.springframework.stereotype.Component;

/**
 * The bot answers posts that mention it, in their thread. Its answer mentions it too, and the
 * server runs this hook on the bot's own posts as well: {@link ShouldProcessMessage} keeps the
 * bot from answering itself for ever.
 */
@Component
class SampleResponder {

	private final PluginAPIClient api;

	private final SampleProperties properties;

	private final HelloPlugin plugin;

	SampleResponder(PluginAPIClient api, SampleProperties properties, HelloPlugin plugin) {
		this.api = api;
		this.properties = properties;
		this.plugin = plugin;
	}

	@MessageHasBeenPosted
	@ShouldProcessMessage
	void answerMentions(Post post) {
		String mention = "@" + this.properties.getBotUsername();
		if (!post.getMessage().contains(mention) || this.plugin.botUserId().isEmpty()) {
			return;
		}
		String rootId = post.getRootId().isEmpty() ? post.getId() : post.getRootId();
		this.api.createPost(Post.newBuilder()
			.setChannelId(post.getChannelId())
			.setRootId(rootId)
			.setUserId(this.plugin.botUserId())
			.setMessage(mention + " here: you called? Try /" + HelloCommand.TRIGGER + " help.")
			.build());
	}

}

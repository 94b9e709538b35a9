package dev.pluginkit.mattermost.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.hooks.OnActivate;
import dev.pluginkit.mattermost.hooks.OnDeactivate;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sample plugin's life cycle. On activation it makes sure its bot exists, greets the
 * server's log and, where it finds the configured user and channel, has its bot greet that
 * user there, with buttons ({@link SampleActions}). Every post that makes it is noted. The
 * command is {@link HelloCommand}, the filters {@link SampleFilters}, the bot's replies
 * {@link SampleResponder}.
 */
@Component
class HelloPlugin {

	private static final Logger logger = LoggerFactory.getLogger(HelloPlugin.class);

	private final PluginAPIClient api;

	private final SampleProperties properties;

	private final SampleActions actions;

	private volatile String botUserId = "";

	HelloPlugin(PluginAPIClient api, SampleProperties properties, SampleActions actions) {
		this.api = api;
		this.properties = properties;
		this.actions = actions;
	}

	/**
	 * The bot's user id, once activation made sure the bot exists.
	 * @return the id, empty before activation
	 */
	String botUserId() {
		return this.botUserId;
	}

	@OnActivate
	void activate() {
		String version = this.api.getServerVersion();
		this.api.logInfo(this.properties.getGreeting(), "server_version", version);
		this.botUserId = this.api.ensureBotUser(Bot.newBuilder()
			.setUsername(this.properties.getBotUsername())
			.setDisplayName("Sample Bot")
			.setDescription("Greets people on behalf of the sample plugin")
			.build());
		logger.info("Activated on Mattermost {}: bot @{} is {}", version, this.properties.getBotUsername(),
				this.botUserId);
		greetConfiguredUser();
	}

	@OnDeactivate
	void deactivate() {
		logger.info("Deactivated");
	}

	@EventListener
	void posted(MessageHasBeenPostedRequest request) {
		logger.info("Post {} was posted in channel {}", request.getPost().getId(), request.getPost().getChannelId());
	}

	private void greetConfiguredUser() {
		User user;
		Channel channel;
		try {
			user = this.api.getUserByUsername(this.properties.getUsername());
			channel = this.api.getChannelByNameForTeamName(this.properties.getTeam(), this.properties.getChannel(),
					false);
		}
		catch (PluginApiNotFoundException ex) {
			logger.info("Not greeting anyone: {} (set sample.username, sample.team and sample.channel)",
					ex.getMessage());
			return;
		}
		Post post = this.api.createPost(this.actions.greeting(channel.getId(), this.botUserId,
				this.properties.getGreeting() + ", @" + user.getUsername() + "!"));
		logger.info("Bot greeted @{} in ~{} with post {}", user.getUsername(), channel.getName(), post.getId());
	}

}

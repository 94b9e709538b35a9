package dev.pluginkit.mattermost.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sample's second step: it looks up a user and a channel by name and posts a greeting
 * there as that user. On a server without that user or channel it says so and does nothing.
 */
@Component
@Order(2)
class FirstPost implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstPost.class);

	private final PluginAPIClient api;

	private final SampleProperties properties;

	FirstPost(PluginAPIClient api, SampleProperties properties) {
		this.api = api;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		User user;
		Channel channel;
		try {
			user = this.api.getUserByUsername(this.properties.getUsername());
			channel = this.api.getChannelByNameForTeamName(this.properties.getTeam(), this.properties.getChannel(),
					false);
		}
		catch (PluginApiNotFoundException ex) {
			logger.warn("Not posting: {} (set sample.username, sample.team and sample.channel)", ex.getMessage());
			return;
		}
		logger.info("Found user @{} ({}) and channel ~{} ({})", user.getUsername(), user.getId(), channel.getName(),
				channel.getId());
		Post post = this.api.createPost(Post.newBuilder()
			.setChannelId(channel.getId())
			.setUserId(user.getId())
			.setMessage(this.properties.getGreeting() + ", @" + user.getUsername() + "!")
			.build());
		logger.info("Created post {} in ~{}: \"{}\"", post.getId(), channel.getName(), post.getMessage());
	}

}

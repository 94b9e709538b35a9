package dev.pluginkit.mattermost.sample;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sample's second step: it looks up a user and a channel by name, makes sure its bot
 * exists, has the bot greet the user in that channel, and counts its greetings in the KV
 * store. On a server without that user or channel it says so and does nothing.
 */
@Component
@Order(2)
class FirstPost implements ApplicationRunner {

	static final String GREETINGS_KEY = "greetings-posted";

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
		String botUserId = this.api.ensureBotUser(Bot.newBuilder()
			.setUsername(this.properties.getBotUsername())
			.setDisplayName("Sample Bot")
			.setDescription("Greets people on behalf of the sample plugin")
			.build());
		logger.info("Bot @{} has user id {}", this.properties.getBotUsername(), botUserId);
		Post post = this.api.createPost(Post.newBuilder()
			.setChannelId(channel.getId())
			.setUserId(botUserId)
			.setMessage(this.properties.getGreeting() + ", @" + user.getUsername() + "!")
			.build());
		logger.info("Created post {} in ~{}: \"{}\"", post.getId(), channel.getName(), post.getMessage());
		logger.info("Greetings posted so far, counted in the KV store: {}", countGreeting());
	}

	/**
	 * Adds one to the counter with compare-and-set, so that several plugin instances in a
	 * cluster never lose a count.
	 */
	private long countGreeting() {
		while (true) {
			Optional<byte[]> current = this.api.kvGet(GREETINGS_KEY);
			long next = current.map((bytes) -> Long.parseLong(new String(bytes, StandardCharsets.UTF_8))).orElse(0L)
					+ 1;
			byte[] nextBytes = Long.toString(next).getBytes(StandardCharsets.UTF_8);
			if (this.api.kvCompareAndSet(GREETINGS_KEY, current.orElse(new byte[0]), nextBytes)) {
				return next;
			}
		}
	}

}

package dev.pluginkit.mattermost.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.hooks.ExecuteCommand;
import dev.pluginkit.mattermost.hooks.MessageWillBePosted;
import dev.pluginkit.mattermost.hooks.OnActivate;
import dev.pluginkit.mattermost.hooks.OnDeactivate;
import dev.pluginkit.mattermost.hooks.Verdict;
import dev.pluginkit.mattermost.kv.JsonKvStore;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sample plugin's hooks. On activation it registers {@code /hello}, makes sure its bot
 * exists, greets the server's log and, where it finds the configured user and channel,
 * has its bot greet that user there, with buttons that the plugin's HTTP endpoints answer.
 * {@code /hello} answers and counts its uses in the KV store; posts with the forbidden word
 * (a plugin setting, {@link SampleSettings}) are rejected; every post that makes it is noted.
 */
@Component
class HelloPlugin {

	static final String TRIGGER = "hello";

	static final String HELLO_COUNT_KEY = "hello-count";

	private static final Logger logger = LoggerFactory.getLogger(HelloPlugin.class);

	private final PluginAPIClient api;

	private final SampleProperties properties;

	// Always the current settings: the bean hands each call to the values last loaded.
	private final SampleSettings settings;

	private final JsonKvStore kv;

	private volatile String botUserId = "";

	HelloPlugin(PluginAPIClient api, SampleProperties properties, SampleSettings settings, JsonKvStore kv) {
		this.api = api;
		this.properties = properties;
		this.settings = settings;
		this.kv = kv;
	}

	@OnActivate
	void activate() {
		String version = this.api.getServerVersion();
		this.api.logInfo(this.properties.getGreeting(), "server_version", version);
		this.api.registerCommand(Command.newBuilder()
			.setTrigger(TRIGGER)
			.setDisplayName("Hello")
			.setDescription("Says hello and counts how often it did")
			.setAutoComplete(true)
			.setAutoCompleteDesc("Says hello")
			.build());
		this.botUserId = this.api.ensureBotUser(Bot.newBuilder()
			.setUsername(this.properties.getBotUsername())
			.setDisplayName("Sample Bot")
			.setDescription("Greets people on behalf of the sample plugin")
			.build());
		logger.info("Activated on Mattermost {}: registered /{}, bot @{} is {}", version, TRIGGER,
				this.properties.getBotUsername(), this.botUserId);
		greetConfiguredUser();
	}

	@OnDeactivate
	void deactivate() {
		logger.info("Deactivated");
	}

	@ExecuteCommand
	CommandResponse hello(CommandArgs args) {
		long count = incrementHelloCount();
		// A plugin's standard output is not lost: the runtime sends it to the server log.
		System.out.println("/hello number " + count + " from user " + args.getUserId());
		return CommandResponse.newBuilder()
			.setResponseType("ephemeral")
			.setText("Hello! /" + TRIGGER + " has been used " + count + (count == 1 ? " time." : " times."))
			.build();
	}

	@MessageWillBePosted
	Verdict<Post> moderate(Post post) {
		String forbidden = this.settings.getForbiddenWord();
		if (forbidden != null && !forbidden.isBlank() && post.getMessage().toLowerCase().contains(forbidden.toLowerCase())) {
			return Verdict.reject("Posts mentioning \"" + forbidden + "\" are not allowed here.");
		}
		return Verdict.allow();
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
		Post post = this.api.createPost(Post.newBuilder()
			.setChannelId(channel.getId())
			.setUserId(this.botUserId)
			.setMessage(this.properties.getGreeting() + ", @" + user.getUsername() + "!")
			.setProps(SampleButton.buttons())
			.build());
		logger.info("Bot greeted @{} in ~{} with post {}", user.getUsername(), channel.getName(), post.getId());
	}

	/**
	 * Adds one to the counter with an atomic update, so that the plugin's instances on the
	 * nodes of a cluster never lose a count. The value is a JSON number, as a Go plugin's
	 * {@code KV.SetAtomicWithRetries} would store it.
	 */
	private long incrementHelloCount() {
		return this.kv.update(HELLO_COUNT_KEY, Long.class, (count) -> (count == null) ? 1L : count + 1);
	}

}

package dev.pluginkit.mattermost.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.runtime.PluginServerStartedEvent;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.ShutdownResult;
import dev.pluginkit.mattermost.test.http.PluginHttpResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;

/**
 * On the embedded default, plays the Mattermost server's part once the plugin serves: it
 * activates the plugin, runs {@code /hello} as the seeded user, has a post with the
 * forbidden word rejected and an ordinary one accepted, asks the plugin's {@code /whoami}
 * endpoint who is calling, then shuts the plugin down as the server would, printing each
 * step. Connected to a real server it does not exist: only
 * {@link EmbeddedMattermost} registers it, since it needs the test kit.
 */
class SampleDemo {

	private static final Logger logger = LoggerFactory.getLogger(SampleDemo.class);

	private final ObjectProvider<InMemoryMattermost> embedded;

	private final ObjectProvider<PluginServer> server;

	private final SampleProperties properties;

	private final SampleSettings settings;

	SampleDemo(ObjectProvider<InMemoryMattermost> embedded, ObjectProvider<PluginServer> server,
			SampleProperties properties, SampleSettings settings) {
		this.embedded = embedded;
		this.server = server;
		this.properties = properties;
		this.settings = settings;
	}

	/**
	 * Plays the server once the plugin serves its hooks: the runtime holds hook calls until
	 * the application is ready, so a runner that called them would wait for itself.
	 */
	@EventListener(PluginServerStartedEvent.class)
	void run() {
		InMemoryMattermost mattermost = this.embedded.getIfAvailable();
		PluginServer pluginServer = this.server.getIfAvailable();
		if (mattermost == null || pluginServer == null || !this.properties.isDemo()) {
			return;
		}
		String target = "127.0.0.1:" + pluginServer.getPort();
		logger.info("Demo: playing the Mattermost server against the plugin's hooks server at {}", target);
		PluginDriver driver = PluginDriver.attach(target);
		logger.info("Demo step 1, activation: the plugin implements {}; it registered {} and has bot @{}",
				driver.implementedHooks(),
				mattermost.commands().registered().stream().map((command) -> "/" + command.getTrigger()).toList(),
				this.properties.getBotUsername());
		User user = mattermost.users().byUsername(this.properties.getUsername()).orElseThrow();
		Channel channel = mattermost.channels().all().get(0);
		ExecuteCommandResponse hello = driver.executeCommand(CommandArgs.newBuilder()
			.setCommand("/" + HelloCommand.TRIGGER)
			.setUserId(user.getId())
			.setChannelId(channel.getId())
			.setTeamId(channel.getTeamId())
			.build());
		logger.info("Demo step 2, /{} as @{}: \"{}\"", HelloCommand.TRIGGER, user.getUsername(),
				hello.getResponse().getText());
		MessageWillBePostedResponse rejected = driver.messageWillBePosted(post(user, channel,
				"Buy cheap " + this.settings.getForbiddenWord() + " now"));
		logger.info("Demo step 3, a post with \"{}\": rejected with \"{}\"", this.settings.getForbiddenWord(),
				rejected.getRejectionReason());
		MessageWillBePostedResponse accepted = driver.messageWillBePosted(post(user, channel, "Good morning, everyone"));
		if (accepted.getRejectionReason().isEmpty()) {
			// The server stores an accepted post, then tells the plugin it was posted.
			driver.messageHasBeenPosted(mattermost.posts().create(channel, user, "Good morning, everyone"));
		}
		logger.info("Demo step 4, an ordinary post: {}",
				accepted.getRejectionReason().isEmpty() ? "accepted" : "rejected: " + accepted.getRejectionReason());
		PluginHttpResponse whoami = driver.http(SampleActions.PLUGIN_ID).get("/whoami").userId(user.getId()).send();
		logger.info("Demo step 5, GET /plugins/{}/whoami as @{}, through ServeHTTP into Spring MVC: {} {}",
				SampleActions.PLUGIN_ID, user.getUsername(), whoami.status(), whoami.bodyAsString());
		ShutdownResult shutdown = driver.shutdown();
		logger.info("Demo step 6, shutdown as the server does it (OnDeactivate, then Shutdown): {}",
				shutdown.clean() ? "clean, in " + shutdown.timeToExit().toMillis() + " ms" : shutdown.problems());
	}

	private static Post post(User user, Channel channel, String message) {
		return Post.newBuilder()
			.setUserId(user.getId())
			.setChannelId(channel.getId())
			.setMessage(message)
			.build();
	}

}

package dev.pluginkit.mattermost.sample;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.test.InMemoryMattermost;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the in-memory Mattermost server of the embedded default on 127.0.0.1 and points
 * the plugin at it. It holds a user, a team and a channel for the sample to post in,
 * reports what the plugin left on it when the application closes, and stops with it. The
 * plugin's own hooks server runs as well, for {@link SampleDemo} to drive.
 *
 * <p>Only {@link EmbeddedMattermostInitializer} calls this, once it has found the test kit:
 * this class and {@code SampleDemo} are the only ones that link to it.
 */
final class EmbeddedMattermost {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMattermost.class);

	private EmbeddedMattermost() {
	}

	/**
	 * Starts the server and registers it, and the demo, with the application context.
	 * @param context the application context, not yet refreshed
	 */
	static void start(GenericApplicationContext context) {
		InMemoryMattermost mattermost = InMemoryMattermost.start();
		Channel channel = SampleWorkspace.seed(mattermost);
		// Lowest precedence: anything that does set the target still wins.
		// The plugin's hooks server runs too, so that the demo can play the server against it.
		// Stdout and logging stay as they are: only a process the server launched needs them
		// changed, and that decision was taken before this initializer ran.
		context.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource("embeddedMattermost",
					Map.of(EmbeddedMattermostInitializer.TARGET_PROPERTY, mattermost.target(),
							"mattermost.plugin.runtime.enabled", "true")));
		context.registerBean("embeddedMattermost", InMemoryMattermost.class, () -> mattermost,
				(definition) -> definition.setDestroyMethodName("close"));
		context.registerBean("sampleDemo", SampleDemo.class);
		logger.info("No Plugin API target configured: started an in-memory Mattermost server at {}, with user "
				+ "@sample-user in ~{} of team sample-team", mattermost.target(), channel.getName());
		// Show what the plugin left on the server, which a real server would show elsewhere.
		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> report(mattermost));
	}

	private static void report(InMemoryMattermost mattermost) {
		mattermost.logEntries()
			.forEach((entry) -> logger.info("In-memory server log: [{}] {} {}", entry.level(), entry.message(),
					entry.fields()));
		mattermost.bots().all().forEach((bot) -> logger.info("In-memory server bot: @{} ({})", bot.getUsername(),
				bot.getUserId()));
		mattermost.posts().all().forEach((post) -> logger.info("In-memory server post in {} by {}: \"{}\"",
				post.getChannelId(), post.getUserId(), post.getMessage()));
		mattermost.commands().registered().forEach((command) -> logger.info("In-memory server command: /{}",
				command.getTrigger()));
		mattermost.kv().entries().forEach((key, value) -> logger.info("In-memory server KV: {} = {}", key,
				new String(value, StandardCharsets.UTF_8)));
	}

}

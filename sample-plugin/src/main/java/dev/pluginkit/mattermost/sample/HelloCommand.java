package dev.pluginkit.mattermost.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.commands.Argument;
import dev.pluginkit.mattermost.commands.CommandUsageException;
import dev.pluginkit.mattermost.commands.Option;
import dev.pluginkit.mattermost.commands.SlashCommand;
import dev.pluginkit.mattermost.commands.Subcommand;
import dev.pluginkit.mattermost.kv.JsonKvStore;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.User;

import org.springframework.stereotype.Component;

/**
 * {@code /hello}: registered at activation with its description and the hint
 * {@code [count|survey|to|help]}; {@code /hello help} lists the subcommands. The bare command answers
 * and counts its uses in the KV store.
 */
@Component
@SlashCommand(trigger = HelloCommand.TRIGGER, displayName = "Hello",
		description = "Says hello and counts how often it did")
class HelloCommand {

	static final String TRIGGER = "hello";

	static final String HELLO_COUNT_KEY = "hello-count";

	private static final Logger logger = LoggerFactory.getLogger(HelloCommand.class);

	private final JsonKvStore kv;

	private final SampleActions actions;

	HelloCommand(JsonKvStore kv, SampleActions actions) {
		this.kv = kv;
		this.actions = actions;
	}

	@Subcommand(description = "Says hello and counts it")
	String hello(CommandArgs args) {
		long count = incrementHelloCount();
		// A plugin's standard output is not lost: the runtime sends it to the server log.
		System.out.println("/hello number " + count + " from user " + args.getUserId());
		return "Hello! /" + TRIGGER + " has been used " + count + (count == 1 ? " time." : " times.");
	}

	@Subcommand(value = "to", description = "Says hello to someone")
	String to(@Argument String name, @Option(description = "Says it loudly") boolean shout, User caller) {
		if (name.equalsIgnoreCase(caller.getUsername())) {
			throw new CommandUsageException("Saying hello to yourself? Name someone else.");
		}
		String greeting = "Hello, " + name + "! (from @" + caller.getUsername() + ")";
		return shout ? greeting.toUpperCase() : greeting;
	}

	@Subcommand(value = "count", description = "Tells how often /hello was used")
	String count() {
		Long count = this.kv.get(HELLO_COUNT_KEY, Long.class).orElse(0L);
		logger.debug("/hello count: {}", count);
		return "/" + TRIGGER + " has been used " + count + (count == 1 ? " time." : " times.");
	}

	@Subcommand(value = "survey", description = "Asks how we are doing, in a dialog")
	void survey(CommandArgs args) {
		this.actions.openSurvey(args.getTriggerId());
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

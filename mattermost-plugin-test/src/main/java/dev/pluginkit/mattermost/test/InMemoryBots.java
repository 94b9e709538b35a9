package dev.pluginkit.mattermost.test;

import java.util.List;
import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.test.internal.BotService;
import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the bots of an in-memory server. A bot is also a user: seeding one
 * adds its user, with {@code is_bot} set, to {@link InMemoryMattermost#users()}.
 *
 * <pre>{@code
 * Bot helper = mattermost.bots().create("helper");
 * // ... run the code under test, then:
 * assertThat(mattermost.bots().all()).extracting(Bot::getUsername).contains("helper", "reminder");
 * }</pre>
 *
 * @see InMemoryMattermost#bots()
 */
public final class InMemoryBots {

	private final FakeData data;

	InMemoryBots(FakeData data) {
		this.data = data;
	}

	/**
	 * Creates an active bot owned by this plugin, as {@code CreateBot} would.
	 * @param username the bot's username: 1 to 64 characters of {@code a-z}, {@code 0-9},
	 * {@code .}, {@code -} and {@code _}, not taken by any user
	 * @return the created bot
	 * @throws IllegalArgumentException with the server's error id when the server would refuse
	 * the bot
	 */
	public Bot create(String username) {
		return create(Bot.newBuilder().setUsername(username).build());
	}

	/**
	 * Creates an active bot, as {@code CreateBot} would.
	 * @param bot the bot's username, display name, description and owner id; an empty owner
	 * id makes this plugin the owner; other fields are ignored
	 * @return the created bot, with its user id and timestamps
	 * @throws IllegalArgumentException with the server's error id when the server would refuse
	 * the bot
	 */
	public Bot create(Bot bot) {
		return BotService.seed(this.data, bot);
	}

	/**
	 * Returns every bot, deactivated ones included, as {@code GetBots} orders them: by
	 * creation time, then username.
	 * @return a snapshot of the bots
	 */
	public List<Bot> all() {
		return BotService.all(this.data);
	}

	/**
	 * Finds a bot by the id of its user.
	 * @param botUserId the user id of the bot
	 * @return the bot, deactivated or not, or empty when there is none
	 */
	public Optional<Bot> byId(String botUserId) {
		return all().stream().filter((bot) -> bot.getUserId().equals(botUserId)).findFirst();
	}

	/**
	 * Finds a bot by its username.
	 * @param username the username
	 * @return the bot, deactivated or not, or empty when there is none
	 */
	public Optional<Bot> byUsername(String username) {
		return all().stream().filter((bot) -> bot.getUsername().equals(username)).findFirst();
	}

}

package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.BotGetOptions;
import dev.pluginkit.mattermost.pluginapi.v1.BotPatch;

/**
 * Bot accounts.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncBotOperations
 */
public interface BotOperations {

	/**
	 * Creates a bot account together with its user and returns it. When no owner is given
	 * the calling plugin becomes the owner; if the owner is a user, the bot sends that
	 * user a direct message asking to add it to teams and channels.
	 *
	 * <p>
	 * Use {@link #ensureBotUser} for a plugin's own bot, so restarts do not try to create
	 * it again.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param bot the bot to create; username is required
	 * @return the created bot
	 * @throws PluginApiValidationException when the bot is invalid, the username is
	 * taken, or the owner is itself a bot
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Bot createBot(Bot bot);

	/**
	 * Returns the user id of this plugin's bot, creating the bot if needed. A bot created
	 * earlier by this plugin is updated to the given username, display name and
	 * description; otherwise an existing bot with that username is adopted as it is: it
	 * keeps its owner, display name and description. Only when none exists is a new bot
	 * created, owned by the calling plugin.
	 *
	 * <p>
	 * The bot's id is remembered in this plugin's key-value store under a reserved
	 * {@code mmi_} key, so {@link KvStoreOperations#kvDeleteAll()} makes the server
	 * forget it. If the username belongs to an ordinary user rather than a bot, the server
	 * only logs an error and returns that user's id.
	 *
	 * <p>
	 * It is not safe to call from several cluster nodes at once: the server reads the key,
	 * creates the bot and writes the key without a lock, so concurrent first calls can
	 * fail with {@code app.user.save.username_exists.app_error}. Call it from one node
	 * (for example under a cluster mutex) or retry on failure.
	 *
	 * <p>
	 * Minimum server version: 7.1.
	 * @param bot the desired bot; username is required
	 * @return the user id of the bot
	 * @throws PluginApiException when the call fails for any other reason
	 */
	String ensureBotUser(Bot bot);

	/**
	 * Looks up a bot by the id of its user.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param botUserId the user id of the bot
	 * @param includeDeleted whether a deactivated bot is also found
	 * @return the bot
	 * @throws PluginApiNotFoundException when no bot has that id, or it is deactivated
	 * and
	 * {@code includeDeleted} is {@code false}
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Bot getBot(String botUserId, boolean includeDeleted);

	/**
	 * Returns one page of bots matching the options, for example the bots of one owner or
	 * the orphaned ones.
	 *
	 * <p>
	 * The page in the options is zero-based.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param options the filter and the page to return
	 * @return the bots on the requested page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Bot> getBots(BotGetOptions options);

	/**
	 * Streams every bot matching the options, one page of {@link #getBots(BotGetOptions)}
	 * at a time: a page of {@code pageSize} bots is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full. The page and page size in
	 * the options are ignored.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Bots added or removed while paging can shift between pages.
	 * @param options the filter: owner, whether deactivated bots count, only orphaned ones
	 * @param pageSize how many bots each call asks for; at least 1
	 * @return a lazy stream of the bots
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Bot> getBotsStream(BotGetOptions options, int pageSize);

	/**
	 * Changes the username, display name or description of a bot and its user; only the
	 * fields set in the patch change.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param botUserId the user id of the bot
	 * @param botPatch the fields to change
	 * @return the updated bot
	 * @throws PluginApiNotFoundException when no bot has that id
	 * @throws PluginApiValidationException when the new username is taken or invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Bot patchBot(String botUserId, BotPatch botPatch);

	/**
	 * Activates or deactivates a bot together with its user.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param botUserId the user id of the bot
	 * @param active {@code true} to activate, {@code false} to deactivate
	 * @return the updated bot
	 * @throws PluginApiNotFoundException when no bot or user has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Bot updateBotActive(String botUserId, boolean active);

	/**
	 * Deletes a bot and its user for good; unlike deactivation this cannot be undone.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param botUserId the user id of the bot
	 * @throws PluginApiValidationException when the id is not a valid bot id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void permanentDeleteBot(String botUserId);

}

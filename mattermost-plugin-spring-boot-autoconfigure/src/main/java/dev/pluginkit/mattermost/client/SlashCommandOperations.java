package dev.pluginkit.mattermost.client;

import java.util.List;

import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;

/**
 * Slash commands: this plugin's own commands and custom command records.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncSlashCommandOperations
 */
public interface SlashCommandOperations {

	/**
	 * Registers a slash command owned by this plugin: when a user types it, the server
	 * calls the plugin's {@code ExecuteCommand} hook. The registration lives only in the
	 * server's memory for as long as the plugin is active, so register again in every
	 * activation; it is not a stored custom command (see {@link #createCommand}).
	 *
	 * <p>
	 * The trigger is stored in lower case and without the slash. An empty team id makes
	 * the command available in every team. Registering the same trigger and team again
	 * from the same plugin replaces the earlier registration. Fields such as {@code url},
	 * {@code method} and {@code token} are ignored. An empty trigger is rejected with the
	 * base exception, not a validation exception. The server does not refuse a trigger
	 * another plugin already registered; the registration made first answers the command.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param command the command to register; only trigger, team id, display name and the
	 * autocomplete fields are used
	 * @throws PluginApiValidationException when {@code command} is not set
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void registerCommand(Command command);

	/**
	 * Removes a command registered with {@link #registerCommand} for the given team and
	 * trigger. The team id must be exactly the one used when registering (empty for a
	 * command of every team); the trigger is matched case-insensitively.
	 *
	 * <p>
	 * The call always succeeds, even when nothing matched. The server removes every
	 * registration with that team and trigger, whichever plugin made it.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team the command was registered for, or empty for all
	 * teams
	 * @param trigger the trigger word of the command, without the slash
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void unregisterCommand(String teamId, String trigger);

	/**
	 * Runs a slash command as if the user named in {@code commandArgs} had typed it in
	 * the given channel, and returns the command's answer. The command line in
	 * {@code command} starts with the slash; the server fills in the site URL and the
	 * user's translations itself.
	 *
	 * <p>
	 * Minimum server version: 5.26.
	 * @param commandArgs the context of the run: user, channel, team, optional thread and
	 * the full command line
	 * @return the command's response: the message to post or a location to navigate to
	 * @throws PluginApiValidationException when {@code commandArgs} is not set
	 * @throws PluginApiNotFoundException when the user in {@code commandArgs} does not
	 * exist
	 * @throws PluginApiException when the call fails for any other reason
	 */
	CommandResponse executeSlashCommand(CommandArgs commandArgs);

	/**
	 * Stores a custom slash command, like one created from the Integrations menu: it is
	 * answered by an HTTP request to its {@code url}, not by this plugin, and it outlives
	 * the plugin. The server clears {@code creator_id}, sets {@code plugin_id} to the
	 * calling plugin and lower-cases the trigger. Leave {@code id} empty: a given id fails
	 * with the base exception (an internal error).
	 *
	 * <p>
	 * Works even when custom slash commands are disabled in the server configuration.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @param cmd the command to store: team id, trigger, URL, method and display fields
	 * @return the stored command, with its id and token
	 * @throws PluginApiValidationException when the command is missing or invalid, or its
	 * trigger is already used in the team or by a built-in command
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Command createCommand(Command cmd);

	/**
	 * Returns a stored custom command by id; deleted commands are not returned.
	 *
	 * <p>
	 * An unknown id fails with the base exception (an internal error), not with a
	 * not-found exception.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @param commandId the id of the command
	 * @return the command
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Command getCommand(String commandId);

	/**
	 * Replaces a stored custom command with the given definition. The id, token, creation
	 * time and deletion time are kept from the stored command, {@code plugin_id} becomes
	 * the calling plugin, the trigger is lower-cased, and an empty team id keeps the old
	 * team; every other field takes the given value, so send the complete command, not
	 * just the changes. A {@code creator_id} must stay empty: with the plugin id the server
	 * sets, it makes the command invalid.
	 *
	 * <p>
	 * The server does not check that the command belongs to the calling plugin. An
	 * unknown id fails with the base exception (an internal error), not with a not-found
	 * exception.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @param commandId the id of the command to update
	 * @param updatedCmd the new definition of the command
	 * @return the updated command
	 * @throws PluginApiValidationException when {@code updatedCmd} is not set
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Command updateCommand(String commandId, Command updatedCmd);

	/**
	 * Deletes a stored custom command by marking it deleted.
	 *
	 * <p>
	 * The server does not check that the command belongs to the calling plugin, and an id
	 * that names no command is not reported as an error.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @param commandId the id of the command to delete
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteCommand(String commandId);

	/**
	 * Returns every slash command usable in a team: first the commands registered by
	 * plugins, then the built-in ones, then the stored custom commands of the team.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @param teamId the id of the team
	 * @return the commands of all three kinds
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Command> listCommands(String teamId);

	/**
	 * Returns the stored custom commands of a team, whoever created them (Integrations
	 * menu, REST API or {@link #createCommand}), even when custom slash commands are
	 * disabled in the configuration.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @param teamId the id of the team
	 * @return the team's custom commands
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Command> listCustomCommands(String teamId);

	/**
	 * Returns the commands registered with {@link #registerCommand} by any plugin for the
	 * team or for all teams, one per trigger.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @param teamId the id of the team
	 * @return the plugin-registered commands available in the team
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Command> listPluginCommands(String teamId);

	/**
	 * Returns the commands built into the server (such as {@code /away} or {@code /join})
	 * that offer autocomplete, without their tokens.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @return the built-in commands
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Command> listBuiltInCommands();

}

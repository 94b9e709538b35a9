package dev.pluginkit.mattermost.test;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.SlashCommandService;

/**
 * Inspects the slash commands registered with an in-memory server: what the plugin
 * registered with {@code RegisterCommand}, as the server keeps it (the trigger lower-cased;
 * only trigger, team id, display name and the autocomplete fields).
 *
 * <pre>{@code
 * assertThat(mattermost.commands().trigger("", "weather")).hasValueSatisfying(
 *     (command) -> assertThat(command.getAutoComplete()).isTrue());
 * }</pre>
 *
 * @see InMemoryMattermost#commands()
 */
public final class InMemoryCommands {

	private final FakeData data;

	InMemoryCommands(FakeData data) {
		this.data = data;
	}

	/**
	 * Returns every command the plugin has registered and not unregistered.
	 * @return a snapshot of the commands, sorted by team id (empty first, for the commands
	 * of every team), then trigger
	 */
	public List<Command> registered() {
		return this.data.registeredCommands.values()
			.stream()
			.sorted(Comparator.comparing(Command::getTeamId).thenComparing(Command::getTrigger))
			.toList();
	}

	/**
	 * Returns the command registered for a team and trigger.
	 * @param teamId the team id the command was registered for, empty for a command of
	 * every team; matched exactly, as the server does
	 * @param trigger the trigger, without the slash; matched case-insensitively
	 * @return the command, or empty when none is registered for that team and trigger
	 */
	public Optional<Command> trigger(String teamId, String trigger) {
		return Optional.ofNullable(
				this.data.registeredCommands.get(SlashCommandService.key(teamId, trigger.toLowerCase(Locale.ROOT))));
	}

}

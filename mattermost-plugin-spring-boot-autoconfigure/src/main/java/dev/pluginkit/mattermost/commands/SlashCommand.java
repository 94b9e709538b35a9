package dev.pluginkit.mattermost.commands;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.pluginkit.mattermost.commands.internal.SlashCommandConditionFactory;
import dev.pluginkit.mattermost.hooks.HookConditional;
import dev.pluginkit.mattermost.hooks.PluginHook;

/**
 * A slash command of the plugin, such as {@code /todo}: registered with the server at
 * activation (with its description, hint and autocomplete), unregistered at deactivation, and
 * routed to its handlers when run.
 *
 * <p>On a <b>bean class</b>, its {@link Subcommand @Subcommand} methods handle
 * {@code /todo add ...}, {@code /todo list}; a {@code @Subcommand} method without a name
 * handles the bare {@code /todo}. On a <b>method</b>, the method handles the command itself.
 *
 * <pre class="code">
 * &#64;Component
 * &#64;SlashCommand(trigger = "todo", description = "Keeps a to-do list")
 * class TodoCommand {
 *
 *     &#64;Subcommand(value = "add", description = "Adds an item")
 *     String add(&#64;Argument(remaining = true) String item, CommandArgs args) { ... }
 *
 *     &#64;Subcommand(value = "list", description = "Lists the items")
 *     CommandResponse list(&#64;Option(defaultValue = "10") int limit) { ... }
 * }
 * </pre>
 *
 * <p>Parameters come from the command text ({@link Argument @Argument} positions and
 * {@link Option @Option} {@code --name value} pairs, converted to the parameter's type), or
 * are the {@code CommandArgs}, the whole request, the calling {@code User}, or the
 * {@code Channel}. A handler returns a {@code String} (an ephemeral answer), a
 * {@code CommandResponse}, or {@code void}.
 *
 * <p>{@code /todo help} answers the generated usage; a subcommand the command does not have,
 * or text that does not fit its parameters, answers the usage with what was wrong, seen only by
 * the caller. Two handlers of the same command and subcommand, or a parameter nothing binds,
 * fail the start.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("ExecuteCommand")
@HookConditional(SlashCommandConditionFactory.class)
public @interface SlashCommand {

	/**
	 * The trigger word, without the slash: {@code "todo"} for {@code /todo}. The server keeps
	 * it lower-cased; it may not contain spaces.
	 * @return the trigger
	 */
	String trigger();

	/**
	 * What the command does: shown in the autocomplete list and the help.
	 * @return the description
	 */
	String description() default "";

	/**
	 * The arguments shown after the trigger in the autocomplete list, such as
	 * {@code "[add|list]"}; by default the subcommands' names.
	 * @return the hint
	 */
	String hint() default "";

	/**
	 * The name shown for the command in the autocomplete list; by default the trigger.
	 * @return the display name
	 */
	String displayName() default "";

	/**
	 * Whether the command is offered in the autocomplete list.
	 * @return whether to offer it
	 */
	boolean autocomplete() default true;

}

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
 * A subcommand of the {@link SlashCommand @SlashCommand} on the method's class: the method
 * handles {@code /todo add ...} for {@code @Subcommand("add")}. Several words name a nested
 * subcommand ({@code "config set"}); no name, the bare command. The longest subcommand that
 * the text starts with is chosen; {@code help} is answered by the generated help unless a
 * subcommand takes that name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("ExecuteCommand")
@HookConditional(SlashCommandConditionFactory.class)
public @interface Subcommand {

	/**
	 * The subcommand's words, such as {@code "add"}; empty for the bare command.
	 * @return the name
	 */
	String value() default "";

	/**
	 * What the subcommand does, for the help.
	 * @return the description
	 */
	String description() default "";

}

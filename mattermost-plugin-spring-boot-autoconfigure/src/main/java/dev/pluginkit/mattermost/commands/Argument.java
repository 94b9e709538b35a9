package dev.pluginkit.mattermost.commands;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a slash command handler's parameter to a positional argument of the command text:
 * the first {@code @Argument} parameter takes the first word after the subcommand, and so on.
 * Words in double quotes are one argument. The word is converted to the parameter's type
 * (numbers, booleans, enums by name, {@code Duration} such as {@code 30m}, ...); a
 * {@code List} or array takes every word left, and {@link #remaining()} the rest of the text
 * as typed.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Argument {

	/**
	 * The argument's name in the usage ({@code <item>}); by default the parameter's name.
	 * @return the name
	 */
	String value() default "";

	/**
	 * Whether the command fails with its usage when the argument is missing; a missing optional
	 * argument is {@code null} (or empty for {@code Optional}, a list or array).
	 * @return whether it is required
	 */
	boolean required() default true;

	/**
	 * Whether the argument takes the rest of the command text, spaces and quotes included; for
	 * the last argument only.
	 * @return whether it takes the rest
	 */
	boolean remaining() default false;

}

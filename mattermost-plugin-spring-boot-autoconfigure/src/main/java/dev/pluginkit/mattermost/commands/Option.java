package dev.pluginkit.mattermost.commands;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a slash command handler's parameter to an option of the command text:
 * {@code --limit 5} or {@code --limit=5}; for a {@code boolean} parameter, a flag
 * ({@code --shout}). The value is converted to the parameter's type.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Option {

	/**
	 * The option's name, without the dashes; by default the parameter's name.
	 * @return the name
	 */
	String value() default "";

	/**
	 * Whether the command fails with its usage when the option is missing and has no default.
	 * @return whether it is required
	 */
	boolean required() default false;

	/**
	 * The value used when the option is missing; empty for none.
	 * @return the default value
	 */
	String defaultValue() default "";

	/**
	 * What the option does, for the help.
	 * @return the description
	 */
	String description() default "";

}

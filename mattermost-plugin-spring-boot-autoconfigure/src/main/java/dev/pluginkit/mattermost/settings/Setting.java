package dev.pluginkit.mattermost.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one property of a {@link PluginSettings @PluginSettings} class as the System
 * Console shows it: an entry of {@code settings_schema.settings} in {@code plugin.json}.
 * Every attribute is optional; a property without the annotation is a setting too, keyed by
 * its name, with its display name made from the name, its help text from its Javadoc (a
 * field's comment, or a record's {@code @param}), its type from its Java type and its
 * default from its initializer when that is a literal (a record component: its
 * {@code @DefaultValue}).
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Setting {

	/**
	 * The key the server stores the value under. The server lower-cases keys when it hands
	 * the settings to the plugin, so two keys may not differ in case only.
	 * @return the key, empty for the property's name
	 */
	String key() default "";

	/**
	 * The label in the System Console.
	 * @return the display name, empty to make one from the property's name
	 * ({@code forbiddenWord}: "Forbidden word")
	 */
	String displayName() default "";

	/**
	 * The help text under the setting; Markdown.
	 * @return the help text, empty for the property's Javadoc
	 */
	String helpText() default "";

	/**
	 * How the System Console offers the setting.
	 * @return the type, {@link SettingType#AUTO} to take it from the Java type
	 */
	SettingType type() default SettingType.AUTO;

	/**
	 * The default, as text: {@code "true"}, {@code "10"}, {@code "30s"}, an enum constant's
	 * name. The server hands it to the plugin while an administrator has set no value.
	 * @return the default, empty to take the property's literal initializer, if any
	 */
	String defaultValue() default "";

	/**
	 * The text shown in an empty text, number or username field.
	 * @return the placeholder, empty for none
	 */
	String placeholder() default "";

	/**
	 * Whether the value is a secret (a password, a token): the manifest marks it so, and
	 * the plugin never writes it into an error message or a log line.
	 * @return whether the value is secret
	 */
	boolean secret() default false;

}

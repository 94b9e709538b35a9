package dev.pluginkit.mattermost.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class (a JavaBean or a record) that holds the plugin's System Console settings,
 * as {@code @ConfigurationProperties} marks a class bound from the environment. Its
 * properties are bound from what {@code LoadPluginConfiguration} answers, with Spring Boot's
 * {@code Binder}: keys match case-insensitively, and values convert as in
 * {@code application.yml} ({@code Duration}, enums, lists, ...).
 *
 * <p>The auto-configuration finds such classes in the application's packages (those of its
 * {@code @SpringBootApplication} class), binds them at the first use and again on every
 * {@code OnConfigurationChange}, before any other handler of that hook and before the
 * {@code OnActivate} handlers, and publishes a {@link PluginSettingsChangedEvent}. Inject a
 * {@link PluginSettingsHolder PluginSettingsHolder&lt;T&gt;}, or, for a class that is not
 * final (not a record), the class itself: that bean always answers with the current values.
 * With {@code @Validated} and a Bean Validation provider, the values are validated: invalid
 * settings fail {@code OnConfigurationChange} and the activation with a message naming the
 * setting.
 *
 * <p>With {@code mattermost-plugin-settings-processor} on the compiler's path, the build
 * writes the {@code settings_schema} of {@code plugin.json} from this class (see
 * {@link Setting}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PluginSettings {

	/**
	 * Text shown above the settings in the System Console; Markdown.
	 * @return the header, empty for none
	 */
	String header() default "";

	/**
	 * Text shown below the settings in the System Console; Markdown.
	 * @return the footer, empty for none
	 */
	String footer() default "";

}

package dev.pluginkit.mattermost.test.driver;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a plugin for the tests of a class, as the Mattermost server would: before the first
 * test an {@code InMemoryMattermost} starts on a local port, the plugin process starts with
 * it as its Plugin API and is activated; after the last test the plugin is shut down and the
 * fake server stopped. Test methods and constructors take a {@link PluginDriver} or an
 * {@code InMemoryMattermost} as parameters. Nested test classes share the outer plugin.
 *
 * <pre>{@code
 * @PluginUnderTest(directory = "target/com.example.plugin-1.0.0/com.example.plugin", command = { "venv/bin/python", "plugin.jar" })
 * class PluginTests {
 *
 *     @Test
 *     void rejectsSpam(PluginDriver plugin) {
 *         assertThat(plugin.messageWillBePosted(Post.newBuilder().setMessage("spam").build()).getRejectionReason())
 *             .isNotEmpty();
 *     }
 *
 * }
 * }</pre>
 *
 * <p>In every value, {@code ${name}} is replaced by the system property {@code name}, for
 * example {@code ${java.home}} or {@code ${java.class.path}}. For a launch built in code,
 * register {@link PluginDriverExtension#launching(PluginLaunch)} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PluginDriverExtension.class)
public @interface PluginUnderTest {

	/**
	 * The program and its arguments; a relative program path with a folder in it is
	 * resolved against {@link #directory()}.
	 * @return the command
	 */
	String[] command();

	/**
	 * The plugin folder, the process's working directory; relative to the test's working
	 * directory (the module folder under Maven). Empty for the working directory itself.
	 * @return the plugin folder
	 */
	String directory() default "";

	/**
	 * Extra environment variables, each as {@code NAME=value}.
	 * @return the variables
	 */
	String[] environment() default {};

	/**
	 * The plugin id for hook contexts; empty to read it from the folder's
	 * {@code plugin.json}.
	 * @return the plugin id
	 */
	String pluginId() default "";

	/**
	 * Seconds the handshake line may take; the server allows 3, the default.
	 * @return the start timeout in seconds
	 */
	int startTimeoutSeconds() default 3;

}

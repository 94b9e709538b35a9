package dev.pluginkit.mattermost.test.driver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import dev.pluginkit.mattermost.test.InMemoryMattermost;

/**
 * The JUnit 5 extension behind {@link PluginUnderTest}: it starts an
 * {@link InMemoryMattermost} and the plugin once per test class (nested classes share it),
 * resolves {@link PluginDriver}, {@link InMemoryMattermost} and {@link PluginInteractions}
 * parameters, and shuts both
 * down after the class. For a launch built in code, register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PluginDriverExtension plugin = PluginDriverExtension.launching(
 *         PluginLaunch.command("java", "-jar", "target/my-plugin.jar"));
 *
 * @Test
 * void answersHello() {
 *     assertThat(plugin.driver().executeCommand(...)).isNotNull();
 * }
 * }</pre>
 *
 * A launch without a Plugin API target gets the fake server's.
 */
public class PluginDriverExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PluginDriverExtension.class);

	private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

	private final PluginLaunch launch;

	private volatile RunningPlugin running;

	/**
	 * Creates the extension for {@link PluginUnderTest}, which supplies the launch.
	 */
	public PluginDriverExtension() {
		this(null);
	}

	private PluginDriverExtension(PluginLaunch launch) {
		this.launch = launch;
	}

	/**
	 * Creates the extension for a launch built in code.
	 * @param launch the launch; without an API target it gets the fake server's
	 * @return the extension, to register with {@code @RegisterExtension} on a static field
	 */
	public static PluginDriverExtension launching(PluginLaunch launch) {
		return new PluginDriverExtension(launch);
	}

	/**
	 * Returns the driver of the running plugin.
	 * @return the driver
	 * @throws IllegalStateException before the test class started
	 */
	public PluginDriver driver() {
		return requireRunning().driver();
	}

	/**
	 * Returns the fake server the plugin talks to.
	 * @return the fake server
	 * @throws IllegalStateException before the test class started
	 */
	public InMemoryMattermost mattermost() {
		return requireRunning().mattermost();
	}

	/**
	 * Returns the interactions of the running plugin with the fake server: slash commands,
	 * button clicks, menu selections and dialog submissions.
	 * @return the interactions
	 * @throws IllegalStateException before the test class started
	 */
	public PluginInteractions interactions() {
		RunningPlugin running = requireRunning();
		return running.driver().interactions(running.mattermost());
	}

	private RunningPlugin requireRunning() {
		RunningPlugin current = this.running;
		if (current == null) {
			throw new IllegalStateException("The plugin starts before the first test of the class");
		}
		return current;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		ExtensionContext.Store store = context.getStore(NAMESPACE);
		RunningPlugin outer = store.get(RunningPlugin.class, RunningPlugin.class);
		if (outer != null) {
			// A nested class: the enclosing class's plugin serves it too.
			this.running = outer;
			return;
		}
		PluginLaunch configured = (this.launch != null) ? this.launch : launchFromAnnotation(context);
		InMemoryMattermost mattermost = InMemoryMattermost.start();
		try {
			PluginLaunch launch = (configured.apiTarget() != null) ? configured
					: configured.withApiTarget(mattermost.target());
			RunningPlugin started = new RunningPlugin(mattermost, PluginDriver.launch(launch));
			// Stored in the class's store, which closes it after the class's last test.
			store.put(RunningPlugin.class, started);
			this.running = started;
		}
		catch (RuntimeException ex) {
			mattermost.close();
			throw ex;
		}
	}

	private static PluginLaunch launchFromAnnotation(ExtensionContext context) {
		PluginUnderTest settings = AnnotationSupport
			.findAnnotation(context.getRequiredTestClass(), PluginUnderTest.class)
			.orElseThrow(() -> new ExtensionConfigurationException(
					"Annotate the test class with @PluginUnderTest, or register PluginDriverExtension.launching(...)"));
		List<String> command = Arrays.stream(settings.command()).map(PluginDriverExtension::expand).toList();
		PluginLaunch launch = PluginLaunch.command(command)
			.inDirectory(Path.of(expand(settings.directory())))
			.withStartTimeout(Duration.ofSeconds(settings.startTimeoutSeconds()));
		for (String variable : settings.environment()) {
			int equals = variable.indexOf('=');
			if (equals < 1) {
				throw new ExtensionConfigurationException(
						"@PluginUnderTest environment entries are NAME=value, not '" + variable + "'");
			}
			launch = launch.withEnvironment(variable.substring(0, equals), expand(variable.substring(equals + 1)));
		}
		return settings.pluginId().isEmpty() ? launch : launch.withPluginId(settings.pluginId());
	}

	private static String expand(String value) {
		Matcher property = PROPERTY.matcher(value);
		StringBuilder expanded = new StringBuilder();
		while (property.find()) {
			String replacement = System.getProperty(property.group(1));
			if (replacement == null) {
				throw new ExtensionConfigurationException("@PluginUnderTest refers to the system property "
						+ property.group(1) + ", which is not set");
			}
			property.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
		}
		property.appendTail(expanded);
		return expanded.toString();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == PluginDriver.class || type == InMemoryMattermost.class || type == PluginInteractions.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		RunningPlugin plugin = extensionContext.getStore(NAMESPACE).get(RunningPlugin.class, RunningPlugin.class);
		if (plugin == null) {
			plugin = requireRunning();
		}
		Class<?> type = parameterContext.getParameter().getType();
		if (type == PluginInteractions.class) {
			return plugin.driver().interactions(plugin.mattermost());
		}
		return (type == PluginDriver.class) ? plugin.driver() : plugin.mattermost();
	}

	/**
	 * The fake server and the plugin of one test class; JUnit closes it with the class.
	 */
	private record RunningPlugin(InMemoryMattermost mattermost,
			PluginDriver driver) implements ExtensionContext.Store.CloseableResource {

		@Override
		public void close() {
			try {
				this.driver.close();
			}
			finally {
				this.mattermost.close();
			}
		}

	}

}

package dev.pluginkit.mattermost.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * The sample's embedded default: when nothing configures a Plugin API target (neither the
 * property nor the {@code MATTERMOST_PLUGIN_API_TARGET} variable), it starts an in-memory
 * Mattermost server and points the plugin at it ({@link EmbeddedMattermost}), so that the
 * sample runs on a machine without Mattermost.
 *
 * <p>The in-memory server comes from the test kit, which the plugin jar in the bundle does
 * not hold: only the demo jar does. This class therefore touches no test-kit class, and
 * leaves that to {@link EmbeddedMattermost} once it knows the test kit is there.
 */
public class EmbeddedMattermostInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMattermostInitializer.class);

	static final String TARGET_PROPERTY = "mattermost.plugin.api.target";

	private static final String TEST_KIT_CLASS = "dev.pluginkit.mattermost.test.InMemoryMattermost";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.containsProperty(TARGET_PROPERTY)
				|| !environment.getProperty("sample.embedded-mattermost", Boolean.class, true)
				|| !(context instanceof GenericApplicationContext registry)) {
			return;
		}
		if (!ClassUtils.isPresent(TEST_KIT_CLASS, context.getClassLoader())) {
			// The plugin jar as bundled: the startup failure that follows names the property.
			logger.info("No Plugin API target configured, and no test kit for an in-memory server on the class "
					+ "path: run sample-plugin-demo.jar for the demo");
			return;
		}
		EmbeddedMattermost.start(registry);
	}

}

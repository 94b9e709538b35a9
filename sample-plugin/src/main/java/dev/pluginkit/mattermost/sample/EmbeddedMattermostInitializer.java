package dev.pluginkit.mattermost.sample;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.test.InMemoryMattermost;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The sample's embedded default: when nothing configures a Plugin API target (neither the
 * property nor the {@code MATTERMOST_PLUGIN_API_TARGET} variable), it starts an in-memory
 * Mattermost server on 127.0.0.1 and points the plugin at it, so that the sample runs on a
 * machine without Mattermost. It holds a user and a channel for the sample to post in, and
 * stops with the application.
 */
public class EmbeddedMattermostInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMattermostInitializer.class);

	static final String TARGET_PROPERTY = "mattermost.plugin.api.target";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.containsProperty(TARGET_PROPERTY)
				|| !environment.getProperty("sample.embedded-mattermost", Boolean.class, true)
				|| !(context instanceof GenericApplicationContext registry)) {
			return;
		}
		InMemoryMattermost mattermost = InMemoryMattermost.start();
		SampleWorkspace.seed(mattermost);
		// Lowest precedence: anything that does set the target still wins.
		environment.getPropertySources()
			.addLast(new MapPropertySource("embeddedMattermost", Map.of(TARGET_PROPERTY, mattermost.target())));
		registry.registerBean("embeddedMattermost", InMemoryMattermost.class, () -> mattermost,
				(definition) -> definition.setDestroyMethodName("close"));
		logger.info("No Plugin API target configured: started an in-memory Mattermost server at {}",
				mattermost.target());
		// Show what reached the server's log, which a real server would keep to itself.
		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> mattermost.logEntries()
			.forEach((entry) -> logger.info("In-memory server log: [{}] {} {}", entry.level(), entry.message(),
					entry.fields())));
	}

}

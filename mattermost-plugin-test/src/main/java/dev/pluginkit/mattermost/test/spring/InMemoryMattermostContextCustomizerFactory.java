package dev.pluginkit.mattermost.test.spring;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.internal.SharedServers;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the application context of a Spring test class annotated with
 * {@link WithInMemoryMattermost} at the class's {@link InMemoryMattermost}: the same server
 * the JUnit extension injects. Registered in {@code META-INF/spring.factories}; it does
 * nothing for other test classes.
 *
 * <p>The property {@value #TARGET_PROPERTY} comes right after the test's own inlined
 * properties, so it wins over {@code application.yml}, system properties and the
 * environment, and loses to {@code @SpringBootTest(properties = ...)} and
 * {@code @TestPropertySource(properties = ...)}.
 *
 * <p>The customizer is equal for, and only for, the same owning test class: each
 * annotated class gets its own application context in Spring's context cache, bound to its
 * own server, and {@code @Nested} classes share the one of their enclosing class.
 */
public class InMemoryMattermostContextCustomizerFactory implements ContextCustomizerFactory {

	/** The property that names the server a plugin talks to. */
	public static final String TARGET_PROPERTY = "mattermost.plugin.api.target";

	/** The name of the property source this adds. */
	public static final String PROPERTY_SOURCE_NAME = "inMemoryMattermost";

	private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		Class<?> owner = SharedServers.owner(testClass);
		WithInMemoryMattermost settings = SharedServers.settings(owner);
		return (settings != null) ? new TargetCustomizer(owner, settings.inProcess()) : null;
	}

	/**
	 * Adds the target of the owning class's server to the environment.
	 */
	private static final class TargetCustomizer implements ContextCustomizer {

		private final Class<?> owner;

		private final boolean inProcess;

		TargetCustomizer(Class<?> owner, boolean inProcess) {
			this.owner = owner;
			this.inProcess = inProcess;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context,
				MergedContextConfiguration mergedConfig) {
			InMemoryMattermost server = SharedServers.acquire(this.owner, this.inProcess);
			MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of(TARGET_PROPERTY, server.target()));
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			if (sources.contains(INLINED_TEST_PROPERTIES)) {
				sources.addAfter(INLINED_TEST_PROPERTIES, source);
			}
			else {
				sources.addFirst(source);
			}
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof TargetCustomizer that) && this.owner == that.owner
					&& this.inProcess == that.inProcess;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.owner, this.inProcess);
		}

	}

}

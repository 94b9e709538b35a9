package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.util.Arrays;
import java.util.List;

import dev.pluginkit.mattermost.runtime.PluginHandshake;
import dev.pluginkit.mattermost.runtime.PluginPortRange;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.runtime.PluginServerBuilderCustomizer;
import dev.pluginkit.mattermost.runtime.PluginShutdown;
import io.grpc.BindableService;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures the plugin runtime when the Mattermost server launched the process, or
 * when {@code mattermost.plugin.runtime.enabled=true}: the {@link PluginServer} on
 * {@code 127.0.0.1}, serving every {@link BindableService} bean of the context besides
 * go-plugin's health, controller and stdio services, and the {@link PluginShutdown} that
 * go-plugin's {@code Shutdown} call, SIGTERM and SIGINT set off.
 *
 * <p>In a Spring Boot application, {@link PluginRuntimeRunListener} has already started
 * the server, its health and its shutdown before the context, and registered them as
 * beans: the beans here back off, and the server serves the application once it is ready.
 * Stdout hygiene, logging and the absent web server are set up before the context too, by
 * {@link PluginRuntimeEnvironmentPostProcessor}.
 */
@AutoConfiguration
@ConditionalOnClass({ NettyServerBuilder.class, HealthStatusManager.class })
@ConditionalOnPluginRuntimeEnabled
@EnableConfigurationProperties(PluginRuntimeProperties.class)
public class PluginRuntimeAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HealthStatusManager mattermostPluginHealthStatusManager() {
		return new HealthStatusManager();
	}

	/**
	 * Only a process the Mattermost server launched exits, and takes over SIGTERM and SIGINT
	 * from the JVM, so that a test that enables the runtime by property keeps its JVM.
	 */
	@Bean
	@ConditionalOnMissingBean
	PluginShutdown mattermostPluginShutdown(ConfigurableApplicationContext context) {
		boolean launchedByServer = PluginHandshake.isLaunchedByServer(System.getenv());
		PluginShutdown shutdown = new PluginShutdown(context, launchedByServer);
		if (launchedByServer) {
			shutdown.handleTerminationSignals();
		}
		return shutdown;
	}

	private static final String PROPERTIES_CUSTOMIZER_BEAN_NAME = "mattermostPluginPropertiesServerBuilderCustomizer";

	@Bean(PROPERTIES_CUSTOMIZER_BEAN_NAME)
	PropertiesPluginServerBuilderCustomizer mattermostPluginPropertiesServerBuilderCustomizer(
			PluginRuntimeProperties properties) {
		return new PropertiesPluginServerBuilderCustomizer(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	PluginServer mattermostPluginServer(HealthStatusManager health, PluginShutdown shutdown,
			ObjectProvider<PluginServerBuilderCustomizer> customizers, PluginRuntimeProperties properties) {
		PluginServer server = new PluginServer(health, shutdown::request);
		server.setShutdownGracePeriod(properties.getShutdownGracePeriod());
		server.setCustomizers(customizers.orderedStream().toList());
		server.setPortRange(PluginPortRange.fromEnvironment(System.getenv()));
		return server;
	}

	@Bean
	PluginRuntimeLifecycle mattermostPluginRuntimeLifecycle(ConfigurableApplicationContext context,
			PluginServer server, PluginShutdown shutdown) {
		boolean startedAhead = context.getBeanFactory().containsSingleton(PluginRuntimeRunListener.SERVER_BEAN_NAME)
				&& !context.getBeanFactory().containsBeanDefinition(PluginRuntimeRunListener.SERVER_BEAN_NAME);
		if (startedAhead) {
			List<String> beans = Arrays.stream(context.getBeanNamesForType(PluginServerBuilderCustomizer.class))
				.filter((name) -> !PROPERTIES_CUSTOMIZER_BEAN_NAME.equals(name))
				.toList();
			if (!beans.isEmpty()) {
				throw new IllegalStateException("PluginServerBuilderCustomizer beans " + beans + " cannot apply: the "
						+ "plugin's gRPC server starts before the application context, so that its handshake meets the "
						+ "Mattermost server's 3 s start limit. List their classes in META-INF/spring.factories under "
						+ PluginServerBuilderCustomizer.class.getName() + " instead of declaring them as beans");
			}
		}
		return new PluginRuntimeLifecycle(context, server, shutdown, startedAhead);
	}

}

package dev.pluginkit.mattermost.autoconfigure.runtime;

import dev.pluginkit.mattermost.runtime.PluginHandshake;
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
import org.springframework.core.Ordered;

/**
 * Auto-configures the plugin runtime when the Mattermost server launched the process, or
 * when {@code mattermost.plugin.runtime.enabled=true}: the {@link PluginServer} on
 * {@code 127.0.0.1}, serving every {@link BindableService} bean of the context besides
 * go-plugin's health, controller and stdio services, and the {@link PluginShutdown} that
 * go-plugin's {@code Shutdown} call, SIGTERM and SIGINT set off.
 *
 * <p>Stdout hygiene, logging and the absent web server are set up before the context
 * exists, by {@link PluginRuntimeEnvironmentPostProcessor}.
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

	@Bean
	PropertiesPluginServerBuilderCustomizer mattermostPluginPropertiesServerBuilderCustomizer(
			PluginRuntimeProperties properties) {
		return new PropertiesPluginServerBuilderCustomizer(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	PluginServer mattermostPluginServer(ObjectProvider<BindableService> services, HealthStatusManager health,
			PluginShutdown shutdown, ObjectProvider<PluginServerBuilderCustomizer> customizers,
			PluginRuntimeProperties properties) {
		PluginServer server = new PluginServer(services.orderedStream().toList(), health, shutdown::request);
		server.setShutdownGracePeriod(properties.getShutdownGracePeriod());
		server.setCustomizers(customizers.orderedStream().toList());
		return server;
	}

	/**
	 * Applies {@code mattermost.plugin.runtime.*} to the server builder first, so that user
	 * customizers, applied after it, win.
	 */
	static final class PropertiesPluginServerBuilderCustomizer implements PluginServerBuilderCustomizer, Ordered {

		private final PluginRuntimeProperties properties;

		PropertiesPluginServerBuilderCustomizer(PluginRuntimeProperties properties) {
			this.properties = properties;
		}

		@Override
		public void customize(NettyServerBuilder builder) {
			builder.maxInboundMessageSize((int) this.properties.getMaxInboundMessageSize().toBytes());
		}

		@Override
		public int getOrder() {
			return 0;
		}

	}

}

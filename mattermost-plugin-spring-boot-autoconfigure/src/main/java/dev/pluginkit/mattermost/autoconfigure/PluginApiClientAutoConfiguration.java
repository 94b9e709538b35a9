package dev.pluginkit.mattermost.autoconfigure;

import java.util.List;

import dev.pluginkit.mattermost.client.AsyncPluginAPIClient;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiClientOptions;
import dev.pluginkit.mattermost.client.PluginApiExceptionInterceptor;
import io.grpc.Channel;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import net.devh.boot.grpc.client.channelfactory.GrpcChannelFactory;
import net.devh.boot.grpc.client.config.GrpcChannelsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures the blocking and asynchronous Plugin API clients over one gRPC channel,
 * built by net.devh's {@link GrpcChannelFactory} under the client name
 * {@value #CHANNEL_NAME}, so that its {@code grpc.client.mattermost-plugin-api.*}
 * settings, metrics and health apply to it.
 */
@AutoConfiguration(after = GrpcClientAutoConfiguration.class)
@ConditionalOnClass({ PluginAPIClient.class, GrpcChannelFactory.class })
@EnableConfigurationProperties(MattermostPluginProperties.class)
public class PluginApiClientAutoConfiguration {

	/** The net.devh client name of the Plugin API channel. */
	public static final String CHANNEL_NAME = "mattermost-plugin-api";

	@Bean
	static PluginApiChannelPropertiesPostProcessor mattermostPluginApiChannelPropertiesPostProcessor(
			ObjectProvider<MattermostPluginProperties> properties) {
		return new PluginApiChannelPropertiesPostProcessor(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	PluginApiClientOptions mattermostPluginApiClientOptions(MattermostPluginProperties properties) {
		MattermostPluginProperties.Api api = properties.getApi();
		return PluginApiClientOptions.defaults()
			.withDeadline(api.getDeadline())
			.withMaxInboundMessageSize((int) api.getMaxInboundMessageSize().toBytes())
			.withMaxOutboundMessageSize((int) api.getMaxOutboundMessageSize().toBytes());
	}

	@Bean
	@ConditionalOnMissingBean
	PluginAPIClient pluginAPIClient(GrpcChannelFactory channelFactory, GrpcChannelsProperties channels,
			PluginApiClientOptions options) {
		return PluginAPIClient.create(pluginApiChannel(channelFactory, channels), options);
	}

	@Bean
	@ConditionalOnMissingBean
	AsyncPluginAPIClient asyncPluginAPIClient(GrpcChannelFactory channelFactory, GrpcChannelsProperties channels,
			PluginApiClientOptions options) {
		return AsyncPluginAPIClient.create(pluginApiChannel(channelFactory, channels), options);
	}

	/**
	 * The factory keeps one managed channel per name and closes it with the context, so
	 * both clients share it and stop with the application.
	 */
	private static Channel pluginApiChannel(GrpcChannelFactory channelFactory, GrpcChannelsProperties channels) {
		if (channels.getChannel(CHANNEL_NAME).getAddress() == null) {
			throw new MissingPluginApiTargetException();
		}
		return channelFactory.createChannel(CHANNEL_NAME, List.of(new PluginApiExceptionInterceptor()));
	}

}

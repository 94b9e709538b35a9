package dev.pluginkit.mattermost.autoconfigure;

import net.devh.boot.grpc.client.config.GrpcChannelProperties;
import net.devh.boot.grpc.client.config.GrpcChannelsProperties;
import net.devh.boot.grpc.client.config.NegotiationType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Feeds {@code mattermost.plugin.api.*} into the net.devh client configuration of the
 * Plugin API channel once it is bound, and before any channel is built from it.
 *
 * <p>Only settings that {@code grpc.client.mattermost-plugin-api.*} leaves unset are
 * filled in, so those explicit settings win; {@code grpc.client.GLOBAL.*} fills only what
 * is still unset after this, so ours win over it.
 */
class PluginApiChannelPropertiesPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<MattermostPluginProperties> properties;

	PluginApiChannelPropertiesPostProcessor(ObjectProvider<MattermostPluginProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof GrpcChannelsProperties channels) {
			channels.getClient()
				.computeIfAbsent(PluginApiClientAutoConfiguration.CHANNEL_NAME, (name) -> new GrpcChannelProperties())
				.copyDefaultsFrom(channelDefaults(this.properties.getObject().getApi()));
		}
		return bean;
	}

	private static GrpcChannelProperties channelDefaults(MattermostPluginProperties.Api api) {
		GrpcChannelProperties defaults = new GrpcChannelProperties();
		if (api.getTarget() != null) {
			defaults.setAddress(PluginApiTarget.toChannelAddress(api.getTarget()));
		}
		// The server's Plugin API listens on localhost without TLS.
		defaults.setNegotiationType(NegotiationType.PLAINTEXT);
		defaults.setEnableKeepAlive(true);
		defaults.setKeepAliveTime(api.getKeepaliveTime());
		defaults.setKeepAliveTimeout(api.getKeepaliveTimeout());
		defaults.setKeepAliveWithoutCalls(api.isKeepaliveWithoutCalls());
		defaults.setMaxInboundMessageSize(api.getMaxInboundMessageSize());
		defaults.setShutdownGracePeriod(api.getShutdownGracePeriod());
		return defaults;
	}

}

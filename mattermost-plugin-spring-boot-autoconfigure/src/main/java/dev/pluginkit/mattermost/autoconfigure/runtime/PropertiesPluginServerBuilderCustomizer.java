package dev.pluginkit.mattermost.autoconfigure.runtime;

import dev.pluginkit.mattermost.runtime.PluginServerBuilderCustomizer;
import io.grpc.netty.NettyServerBuilder;

import org.springframework.core.Ordered;

/**
 * Applies {@code mattermost.plugin.runtime.*} to the server builder first, so that user
 * customizers, applied after it, win.
 */
final class PropertiesPluginServerBuilderCustomizer implements PluginServerBuilderCustomizer, Ordered {

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

package dev.pluginkit.mattermost.runtime;

import io.grpc.netty.NettyServerBuilder;

/**
 * Callback to customize the plugin's gRPC server before it is built, for example to add
 * interceptors or change message size limits. Declare beans of this type; they are applied
 * in their order. The address, the event loop and the served services are the runtime's.
 */
@FunctionalInterface
public interface PluginServerBuilderCustomizer {

	/**
	 * Customizes the server builder.
	 * @param builder the builder of the plugin's gRPC server
	 */
	void customize(NettyServerBuilder builder);

}

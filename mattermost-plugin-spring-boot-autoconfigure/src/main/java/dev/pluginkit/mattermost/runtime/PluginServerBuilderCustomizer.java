package dev.pluginkit.mattermost.runtime;

import io.grpc.netty.NettyServerBuilder;

/**
 * Callback to customize the plugin's gRPC server before it is built, for example to add
 * interceptors or change message size limits. The address, the event loop and the served
 * services are the runtime's.
 *
 * <p>In a Spring Boot application the server is built before the application context
 * exists, so implementations are listed in {@code META-INF/spring.factories} under this
 * interface's name (they may take no argument); in a context that no
 * {@code SpringApplication} runs, beans of this type apply. Either way they are applied in
 * their order. A server-wide interceptor also sees the calls that arrive before the
 * application is ready, which are held for it: their method descriptor is a placeholder
 * of type {@code UNKNOWN}, and their messages are raw byte streams.
 */
@FunctionalInterface
public interface PluginServerBuilderCustomizer {

	/**
	 * Customizes the server builder.
	 * @param builder the builder of the plugin's gRPC server
	 */
	void customize(NettyServerBuilder builder);

}

package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.util.concurrent.atomic.AtomicInteger;

import dev.pluginkit.mattermost.runtime.PluginServerBuilderCustomizer;
import io.grpc.netty.NettyServerBuilder;

/**
 * Counts the servers it customized; listed in this module's test
 * {@code META-INF/spring.factories}.
 */
public class RecordingPluginServerBuilderCustomizer implements PluginServerBuilderCustomizer {

	static final AtomicInteger customized = new AtomicInteger();

	@Override
	public void customize(NettyServerBuilder builder) {
		customized.incrementAndGet();
	}

}

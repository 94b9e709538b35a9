package dev.pluginkit.mattermost.autoconfigure.hooks;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.hooks.internal.PluginHooksService;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc.PluginHooksBlockingStub;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serves a started context's {@link PluginHooksService} on a real socket and calls it as the
 * server does, with the generated blocking stub, for tests of hook handling.
 */
public final class HooksOverSocket {

	private HooksOverSocket() {
	}

	/**
	 * A context consumer that serves the context's hooks for the test.
	 * @param test the test, given the stub
	 * @return the consumer
	 */
	public static ContextConsumer<AssertableApplicationContext> serving(HooksTest test) {
		return serving((hooks, context) -> test.run(hooks));
	}

	/**
	 * A context consumer that serves the context's hooks for the test.
	 * @param test the test, given the stub and the context
	 * @return the consumer
	 */
	public static ContextConsumer<AssertableApplicationContext> serving(HooksContextTest test) {
		return (context) -> {
			assertThat(context).hasNotFailed();
			Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
				.addService(context.getBean(PluginHooksService.class))
				.build()
				.start();
			ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
			try {
				test.run(PluginHooksGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS), context);
			}
			finally {
				channel.shutdownNow();
				server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
			}
		};
	}

	/** A test of the hooks alone. */
	@FunctionalInterface
	public interface HooksTest {

		/**
		 * Runs the test.
		 * @param hooks the plugin's hooks, called as the server calls them
		 * @throws Exception on failure
		 */
		void run(PluginHooksBlockingStub hooks) throws Exception;

	}

	/** A test of the hooks and the context behind them. */
	@FunctionalInterface
	public interface HooksContextTest {

		/**
		 * Runs the test.
		 * @param hooks the plugin's hooks, called as the server calls them
		 * @param context the application context
		 * @throws Exception on failure
		 */
		void run(PluginHooksBlockingStub hooks, AssertableApplicationContext context) throws Exception;

	}

}

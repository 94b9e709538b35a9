package dev.pluginkit.mattermost.client;

import dev.pluginkit.mattermost.client.internal.CallExecutor;
import dev.pluginkit.mattermost.client.internal.DefaultAsyncPluginAPIClient;
import io.grpc.Channel;

/**
 * The non-blocking client of the Mattermost server's Plugin API: the same methods as
 * {@link PluginAPIClient}, each returning a
 * {@link java.util.concurrent.CompletableFuture} at once. A future fails with a
 * {@link PluginApiException} when its call fails, and cancelling it cancels the call.
 * Stages chained on a future run on gRPC's threads unless an executor is given; keep them
 * short.
 *
 * <pre>{@code
 * AsyncPluginAPIClient api = AsyncPluginAPIClient.create(channel);
 * api.getServerVersion().thenAccept(version -> log.info("Mattermost {}", version));
 * }</pre>
 *
 * <p>
 * The grouping of the methods and the server versions the client works with are those of
 * {@link PluginAPIClient}.
 *
 * @see PluginAPIClient
 */
public interface AsyncPluginAPIClient
		extends AsyncSystemOperations, AsyncConfigurationOperations, AsyncPluginOperations, AsyncLogOperations,
		AsyncAuditOperations, AsyncKvStoreOperations, AsyncUserOperations, AsyncSessionOperations, AsyncTeamOperations,
		AsyncChannelOperations, AsyncSidebarCategoryOperations, AsyncPostOperations, AsyncReactionOperations,
		AsyncEmojiOperations, AsyncFileOperations, AsyncBotOperations, AsyncSlashCommandOperations,
		AsyncPreferenceOperations, AsyncGroupOperations, AsyncOAuthAppOperations, AsyncSharedChannelOperations,
		AsyncPropertyOperations, AsyncEventOperations, AsyncNotificationOperations, AsyncIntegrationOperations {

	/**
	 * Creates a client with the default options over a channel to the server.
	 * @param channel the channel; it stays the caller's to shut down
	 * @return the client
	 */
	static AsyncPluginAPIClient create(Channel channel) {
		return create(channel, PluginApiClientOptions.defaults());
	}

	/**
	 * Creates a client over a channel to the server.
	 * @param channel the channel; it stays the caller's to shut down
	 * @param options the per-call settings
	 * @return the client
	 */
	static AsyncPluginAPIClient create(Channel channel, PluginApiClientOptions options) {
		return new DefaultAsyncPluginAPIClient(new CallExecutor(channel, options));
	}

}

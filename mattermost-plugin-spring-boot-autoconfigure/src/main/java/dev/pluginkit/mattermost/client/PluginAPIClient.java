package dev.pluginkit.mattermost.client;

import dev.pluginkit.mattermost.client.internal.CallExecutor;
import dev.pluginkit.mattermost.client.internal.DefaultPluginAPIClient;
import io.grpc.Channel;

/**
 * The blocking client of the Mattermost server's Plugin API: everything a plugin can ask
 * the server, grouped by domain in the interfaces it extends. Each method makes one call
 * and returns its result, or throws a {@link PluginApiException}.
 *
 * <p>
 * In a Spring Boot application, inject it; the auto-configuration builds it from
 * {@code mattermost.plugin.api.*}. Elsewhere, build it over any gRPC channel:
 *
 * <pre>{@code
 * ManagedChannel channel = ManagedChannelBuilder.forTarget(System.getenv("MATTERMOST_PLUGIN_API_TARGET")).usePlaintext().build();
 * PluginAPIClient api = PluginAPIClient.create(channel);
 * String version = api.getServerVersion();
 * }</pre>
 *
 * <p>
 * Instances are thread-safe and cheap; they own nothing that needs closing (the channel
 * belongs to whoever built it).
 *
 * <h2>Grouping</h2> The domain interfaces ({@link UserOperations},
 * {@link PostOperations}, ...) group the methods of the Go {@code plugin.API} interface
 * by the names of those methods, not by the services of Go's {@code pluginapi}
 * package. Each one can be injected on its own: in a Spring application the client bean
 * is also a {@code UserOperations}, a {@code KvStoreOperations}, and so on.
 *
 * <h2>Server versions</h2> The client works with Mattermost servers that have the gRPC
 * Plugin API (the server's {@code server/public/pluginapi/grpc}, which starts plugins of
 * {@code server.runtime: "python"}), and with no earlier server. The first release that
 * ships it could not be confirmed from the server's source when this was written; check
 * the release notes of your server. The "Minimum server version" lines of the methods
 * are those of the Go {@code plugin.API} documentation: they tell when a method was added
 * for Go plugins, and every server with the gRPC Plugin API is newer than all of them.
 *
 * @see AsyncPluginAPIClient
 */
public interface PluginAPIClient extends SystemOperations, ConfigurationOperations, PluginOperations, LogOperations,
		AuditOperations, KvStoreOperations, UserOperations, SessionOperations, TeamOperations, ChannelOperations,
		SidebarCategoryOperations, PostOperations, ReactionOperations, EmojiOperations, FileOperations, BotOperations,
		SlashCommandOperations, PreferenceOperations, GroupOperations, OAuthAppOperations, SharedChannelOperations,
		PropertyOperations, EventOperations, NotificationOperations, IntegrationOperations {

	/**
	 * Creates a client with the default options over a channel to the server.
	 * @param channel the channel; it stays the caller's to shut down
	 * @return the client
	 */
	static PluginAPIClient create(Channel channel) {
		return create(channel, PluginApiClientOptions.defaults());
	}

	/**
	 * Creates a client over a channel to the server.
	 * @param channel the channel; it stays the caller's to shut down
	 * @param options the per-call settings
	 * @return the client
	 */
	static PluginAPIClient create(Channel channel, PluginApiClientOptions options) {
		return new DefaultPluginAPIClient(new CallExecutor(channel, options));
	}

}

package dev.pluginkit.mattermost.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEvent;
import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEventSendOptions;
import dev.pluginkit.mattermost.pluginapi.v1.WebsocketBroadcast;

/**
 * Events sent to WebSocket clients and to this plugin on the other nodes of a cluster.
 * Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see EventOperations
 */
public interface AsyncEventOperations {

	/**
	 * Sends a custom event to connected WebSocket clients. The server renames the event
	 * to
	 * {@code custom_} followed by the plugin id, an underscore and the given name, and the
	 * broadcast decides which users, channel, team or connection receive it.
	 *
	 * <p>
	 * Fire-and-forget: the server reports no error, and a successful return does not mean
	 * any client received the event. Payload values must be plain JSON-compatible values
	 * (strings, numbers, booleans, lists, maps).
	 *
	 * <p>
	 * An empty broadcast (no user, channel or team id) reaches every connected user of
	 * the server.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param event the event name, without the plugin prefix
	 * @param payload the data sent to clients with the event
	 * @param broadcast who receives the event: a user, a channel, a team or one
	 * connection, minus omitted users
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> publishWebSocketEvent(String event, Map<String, Object> payload,
			WebsocketBroadcast broadcast);

	/**
	 * Sends an event to the instances of this same plugin running on other nodes of a
	 * high-availability cluster, where it arrives through the
	 * {@code OnPluginClusterEvent} hook. Without a target node it goes to all other
	 * nodes; the sending node does not receive its own event.
	 *
	 * <p>
	 * On a server that is not clustered the call does nothing and succeeds. An error is
	 * only reported when sending to a specific target node fails; a broadcast to all
	 * nodes reports no delivery failure.
	 *
	 * <p>
	 * Minimum server version: 5.36.
	 * @param event the event: a name chosen by the plugin and an opaque byte payload
	 * @param opts how to send it: {@code reliable} or {@code best_effort}, and optionally
	 * the id of a single target node
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> publishPluginClusterEvent(PluginClusterEvent event, PluginClusterEventSendOptions opts);

}

package dev.pluginkit.mattermost.client;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.GetPostsSinceForSyncCursor;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterPluginOpts;
import dev.pluginkit.mattermost.pluginapi.v1.SharedChannel;

/**
 * Shared channels: channels synchronised with remote clusters, and this plugin as a
 * remote. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see SharedChannelOperations
 */
public interface AsyncSharedChannelOperations {

	/**
	 * Registers the calling plugin as a shared channels remote and returns the remote id
	 * that stands for it. From then on the plugin receives synchronisation messages
	 * through the
	 * {@code OnSharedChannelsSyncMsg} hook. Repeating the call with the same plugin id is safe
	 * and yields the same remote id.
	 *
	 * <p>
	 * Requires shared channels (connected workspaces) to be enabled on the server.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param opts how the plugin presents itself as a remote: its plugin id, display name
	 * and description
	 * @return a future of the remote id assigned to the plugin
	 */
	CompletableFuture<String> registerPluginForSharedChannels(RegisterPluginOpts opts);

	/**
	 * Removes every shared channels remote registered for the given plugin, so it stops
	 * receiving synchronisation messages. Meant for bulk clean-up, typically from
	 * {@code OnDeactivate}.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param pluginId the id of the plugin whose remotes are removed
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> unregisterPluginForSharedChannels(String pluginId);

	/**
	 * Marks a channel as shared so that it can take part in shared channels
	 * synchronisation. Sharing alone invites nobody: call {@link #inviteRemoteToChannel}
	 * to add a remote (or this plugin) and start synchronising.
	 *
	 * <p>
	 * Requires shared channels (connected workspaces) to be enabled on the server.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param sharedChannel the sharing record to create, naming the channel, its team and
	 * the share's name, display name, purpose and header
	 * @return a future of the shared channel as stored by the server
	 */
	CompletableFuture<SharedChannel> shareChannel(SharedChannel sharedChannel);

	/**
	 * Updates the sharing record of an already shared channel, for example its share
	 * name, display name, purpose, header or read-only flag.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param sharedChannel the sharing record with the new values, identified by its
	 * channel id
	 * @return a future of the updated shared channel
	 */
	CompletableFuture<SharedChannel> updateSharedChannel(SharedChannel sharedChannel);

	/**
	 * Stops sharing a channel: the channel is no longer marked as shared and every remote
	 * is uninvited from it. Reports through its result whether anything was actually
	 * unshared.
	 *
	 * <p>
	 * Calling it on a channel that is not shared is not an error; the result is simply
	 *
	 * {@code false}.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param channelId the id of the channel to stop sharing
	 * @return a future of {@code true} when the channel was shared and has been unshared,
	 *
	 * {@code false} when it was not shared
	 */
	CompletableFuture<Boolean> unshareChannel(String channelId);

	/**
	 * Moves the synchronisation cursor of a remote in a shared channel, i.e. the point up
	 * to which posts count as already sent. Moving it forward skips older posts; moving
	 * it back makes history be sent again. The call alone does not trigger a sync: a
	 * change in the channel or a call to {@link #syncSharedChannel} does.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param channelId the id of the shared channel
	 * @param remoteId the remote id returned when the plugin registered for shared
	 * channels
	 * @param cursor the new position: update time in milliseconds since the epoch and id
	 * of the last synchronised post
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> updateSharedChannelCursor(String channelId, String remoteId,
			GetPostsSinceForSyncCursor cursor);

	/**
	 * Forces a shared channel to send whatever changed content it has to all of its
	 * remotes now, instead of waiting for the next change.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param channelId the id of the shared channel to synchronise
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> syncSharedChannel(String channelId);

	/**
	 * Invites a remote, or this plugin, to a shared channel as a synchronisation target;
	 * once invited it receives synchronisation messages for every change in that channel.
	 * Can optionally share the channel first when it is not shared yet.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param channelId the id of the channel
	 * @param remoteId the id of the remote to invite
	 * @param userId the id of the user on whose behalf the invitation is made
	 * @param shareIfNotShared whether to mark the channel as shared first when it is not
	 * shared yet
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> inviteRemoteToChannel(String channelId, String remoteId, String userId,
			boolean shareIfNotShared);

	/**
	 * Removes a remote, or this plugin, from a shared channel so that it no longer
	 * receives synchronisation messages for it.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param channelId the id of the shared channel
	 * @param remoteId the id of the remote to remove
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> uninviteRemoteFromChannel(String channelId, String remoteId);

}

package dev.pluginkit.mattermost.client.internal;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncSharedChannelOperations;
import dev.pluginkit.mattermost.client.SharedChannelOperations;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsSinceForSyncCursor;
import dev.pluginkit.mattermost.pluginapi.v1.InviteRemoteToChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.InviteRemoteToChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterPluginForSharedChannelsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterPluginForSharedChannelsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterPluginOpts;
import dev.pluginkit.mattermost.pluginapi.v1.ShareChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ShareChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SharedChannel;
import dev.pluginkit.mattermost.pluginapi.v1.SyncSharedChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SyncSharedChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UninviteRemoteFromChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UninviteRemoteFromChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UnregisterPluginForSharedChannelsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UnregisterPluginForSharedChannelsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UnshareChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UnshareChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateSharedChannelCursorRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateSharedChannelCursorResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateSharedChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateSharedChannelResponse;

/**
 * The shared channel domain: its calls, described once, and the blocking and asynchronous
 * parts that the two clients mix in.
 */
final class SharedChannelCalls {

	static UnaryCall<RegisterPluginForSharedChannelsRequest, RegisterPluginForSharedChannelsResponse, String> registerPluginForSharedChannels(
			RegisterPluginOpts opts) {
		RegisterPluginForSharedChannelsRequest request = RegisterPluginForSharedChannelsRequest.newBuilder()
			.setOpts(Arguments.required(opts, "opts"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getRegisterPluginForSharedChannelsMethod(), request,
				RegisterPluginForSharedChannelsResponse::getError,
				RegisterPluginForSharedChannelsResponse::getRemoteId);
	}

	static UnaryCall<UnregisterPluginForSharedChannelsRequest, UnregisterPluginForSharedChannelsResponse, Void> unregisterPluginForSharedChannels(
			String pluginId) {
		UnregisterPluginForSharedChannelsRequest request = UnregisterPluginForSharedChannelsRequest.newBuilder()
			.setPluginId(Arguments.required(pluginId, "pluginId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getUnregisterPluginForSharedChannelsMethod(), request,
				UnregisterPluginForSharedChannelsResponse::getError);
	}

	static UnaryCall<ShareChannelRequest, ShareChannelResponse, SharedChannel> shareChannel(
			SharedChannel sharedChannel) {
		ShareChannelRequest request = ShareChannelRequest.newBuilder()
			.setSharedChannel(Arguments.required(sharedChannel, "sharedChannel"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getShareChannelMethod(), request, ShareChannelResponse::getError,
				ShareChannelResponse::getSharedChannel);
	}

	static UnaryCall<UpdateSharedChannelRequest, UpdateSharedChannelResponse, SharedChannel> updateSharedChannel(
			SharedChannel sharedChannel) {
		UpdateSharedChannelRequest request = UpdateSharedChannelRequest.newBuilder()
			.setSharedChannel(Arguments.required(sharedChannel, "sharedChannel"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateSharedChannelMethod(), request,
				UpdateSharedChannelResponse::getError, UpdateSharedChannelResponse::getSharedChannel);
	}

	static UnaryCall<UnshareChannelRequest, UnshareChannelResponse, Boolean> unshareChannel(String channelId) {
		UnshareChannelRequest request = UnshareChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUnshareChannelMethod(), request, UnshareChannelResponse::getError,
				UnshareChannelResponse::getUnshared);
	}

	static UnaryCall<UpdateSharedChannelCursorRequest, UpdateSharedChannelCursorResponse, Void> updateSharedChannelCursor(
			String channelId, String remoteId, GetPostsSinceForSyncCursor cursor) {
		UpdateSharedChannelCursorRequest request = UpdateSharedChannelCursorRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setRemoteId(Arguments.required(remoteId, "remoteId"))
			.setCursor(Arguments.required(cursor, "cursor"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getUpdateSharedChannelCursorMethod(), request,
				UpdateSharedChannelCursorResponse::getError);
	}

	static UnaryCall<SyncSharedChannelRequest, SyncSharedChannelResponse, Void> syncSharedChannel(String channelId) {
		SyncSharedChannelRequest request = SyncSharedChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSyncSharedChannelMethod(), request,
				SyncSharedChannelResponse::getError);
	}

	static UnaryCall<InviteRemoteToChannelRequest, InviteRemoteToChannelResponse, Void> inviteRemoteToChannel(
			String channelId, String remoteId, String userId, boolean shareIfNotShared) {
		InviteRemoteToChannelRequest request = InviteRemoteToChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setRemoteId(Arguments.required(remoteId, "remoteId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setShareIfNotShared(shareIfNotShared)
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getInviteRemoteToChannelMethod(), request,
				InviteRemoteToChannelResponse::getError);
	}

	static UnaryCall<UninviteRemoteFromChannelRequest, UninviteRemoteFromChannelResponse, Void> uninviteRemoteFromChannel(
			String channelId, String remoteId) {
		UninviteRemoteFromChannelRequest request = UninviteRemoteFromChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setRemoteId(Arguments.required(remoteId, "remoteId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getUninviteRemoteFromChannelMethod(), request,
				UninviteRemoteFromChannelResponse::getError);
	}

	private SharedChannelCalls() {
	}

	interface Blocking extends SharedChannelOperations, BlockingCalls {

		@Override
		default String registerPluginForSharedChannels(RegisterPluginOpts opts) {
			return execute(SharedChannelCalls.registerPluginForSharedChannels(opts));
		}

		@Override
		default void unregisterPluginForSharedChannels(String pluginId) {
			execute(SharedChannelCalls.unregisterPluginForSharedChannels(pluginId));
		}

		@Override
		default SharedChannel shareChannel(SharedChannel sharedChannel) {
			return execute(SharedChannelCalls.shareChannel(sharedChannel));
		}

		@Override
		default SharedChannel updateSharedChannel(SharedChannel sharedChannel) {
			return execute(SharedChannelCalls.updateSharedChannel(sharedChannel));
		}

		@Override
		default boolean unshareChannel(String channelId) {
			return execute(SharedChannelCalls.unshareChannel(channelId));
		}

		@Override
		default void updateSharedChannelCursor(String channelId, String remoteId, GetPostsSinceForSyncCursor cursor) {
			execute(SharedChannelCalls.updateSharedChannelCursor(channelId, remoteId, cursor));
		}

		@Override
		default void syncSharedChannel(String channelId) {
			execute(SharedChannelCalls.syncSharedChannel(channelId));
		}

		@Override
		default void inviteRemoteToChannel(String channelId, String remoteId, String userId, boolean shareIfNotShared) {
			execute(SharedChannelCalls.inviteRemoteToChannel(channelId, remoteId, userId, shareIfNotShared));
		}

		@Override
		default void uninviteRemoteFromChannel(String channelId, String remoteId) {
			execute(SharedChannelCalls.uninviteRemoteFromChannel(channelId, remoteId));
		}

	}

	interface Async extends AsyncSharedChannelOperations, AsyncCalls {

		@Override
		default CompletableFuture<String> registerPluginForSharedChannels(RegisterPluginOpts opts) {
			return executeAsync(SharedChannelCalls.registerPluginForSharedChannels(opts));
		}

		@Override
		default CompletableFuture<Void> unregisterPluginForSharedChannels(String pluginId) {
			return executeAsync(SharedChannelCalls.unregisterPluginForSharedChannels(pluginId));
		}

		@Override
		default CompletableFuture<SharedChannel> shareChannel(SharedChannel sharedChannel) {
			return executeAsync(SharedChannelCalls.shareChannel(sharedChannel));
		}

		@Override
		default CompletableFuture<SharedChannel> updateSharedChannel(SharedChannel sharedChannel) {
			return executeAsync(SharedChannelCalls.updateSharedChannel(sharedChannel));
		}

		@Override
		default CompletableFuture<Boolean> unshareChannel(String channelId) {
			return executeAsync(SharedChannelCalls.unshareChannel(channelId));
		}

		@Override
		default CompletableFuture<Void> updateSharedChannelCursor(String channelId, String remoteId,
				GetPostsSinceForSyncCursor cursor) {
			return executeAsync(SharedChannelCalls.updateSharedChannelCursor(channelId, remoteId, cursor));
		}

		@Override
		default CompletableFuture<Void> syncSharedChannel(String channelId) {
			return executeAsync(SharedChannelCalls.syncSharedChannel(channelId));
		}

		@Override
		default CompletableFuture<Void> inviteRemoteToChannel(String channelId, String remoteId, String userId,
				boolean shareIfNotShared) {
			return executeAsync(
					SharedChannelCalls.inviteRemoteToChannel(channelId, remoteId, userId, shareIfNotShared));
		}

		@Override
		default CompletableFuture<Void> uninviteRemoteFromChannel(String channelId, String remoteId) {
			return executeAsync(SharedChannelCalls.uninviteRemoteFromChannel(channelId, remoteId));
		}

	}

}

package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.client.AsyncChannelOperations;
import dev.pluginkit.mattermost.client.ChannelOperations;
import dev.pluginkit.mattermost.pluginapi.v1.AddChannelMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddChannelMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.AddUserToChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddUserToChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMemberIdentifier;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelStats;
import dev.pluginkit.mattermost.pluginapi.v1.CreateChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameForTeamNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameForTeamNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersByIdsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersByIdsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelStatsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelStatsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelsForTeamForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelsForTeamForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetDirectChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetDirectChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPublicChannelsForTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPublicChannelsForTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PatchChannelMembersNotificationsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PatchChannelMembersNotificationsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SearchChannelsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchChannelsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberNotificationsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberNotificationsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberRolesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberRolesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelResponse;

/**
 * The channel domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class ChannelCalls {

	static UnaryCall<CreateChannelRequest, CreateChannelResponse, Channel> createChannel(Channel channel) {
		CreateChannelRequest request = CreateChannelRequest.newBuilder()
			.setChannel(Arguments.required(channel, "channel"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateChannelMethod(), request, CreateChannelResponse::getError,
				CreateChannelResponse::getChannel);
	}

	static UnaryCall<GetChannelRequest, GetChannelResponse, Channel> getChannel(String channelId) {
		GetChannelRequest request = GetChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelMethod(), request, GetChannelResponse::getError,
				GetChannelResponse::getChannel);
	}

	static UnaryCall<GetChannelByNameRequest, GetChannelByNameResponse, Channel> getChannelByName(String teamId,
			String name, boolean includeDeleted) {
		GetChannelByNameRequest request = GetChannelByNameRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setName(Arguments.required(name, "name"))
			.setIncludeDeleted(includeDeleted)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelByNameMethod(), request, GetChannelByNameResponse::getError,
				GetChannelByNameResponse::getChannel);
	}

	static UnaryCall<GetChannelByNameForTeamNameRequest, GetChannelByNameForTeamNameResponse, Channel> getChannelByNameForTeamName(
			String teamName, String channelName, boolean includeDeleted) {
		GetChannelByNameForTeamNameRequest request = GetChannelByNameForTeamNameRequest.newBuilder()
			.setTeamName(Arguments.required(teamName, "teamName"))
			.setChannelName(Arguments.required(channelName, "channelName"))
			.setIncludeDeleted(includeDeleted)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelByNameForTeamNameMethod(), request,
				GetChannelByNameForTeamNameResponse::getError, GetChannelByNameForTeamNameResponse::getChannel);
	}

	static UnaryCall<GetDirectChannelRequest, GetDirectChannelResponse, Channel> getDirectChannel(String userId1,
			String userId2) {
		GetDirectChannelRequest request = GetDirectChannelRequest.newBuilder()
			.setUserId1(Arguments.required(userId1, "userId1"))
			.setUserId2(Arguments.required(userId2, "userId2"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetDirectChannelMethod(), request, GetDirectChannelResponse::getError,
				GetDirectChannelResponse::getChannel);
	}

	static UnaryCall<GetGroupChannelRequest, GetGroupChannelResponse, Channel> getGroupChannel(List<String> userIds) {
		GetGroupChannelRequest request = GetGroupChannelRequest.newBuilder()
			.addAllUserIds(Arguments.elements(userIds, "userIds"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupChannelMethod(), request, GetGroupChannelResponse::getError,
				GetGroupChannelResponse::getChannel);
	}

	static UnaryCall<GetPublicChannelsForTeamRequest, GetPublicChannelsForTeamResponse, List<Channel>> getPublicChannelsForTeam(
			String teamId, int page, int perPage) {
		GetPublicChannelsForTeamRequest request = GetPublicChannelsForTeamRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPublicChannelsForTeamMethod(), request,
				GetPublicChannelsForTeamResponse::getError, GetPublicChannelsForTeamResponse::getChannelsList);
	}

	static UnaryCall<GetChannelsForTeamForUserRequest, GetChannelsForTeamForUserResponse, List<Channel>> getChannelsForTeamForUser(
			String teamId, String userId, boolean includeDeleted) {
		GetChannelsForTeamForUserRequest request = GetChannelsForTeamForUserRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setIncludeDeleted(includeDeleted)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelsForTeamForUserMethod(), request,
				GetChannelsForTeamForUserResponse::getError, GetChannelsForTeamForUserResponse::getChannelsList);
	}

	static UnaryCall<SearchChannelsRequest, SearchChannelsResponse, List<Channel>> searchChannels(String teamId,
			String term) {
		SearchChannelsRequest request = SearchChannelsRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setTerm(Arguments.required(term, "term"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getSearchChannelsMethod(), request, SearchChannelsResponse::getError,
				SearchChannelsResponse::getChannelsList);
	}

	static UnaryCall<UpdateChannelRequest, UpdateChannelResponse, Channel> updateChannel(Channel channel) {
		UpdateChannelRequest request = UpdateChannelRequest.newBuilder()
			.setChannel(Arguments.required(channel, "channel"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateChannelMethod(), request, UpdateChannelResponse::getError,
				UpdateChannelResponse::getChannel);
	}

	static UnaryCall<DeleteChannelRequest, DeleteChannelResponse, Void> deleteChannel(String channelId) {
		DeleteChannelRequest request = DeleteChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteChannelMethod(), request,
				DeleteChannelResponse::getError);
	}

	static UnaryCall<GetChannelStatsRequest, GetChannelStatsResponse, ChannelStats> getChannelStats(String channelId) {
		GetChannelStatsRequest request = GetChannelStatsRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelStatsMethod(), request, GetChannelStatsResponse::getError,
				GetChannelStatsResponse::getChannelStats);
	}

	static UnaryCall<AddChannelMemberRequest, AddChannelMemberResponse, ChannelMember> addChannelMember(
			String channelId, String userId) {
		AddChannelMemberRequest request = AddChannelMemberRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getAddChannelMemberMethod(), request, AddChannelMemberResponse::getError,
				AddChannelMemberResponse::getChannelMember);
	}

	static UnaryCall<AddUserToChannelRequest, AddUserToChannelResponse, ChannelMember> addUserToChannel(
			String channelId, String userId, String asUserId) {
		AddUserToChannelRequest request = AddUserToChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setAsUserId(Arguments.required(asUserId, "asUserId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getAddUserToChannelMethod(), request, AddUserToChannelResponse::getError,
				AddUserToChannelResponse::getChannelMember);
	}

	static UnaryCall<GetChannelMemberRequest, GetChannelMemberResponse, ChannelMember> getChannelMember(
			String channelId, String userId) {
		GetChannelMemberRequest request = GetChannelMemberRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelMemberMethod(), request, GetChannelMemberResponse::getError,
				GetChannelMemberResponse::getChannelMember);
	}

	static UnaryCall<GetChannelMembersRequest, GetChannelMembersResponse, List<ChannelMember>> getChannelMembers(
			String channelId, int page, int perPage) {
		GetChannelMembersRequest request = GetChannelMembersRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelMembersMethod(), request, GetChannelMembersResponse::getError,
				GetChannelMembersResponse::getChannelMembersList);
	}

	static UnaryCall<GetChannelMembersByIdsRequest, GetChannelMembersByIdsResponse, List<ChannelMember>> getChannelMembersByIds(
			String channelId, List<String> userIds) {
		GetChannelMembersByIdsRequest request = GetChannelMembersByIdsRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.addAllUserIds(Arguments.elements(userIds, "userIds"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelMembersByIdsMethod(), request,
				GetChannelMembersByIdsResponse::getError, GetChannelMembersByIdsResponse::getChannelMembersList);
	}

	static UnaryCall<GetChannelMembersForUserRequest, GetChannelMembersForUserResponse, List<ChannelMember>> getChannelMembersForUser(
			String teamId, String userId, int page, int perPage) {
		GetChannelMembersForUserRequest request = GetChannelMembersForUserRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelMembersForUserMethod(), request,
				GetChannelMembersForUserResponse::getError, GetChannelMembersForUserResponse::getChannelMembersList);
	}

	static UnaryCall<UpdateChannelMemberRolesRequest, UpdateChannelMemberRolesResponse, ChannelMember> updateChannelMemberRoles(
			String channelId, String userId, String newRoles) {
		UpdateChannelMemberRolesRequest request = UpdateChannelMemberRolesRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setNewRoles(Arguments.required(newRoles, "newRoles"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateChannelMemberRolesMethod(), request,
				UpdateChannelMemberRolesResponse::getError, UpdateChannelMemberRolesResponse::getChannelMember);
	}

	static UnaryCall<UpdateChannelMemberNotificationsRequest, UpdateChannelMemberNotificationsResponse, ChannelMember> updateChannelMemberNotifications(
			String channelId, String userId, Map<String, String> notifications) {
		UpdateChannelMemberNotificationsRequest request = UpdateChannelMemberNotificationsRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setUserId(Arguments.required(userId, "userId"))
			.putAllNotifications(Arguments.entries(notifications, "notifications"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateChannelMemberNotificationsMethod(), request,
				UpdateChannelMemberNotificationsResponse::getError,
				UpdateChannelMemberNotificationsResponse::getChannelMember);
	}

	static UnaryCall<PatchChannelMembersNotificationsRequest, PatchChannelMembersNotificationsResponse, Void> patchChannelMembersNotifications(
			List<ChannelMemberIdentifier> members, Map<String, String> notifyProps) {
		PatchChannelMembersNotificationsRequest request = PatchChannelMembersNotificationsRequest.newBuilder()
			.addAllMembers(Arguments.elements(members, "members"))
			.putAllNotifyProps(Arguments.entries(notifyProps, "notifyProps"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getPatchChannelMembersNotificationsMethod(), request,
				PatchChannelMembersNotificationsResponse::getError);
	}

	static UnaryCall<DeleteChannelMemberRequest, DeleteChannelMemberResponse, Void> deleteChannelMember(
			String channelId, String userId) {
		DeleteChannelMemberRequest request = DeleteChannelMemberRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteChannelMemberMethod(), request,
				DeleteChannelMemberResponse::getError);
	}

	private ChannelCalls() {
	}

	interface Blocking extends ChannelOperations, BlockingCalls {

		@Override
		default Channel createChannel(Channel channel) {
			return execute(ChannelCalls.createChannel(channel));
		}

		@Override
		default Channel getChannel(String channelId) {
			return execute(ChannelCalls.getChannel(channelId));
		}

		@Override
		default Channel getChannelByName(String teamId, String name, boolean includeDeleted) {
			return execute(ChannelCalls.getChannelByName(teamId, name, includeDeleted));
		}

		@Override
		default Channel getChannelByNameForTeamName(String teamName, String channelName, boolean includeDeleted) {
			return execute(ChannelCalls.getChannelByNameForTeamName(teamName, channelName, includeDeleted));
		}

		@Override
		default Channel getDirectChannel(String userId1, String userId2) {
			return execute(ChannelCalls.getDirectChannel(userId1, userId2));
		}

		@Override
		default Channel getGroupChannel(List<String> userIds) {
			return execute(ChannelCalls.getGroupChannel(userIds));
		}

		@Override
		default List<Channel> getPublicChannelsForTeam(String teamId, int page, int perPage) {
			return execute(ChannelCalls.getPublicChannelsForTeam(teamId, page, perPage));
		}

		@Override
		default Stream<Channel> getPublicChannelsForTeamStream(String teamId, int pageSize) {
			return Paging.stream(pageSize,
					(page) -> execute(ChannelCalls.getPublicChannelsForTeam(teamId, page, pageSize)));
		}

		@Override
		default List<Channel> getChannelsForTeamForUser(String teamId, String userId, boolean includeDeleted) {
			return execute(ChannelCalls.getChannelsForTeamForUser(teamId, userId, includeDeleted));
		}

		@Override
		default List<Channel> searchChannels(String teamId, String term) {
			return execute(ChannelCalls.searchChannels(teamId, term));
		}

		@Override
		default Channel updateChannel(Channel channel) {
			return execute(ChannelCalls.updateChannel(channel));
		}

		@Override
		default void deleteChannel(String channelId) {
			execute(ChannelCalls.deleteChannel(channelId));
		}

		@Override
		default ChannelStats getChannelStats(String channelId) {
			return execute(ChannelCalls.getChannelStats(channelId));
		}

		@Override
		default ChannelMember addChannelMember(String channelId, String userId) {
			return execute(ChannelCalls.addChannelMember(channelId, userId));
		}

		@Override
		default ChannelMember addUserToChannel(String channelId, String userId, String asUserId) {
			return execute(ChannelCalls.addUserToChannel(channelId, userId, asUserId));
		}

		@Override
		default ChannelMember getChannelMember(String channelId, String userId) {
			return execute(ChannelCalls.getChannelMember(channelId, userId));
		}

		@Override
		default List<ChannelMember> getChannelMembers(String channelId, int page, int perPage) {
			return execute(ChannelCalls.getChannelMembers(channelId, page, perPage));
		}

		@Override
		default Stream<ChannelMember> getChannelMembersStream(String channelId, int pageSize) {
			return Paging.stream(pageSize,
					(page) -> execute(ChannelCalls.getChannelMembers(channelId, page, pageSize)));
		}

		@Override
		default List<ChannelMember> getChannelMembersByIds(String channelId, List<String> userIds) {
			return execute(ChannelCalls.getChannelMembersByIds(channelId, userIds));
		}

		@Override
		default List<ChannelMember> getChannelMembersForUser(String teamId, String userId, int page, int perPage) {
			return execute(ChannelCalls.getChannelMembersForUser(teamId, userId, page, perPage));
		}

		@Override
		default Stream<ChannelMember> getChannelMembersForUserStream(String teamId, String userId, int pageSize) {
			return Paging.stream(pageSize,
					(page) -> execute(ChannelCalls.getChannelMembersForUser(teamId, userId, page, pageSize)));
		}

		@Override
		default ChannelMember updateChannelMemberRoles(String channelId, String userId, String newRoles) {
			return execute(ChannelCalls.updateChannelMemberRoles(channelId, userId, newRoles));
		}

		@Override
		default ChannelMember updateChannelMemberNotifications(String channelId, String userId,
				Map<String, String> notifications) {
			return execute(ChannelCalls.updateChannelMemberNotifications(channelId, userId, notifications));
		}

		@Override
		default void patchChannelMembersNotifications(List<ChannelMemberIdentifier> members,
				Map<String, String> notifyProps) {
			execute(ChannelCalls.patchChannelMembersNotifications(members, notifyProps));
		}

		@Override
		default void deleteChannelMember(String channelId, String userId) {
			execute(ChannelCalls.deleteChannelMember(channelId, userId));
		}

	}

	interface Async extends AsyncChannelOperations, AsyncCalls {

		@Override
		default CompletableFuture<Channel> createChannel(Channel channel) {
			return executeAsync(ChannelCalls.createChannel(channel));
		}

		@Override
		default CompletableFuture<Channel> getChannel(String channelId) {
			return executeAsync(ChannelCalls.getChannel(channelId));
		}

		@Override
		default CompletableFuture<Channel> getChannelByName(String teamId, String name, boolean includeDeleted) {
			return executeAsync(ChannelCalls.getChannelByName(teamId, name, includeDeleted));
		}

		@Override
		default CompletableFuture<Channel> getChannelByNameForTeamName(String teamName, String channelName,
				boolean includeDeleted) {
			return executeAsync(ChannelCalls.getChannelByNameForTeamName(teamName, channelName, includeDeleted));
		}

		@Override
		default CompletableFuture<Channel> getDirectChannel(String userId1, String userId2) {
			return executeAsync(ChannelCalls.getDirectChannel(userId1, userId2));
		}

		@Override
		default CompletableFuture<Channel> getGroupChannel(List<String> userIds) {
			return executeAsync(ChannelCalls.getGroupChannel(userIds));
		}

		@Override
		default CompletableFuture<List<Channel>> getPublicChannelsForTeam(String teamId, int page, int perPage) {
			return executeAsync(ChannelCalls.getPublicChannelsForTeam(teamId, page, perPage));
		}

		@Override
		default CompletableFuture<List<Channel>> getChannelsForTeamForUser(String teamId, String userId,
				boolean includeDeleted) {
			return executeAsync(ChannelCalls.getChannelsForTeamForUser(teamId, userId, includeDeleted));
		}

		@Override
		default CompletableFuture<List<Channel>> searchChannels(String teamId, String term) {
			return executeAsync(ChannelCalls.searchChannels(teamId, term));
		}

		@Override
		default CompletableFuture<Channel> updateChannel(Channel channel) {
			return executeAsync(ChannelCalls.updateChannel(channel));
		}

		@Override
		default CompletableFuture<Void> deleteChannel(String channelId) {
			return executeAsync(ChannelCalls.deleteChannel(channelId));
		}

		@Override
		default CompletableFuture<ChannelStats> getChannelStats(String channelId) {
			return executeAsync(ChannelCalls.getChannelStats(channelId));
		}

		@Override
		default CompletableFuture<ChannelMember> addChannelMember(String channelId, String userId) {
			return executeAsync(ChannelCalls.addChannelMember(channelId, userId));
		}

		@Override
		default CompletableFuture<ChannelMember> addUserToChannel(String channelId, String userId, String asUserId) {
			return executeAsync(ChannelCalls.addUserToChannel(channelId, userId, asUserId));
		}

		@Override
		default CompletableFuture<ChannelMember> getChannelMember(String channelId, String userId) {
			return executeAsync(ChannelCalls.getChannelMember(channelId, userId));
		}

		@Override
		default CompletableFuture<List<ChannelMember>> getChannelMembers(String channelId, int page, int perPage) {
			return executeAsync(ChannelCalls.getChannelMembers(channelId, page, perPage));
		}

		@Override
		default CompletableFuture<List<ChannelMember>> getChannelMembersByIds(String channelId, List<String> userIds) {
			return executeAsync(ChannelCalls.getChannelMembersByIds(channelId, userIds));
		}

		@Override
		default CompletableFuture<List<ChannelMember>> getChannelMembersForUser(String teamId, String userId, int page,
				int perPage) {
			return executeAsync(ChannelCalls.getChannelMembersForUser(teamId, userId, page, perPage));
		}

		@Override
		default CompletableFuture<ChannelMember> updateChannelMemberRoles(String channelId, String userId,
				String newRoles) {
			return executeAsync(ChannelCalls.updateChannelMemberRoles(channelId, userId, newRoles));
		}

		@Override
		default CompletableFuture<ChannelMember> updateChannelMemberNotifications(String channelId, String userId,
				Map<String, String> notifications) {
			return executeAsync(ChannelCalls.updateChannelMemberNotifications(channelId, userId, notifications));
		}

		@Override
		default CompletableFuture<Void> patchChannelMembersNotifications(List<ChannelMemberIdentifier> members,
				Map<String, String> notifyProps) {
			return executeAsync(ChannelCalls.patchChannelMembersNotifications(members, notifyProps));
		}

		@Override
		default CompletableFuture<Void> deleteChannelMember(String channelId, String userId) {
			return executeAsync(ChannelCalls.deleteChannelMember(channelId, userId));
		}

	}

}

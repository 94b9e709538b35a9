package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.client.AsyncGroupOperations;
import dev.pluginkit.mattermost.client.GroupOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CreateDefaultMembershipParams;
import dev.pluginkit.mattermost.pluginapi.v1.CreateDefaultSyncableMembershipsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateDefaultSyncableMembershipsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreateGroupRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateGroupResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupConstrainedMembershipsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupConstrainedMembershipsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupSyncableRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteGroupSyncableResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupByNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupByNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupByRemoteIDRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupByRemoteIDResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupMemberUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupMemberUsersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupSyncableRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupSyncableResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupSyncablesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupSyncablesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupsBySourceRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupsBySourceResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupsForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupsForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetGroupsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Group;
import dev.pluginkit.mattermost.pluginapi.v1.GroupMember;
import dev.pluginkit.mattermost.pluginapi.v1.GroupSearchOpts;
import dev.pluginkit.mattermost.pluginapi.v1.GroupSyncable;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RestoreGroupRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RestoreGroupResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateGroupRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateGroupResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateGroupSyncableRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateGroupSyncableResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertGroupMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertGroupMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertGroupMembersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertGroupMembersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertGroupSyncableRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertGroupSyncableResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.pluginapi.v1.ViewUsersRestrictions;

/**
 * The group domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class GroupCalls {

	static UnaryCall<CreateGroupRequest, CreateGroupResponse, Group> createGroup(Group group) {
		CreateGroupRequest request = CreateGroupRequest.newBuilder()
			.setGroup(Arguments.required(group, "group"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateGroupMethod(), request, CreateGroupResponse::getError,
				CreateGroupResponse::getGroup);
	}

	static UnaryCall<GetGroupRequest, GetGroupResponse, Group> getGroup(String groupId) {
		GetGroupRequest request = GetGroupRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupMethod(), request, GetGroupResponse::getError,
				GetGroupResponse::getGroup);
	}

	static UnaryCall<GetGroupByNameRequest, GetGroupByNameResponse, Group> getGroupByName(String name) {
		GetGroupByNameRequest request = GetGroupByNameRequest.newBuilder()
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupByNameMethod(), request, GetGroupByNameResponse::getError,
				GetGroupByNameResponse::getGroup);
	}

	static UnaryCall<GetGroupByRemoteIDRequest, GetGroupByRemoteIDResponse, Group> getGroupByRemoteId(String remoteId,
			String groupSource) {
		GetGroupByRemoteIDRequest request = GetGroupByRemoteIDRequest.newBuilder()
			.setRemoteId(Arguments.required(remoteId, "remoteId"))
			.setGroupSource(Arguments.required(groupSource, "groupSource"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupByRemoteIDMethod(), request, GetGroupByRemoteIDResponse::getError,
				GetGroupByRemoteIDResponse::getGroup);
	}

	static UnaryCall<GetGroupsRequest, GetGroupsResponse, List<Group>> getGroups(int page, int perPage,
			GroupSearchOpts opts, ViewUsersRestrictions viewRestrictions) {
		GetGroupsRequest request = GetGroupsRequest.newBuilder()
			.setPage(page)
			.setPerPage(perPage)
			.setOpts(Arguments.required(opts, "opts"))
			.setViewRestrictions(Arguments.required(viewRestrictions, "viewRestrictions"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupsMethod(), request, GetGroupsResponse::getError,
				GetGroupsResponse::getGroupsList);
	}

	static UnaryCall<GetGroupsBySourceRequest, GetGroupsBySourceResponse, List<Group>> getGroupsBySource(
			String groupSource) {
		GetGroupsBySourceRequest request = GetGroupsBySourceRequest.newBuilder()
			.setGroupSource(Arguments.required(groupSource, "groupSource"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupsBySourceMethod(), request, GetGroupsBySourceResponse::getError,
				GetGroupsBySourceResponse::getGroupsList);
	}

	static UnaryCall<GetGroupsForUserRequest, GetGroupsForUserResponse, List<Group>> getGroupsForUser(String userId) {
		GetGroupsForUserRequest request = GetGroupsForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupsForUserMethod(), request, GetGroupsForUserResponse::getError,
				GetGroupsForUserResponse::getGroupsList);
	}

	static UnaryCall<UpdateGroupRequest, UpdateGroupResponse, Group> updateGroup(Group group) {
		UpdateGroupRequest request = UpdateGroupRequest.newBuilder()
			.setGroup(Arguments.required(group, "group"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateGroupMethod(), request, UpdateGroupResponse::getError,
				UpdateGroupResponse::getGroup);
	}

	static UnaryCall<DeleteGroupRequest, DeleteGroupResponse, Group> deleteGroup(String groupId) {
		DeleteGroupRequest request = DeleteGroupRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getDeleteGroupMethod(), request, DeleteGroupResponse::getError,
				DeleteGroupResponse::getGroup);
	}

	static UnaryCall<RestoreGroupRequest, RestoreGroupResponse, Group> restoreGroup(String groupId) {
		RestoreGroupRequest request = RestoreGroupRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getRestoreGroupMethod(), request, RestoreGroupResponse::getError,
				RestoreGroupResponse::getGroup);
	}

	static UnaryCall<GetGroupMemberUsersRequest, GetGroupMemberUsersResponse, List<User>> getGroupMemberUsers(
			String groupId, int page, int perPage) {
		GetGroupMemberUsersRequest request = GetGroupMemberUsersRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupMemberUsersMethod(), request,
				GetGroupMemberUsersResponse::getError, GetGroupMemberUsersResponse::getUsersList);
	}

	static UnaryCall<UpsertGroupMemberRequest, UpsertGroupMemberResponse, GroupMember> upsertGroupMember(String groupId,
			String userId) {
		UpsertGroupMemberRequest request = UpsertGroupMemberRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpsertGroupMemberMethod(), request, UpsertGroupMemberResponse::getError,
				UpsertGroupMemberResponse::getGroupMember);
	}

	static UnaryCall<UpsertGroupMembersRequest, UpsertGroupMembersResponse, List<GroupMember>> upsertGroupMembers(
			String groupId, List<String> userIds) {
		UpsertGroupMembersRequest request = UpsertGroupMembersRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.addAllUserIds(Arguments.elements(userIds, "userIds"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpsertGroupMembersMethod(), request, UpsertGroupMembersResponse::getError,
				UpsertGroupMembersResponse::getGroupMembersList);
	}

	static UnaryCall<DeleteGroupMemberRequest, DeleteGroupMemberResponse, GroupMember> deleteGroupMember(String groupId,
			String userId) {
		DeleteGroupMemberRequest request = DeleteGroupMemberRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getDeleteGroupMemberMethod(), request, DeleteGroupMemberResponse::getError,
				DeleteGroupMemberResponse::getGroupMember);
	}

	static UnaryCall<GetGroupSyncableRequest, GetGroupSyncableResponse, GroupSyncable> getGroupSyncable(String groupId,
			String syncableId, String syncableType) {
		GetGroupSyncableRequest request = GetGroupSyncableRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setSyncableId(Arguments.required(syncableId, "syncableId"))
			.setSyncableType(Arguments.required(syncableType, "syncableType"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupSyncableMethod(), request, GetGroupSyncableResponse::getError,
				GetGroupSyncableResponse::getGroupSyncable);
	}

	static UnaryCall<GetGroupSyncablesRequest, GetGroupSyncablesResponse, List<GroupSyncable>> getGroupSyncables(
			String groupId, String syncableType) {
		GetGroupSyncablesRequest request = GetGroupSyncablesRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setSyncableType(Arguments.required(syncableType, "syncableType"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetGroupSyncablesMethod(), request, GetGroupSyncablesResponse::getError,
				GetGroupSyncablesResponse::getGroupSyncablesList);
	}

	static UnaryCall<UpsertGroupSyncableRequest, UpsertGroupSyncableResponse, GroupSyncable> upsertGroupSyncable(
			GroupSyncable groupSyncable) {
		UpsertGroupSyncableRequest request = UpsertGroupSyncableRequest.newBuilder()
			.setGroupSyncable(Arguments.required(groupSyncable, "groupSyncable"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpsertGroupSyncableMethod(), request,
				UpsertGroupSyncableResponse::getError, UpsertGroupSyncableResponse::getGroupSyncable);
	}

	static UnaryCall<UpdateGroupSyncableRequest, UpdateGroupSyncableResponse, GroupSyncable> updateGroupSyncable(
			GroupSyncable groupSyncable) {
		UpdateGroupSyncableRequest request = UpdateGroupSyncableRequest.newBuilder()
			.setGroupSyncable(Arguments.required(groupSyncable, "groupSyncable"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateGroupSyncableMethod(), request,
				UpdateGroupSyncableResponse::getError, UpdateGroupSyncableResponse::getGroupSyncable);
	}

	static UnaryCall<DeleteGroupSyncableRequest, DeleteGroupSyncableResponse, GroupSyncable> deleteGroupSyncable(
			String groupId, String syncableId, String syncableType) {
		DeleteGroupSyncableRequest request = DeleteGroupSyncableRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setSyncableId(Arguments.required(syncableId, "syncableId"))
			.setSyncableType(Arguments.required(syncableType, "syncableType"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getDeleteGroupSyncableMethod(), request,
				DeleteGroupSyncableResponse::getError, DeleteGroupSyncableResponse::getGroupSyncable);
	}

	static UnaryCall<CreateDefaultSyncableMembershipsRequest, CreateDefaultSyncableMembershipsResponse, Void> createDefaultSyncableMemberships(
			CreateDefaultMembershipParams params) {
		CreateDefaultSyncableMembershipsRequest request = CreateDefaultSyncableMembershipsRequest.newBuilder()
			.setParams(Arguments.required(params, "params"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getCreateDefaultSyncableMembershipsMethod(), request,
				CreateDefaultSyncableMembershipsResponse::getError);
	}

	static final UnaryCall<DeleteGroupConstrainedMembershipsRequest, DeleteGroupConstrainedMembershipsResponse, Void> DELETE_GROUP_CONSTRAINED_MEMBERSHIPS = UnaryCall
		.returningNothing(PluginAPIGrpc.getDeleteGroupConstrainedMembershipsMethod(),
				DeleteGroupConstrainedMembershipsRequest.getDefaultInstance(),
				DeleteGroupConstrainedMembershipsResponse::getError);

	private GroupCalls() {
	}

	interface Blocking extends GroupOperations, BlockingCalls {

		@Override
		default Group createGroup(Group group) {
			return execute(GroupCalls.createGroup(group));
		}

		@Override
		default Group getGroup(String groupId) {
			return execute(GroupCalls.getGroup(groupId));
		}

		@Override
		default Group getGroupByName(String name) {
			return execute(GroupCalls.getGroupByName(name));
		}

		@Override
		default Group getGroupByRemoteId(String remoteId, String groupSource) {
			return execute(GroupCalls.getGroupByRemoteId(remoteId, groupSource));
		}

		@Override
		default List<Group> getGroups(int page, int perPage, GroupSearchOpts opts,
				ViewUsersRestrictions viewRestrictions) {
			return execute(GroupCalls.getGroups(page, perPage, opts, viewRestrictions));
		}

		@Override
		default Stream<Group> getGroupsStream(GroupSearchOpts opts, ViewUsersRestrictions viewRestrictions,
				int pageSize) {
			return Paging.stream(pageSize,
					(page) -> execute(GroupCalls.getGroups(page, pageSize, opts, viewRestrictions)));
		}

		@Override
		default List<Group> getGroupsBySource(String groupSource) {
			return execute(GroupCalls.getGroupsBySource(groupSource));
		}

		@Override
		default List<Group> getGroupsForUser(String userId) {
			return execute(GroupCalls.getGroupsForUser(userId));
		}

		@Override
		default Group updateGroup(Group group) {
			return execute(GroupCalls.updateGroup(group));
		}

		@Override
		default Group deleteGroup(String groupId) {
			return execute(GroupCalls.deleteGroup(groupId));
		}

		@Override
		default Group restoreGroup(String groupId) {
			return execute(GroupCalls.restoreGroup(groupId));
		}

		@Override
		default List<User> getGroupMemberUsers(String groupId, int page, int perPage) {
			return execute(GroupCalls.getGroupMemberUsers(groupId, page, perPage));
		}

		@Override
		default Stream<User> getGroupMemberUsersStream(String groupId, int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(GroupCalls.getGroupMemberUsers(groupId, page, pageSize)));
		}

		@Override
		default GroupMember upsertGroupMember(String groupId, String userId) {
			return execute(GroupCalls.upsertGroupMember(groupId, userId));
		}

		@Override
		default List<GroupMember> upsertGroupMembers(String groupId, List<String> userIds) {
			return execute(GroupCalls.upsertGroupMembers(groupId, userIds));
		}

		@Override
		default GroupMember deleteGroupMember(String groupId, String userId) {
			return execute(GroupCalls.deleteGroupMember(groupId, userId));
		}

		@Override
		default GroupSyncable getGroupSyncable(String groupId, String syncableId, String syncableType) {
			return execute(GroupCalls.getGroupSyncable(groupId, syncableId, syncableType));
		}

		@Override
		default List<GroupSyncable> getGroupSyncables(String groupId, String syncableType) {
			return execute(GroupCalls.getGroupSyncables(groupId, syncableType));
		}

		@Override
		default GroupSyncable upsertGroupSyncable(GroupSyncable groupSyncable) {
			return execute(GroupCalls.upsertGroupSyncable(groupSyncable));
		}

		@Override
		default GroupSyncable updateGroupSyncable(GroupSyncable groupSyncable) {
			return execute(GroupCalls.updateGroupSyncable(groupSyncable));
		}

		@Override
		default GroupSyncable deleteGroupSyncable(String groupId, String syncableId, String syncableType) {
			return execute(GroupCalls.deleteGroupSyncable(groupId, syncableId, syncableType));
		}

		@Override
		default void createDefaultSyncableMemberships(CreateDefaultMembershipParams params) {
			execute(GroupCalls.createDefaultSyncableMemberships(params));
		}

		@Override
		default void deleteGroupConstrainedMemberships() {
			execute(GroupCalls.DELETE_GROUP_CONSTRAINED_MEMBERSHIPS);
		}

	}

	interface Async extends AsyncGroupOperations, AsyncCalls {

		@Override
		default CompletableFuture<Group> createGroup(Group group) {
			return executeAsync(GroupCalls.createGroup(group));
		}

		@Override
		default CompletableFuture<Group> getGroup(String groupId) {
			return executeAsync(GroupCalls.getGroup(groupId));
		}

		@Override
		default CompletableFuture<Group> getGroupByName(String name) {
			return executeAsync(GroupCalls.getGroupByName(name));
		}

		@Override
		default CompletableFuture<Group> getGroupByRemoteId(String remoteId, String groupSource) {
			return executeAsync(GroupCalls.getGroupByRemoteId(remoteId, groupSource));
		}

		@Override
		default CompletableFuture<List<Group>> getGroups(int page, int perPage, GroupSearchOpts opts,
				ViewUsersRestrictions viewRestrictions) {
			return executeAsync(GroupCalls.getGroups(page, perPage, opts, viewRestrictions));
		}

		@Override
		default CompletableFuture<List<Group>> getGroupsBySource(String groupSource) {
			return executeAsync(GroupCalls.getGroupsBySource(groupSource));
		}

		@Override
		default CompletableFuture<List<Group>> getGroupsForUser(String userId) {
			return executeAsync(GroupCalls.getGroupsForUser(userId));
		}

		@Override
		default CompletableFuture<Group> updateGroup(Group group) {
			return executeAsync(GroupCalls.updateGroup(group));
		}

		@Override
		default CompletableFuture<Group> deleteGroup(String groupId) {
			return executeAsync(GroupCalls.deleteGroup(groupId));
		}

		@Override
		default CompletableFuture<Group> restoreGroup(String groupId) {
			return executeAsync(GroupCalls.restoreGroup(groupId));
		}

		@Override
		default CompletableFuture<List<User>> getGroupMemberUsers(String groupId, int page, int perPage) {
			return executeAsync(GroupCalls.getGroupMemberUsers(groupId, page, perPage));
		}

		@Override
		default CompletableFuture<GroupMember> upsertGroupMember(String groupId, String userId) {
			return executeAsync(GroupCalls.upsertGroupMember(groupId, userId));
		}

		@Override
		default CompletableFuture<List<GroupMember>> upsertGroupMembers(String groupId, List<String> userIds) {
			return executeAsync(GroupCalls.upsertGroupMembers(groupId, userIds));
		}

		@Override
		default CompletableFuture<GroupMember> deleteGroupMember(String groupId, String userId) {
			return executeAsync(GroupCalls.deleteGroupMember(groupId, userId));
		}

		@Override
		default CompletableFuture<GroupSyncable> getGroupSyncable(String groupId, String syncableId,
				String syncableType) {
			return executeAsync(GroupCalls.getGroupSyncable(groupId, syncableId, syncableType));
		}

		@Override
		default CompletableFuture<List<GroupSyncable>> getGroupSyncables(String groupId, String syncableType) {
			return executeAsync(GroupCalls.getGroupSyncables(groupId, syncableType));
		}

		@Override
		default CompletableFuture<GroupSyncable> upsertGroupSyncable(GroupSyncable groupSyncable) {
			return executeAsync(GroupCalls.upsertGroupSyncable(groupSyncable));
		}

		@Override
		default CompletableFuture<GroupSyncable> updateGroupSyncable(GroupSyncable groupSyncable) {
			return executeAsync(GroupCalls.updateGroupSyncable(groupSyncable));
		}

		@Override
		default CompletableFuture<GroupSyncable> deleteGroupSyncable(String groupId, String syncableId,
				String syncableType) {
			return executeAsync(GroupCalls.deleteGroupSyncable(groupId, syncableId, syncableType));
		}

		@Override
		default CompletableFuture<Void> createDefaultSyncableMemberships(CreateDefaultMembershipParams params) {
			return executeAsync(GroupCalls.createDefaultSyncableMemberships(params));
		}

		@Override
		default CompletableFuture<Void> deleteGroupConstrainedMemberships() {
			return executeAsync(GroupCalls.DELETE_GROUP_CONSTRAINED_MEMBERSHIPS);
		}

	}

}

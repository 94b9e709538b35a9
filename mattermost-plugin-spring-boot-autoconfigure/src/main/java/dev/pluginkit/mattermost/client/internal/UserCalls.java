package dev.pluginkit.mattermost.client.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.AsyncUserOperations;
import dev.pluginkit.mattermost.client.UserOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CustomStatus;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetLDAPUserAttributesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetLDAPUserAttributesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetProfileImageRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetProfileImageResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByEmailRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByEmailResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByUsernameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByUsernameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserStatusRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserStatusResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserStatusesByIdsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserStatusesByIdsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByIdsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByIdsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByUsernamesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByUsernamesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.HasPermissionToChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.HasPermissionToChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.HasPermissionToRequest;
import dev.pluginkit.mattermost.pluginapi.v1.HasPermissionToResponse;
import dev.pluginkit.mattermost.pluginapi.v1.HasPermissionToTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.HasPermissionToTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PublishUserTypingRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PublishUserTypingResponse;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveUserCustomStatusRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveUserCustomStatusResponse;
import dev.pluginkit.mattermost.pluginapi.v1.RolesGrantPermissionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RolesGrantPermissionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SearchUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchUsersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SetProfileImageRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SetProfileImageResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SetUserStatusTimedDNDRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SetUserStatusTimedDNDResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Status;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserActiveRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserActiveResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserAuthRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserAuthResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserCustomStatusRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserCustomStatusResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserRolesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserRolesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserStatusRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserStatusResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.pluginapi.v1.UserAuth;

/**
 * The user domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class UserCalls {

	static UnaryCall<CreateUserRequest, CreateUserResponse, User> createUser(User user) {
		CreateUserRequest request = CreateUserRequest.newBuilder().setUser(Arguments.required(user, "user")).build();
		return UnaryCall.of(PluginAPIGrpc.getCreateUserMethod(), request, CreateUserResponse::getError,
				CreateUserResponse::getUser);
	}

	static UnaryCall<GetUserRequest, GetUserResponse, User> getUser(String userId) {
		GetUserRequest request = GetUserRequest.newBuilder().setUserId(Arguments.required(userId, "userId")).build();
		return UnaryCall.of(PluginAPIGrpc.getGetUserMethod(), request, GetUserResponse::getError,
				GetUserResponse::getUser);
	}

	static UnaryCall<GetUserByEmailRequest, GetUserByEmailResponse, User> getUserByEmail(String email) {
		GetUserByEmailRequest request = GetUserByEmailRequest.newBuilder()
			.setEmail(Arguments.required(email, "email"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUserByEmailMethod(), request, GetUserByEmailResponse::getError,
				GetUserByEmailResponse::getUser);
	}

	static UnaryCall<GetUserByUsernameRequest, GetUserByUsernameResponse, User> getUserByUsername(String name) {
		GetUserByUsernameRequest request = GetUserByUsernameRequest.newBuilder()
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUserByUsernameMethod(), request, GetUserByUsernameResponse::getError,
				GetUserByUsernameResponse::getUser);
	}

	static UnaryCall<GetUsersRequest, GetUsersResponse, List<User>> getUsers(GetUsersRequest request) {
		Arguments.required(request, "request");
		return UnaryCall.of(PluginAPIGrpc.getGetUsersMethod(), request, GetUsersResponse::getError,
				GetUsersResponse::getUsersList);
	}

	static UnaryCall<GetUsersByIdsRequest, GetUsersByIdsResponse, List<User>> getUsersByIds(List<String> userIds) {
		GetUsersByIdsRequest request = GetUsersByIdsRequest.newBuilder()
			.addAllUserIds(Arguments.elements(userIds, "userIds"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUsersByIdsMethod(), request, GetUsersByIdsResponse::getError,
				GetUsersByIdsResponse::getUsersList);
	}

	static UnaryCall<GetUsersByUsernamesRequest, GetUsersByUsernamesResponse, List<User>> getUsersByUsernames(
			List<String> usernames) {
		GetUsersByUsernamesRequest request = GetUsersByUsernamesRequest.newBuilder()
			.addAllUsernames(Arguments.elements(usernames, "usernames"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUsersByUsernamesMethod(), request,
				GetUsersByUsernamesResponse::getError, GetUsersByUsernamesResponse::getUsersList);
	}

	static UnaryCall<GetUsersInChannelRequest, GetUsersInChannelResponse, List<User>> getUsersInChannel(
			String channelId, String sortBy, int page, int perPage) {
		GetUsersInChannelRequest request = GetUsersInChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setSortBy(Arguments.required(sortBy, "sortBy"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUsersInChannelMethod(), request, GetUsersInChannelResponse::getError,
				GetUsersInChannelResponse::getUsersList);
	}

	static UnaryCall<GetUsersInTeamRequest, GetUsersInTeamResponse, List<User>> getUsersInTeam(String teamId, int page,
			int perPage) {
		GetUsersInTeamRequest request = GetUsersInTeamRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUsersInTeamMethod(), request, GetUsersInTeamResponse::getError,
				GetUsersInTeamResponse::getUsersList);
	}

	static UnaryCall<SearchUsersRequest, SearchUsersResponse, List<User>> searchUsers(SearchUsersRequest request) {
		Arguments.required(request, "request");
		return UnaryCall.of(PluginAPIGrpc.getSearchUsersMethod(), request, SearchUsersResponse::getError,
				SearchUsersResponse::getUsersList);
	}

	static UnaryCall<UpdateUserRequest, UpdateUserResponse, User> updateUser(User user) {
		UpdateUserRequest request = UpdateUserRequest.newBuilder().setUser(Arguments.required(user, "user")).build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateUserMethod(), request, UpdateUserResponse::getError,
				UpdateUserResponse::getUser);
	}

	static UnaryCall<UpdateUserActiveRequest, UpdateUserActiveResponse, Void> updateUserActive(String userId,
			boolean active) {
		UpdateUserActiveRequest request = UpdateUserActiveRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setActive(active)
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getUpdateUserActiveMethod(), request,
				UpdateUserActiveResponse::getError);
	}

	static UnaryCall<UpdateUserAuthRequest, UpdateUserAuthResponse, UserAuth> updateUserAuth(String userId,
			UserAuth userAuth) {
		UpdateUserAuthRequest request = UpdateUserAuthRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setUserAuth(Arguments.required(userAuth, "userAuth"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateUserAuthMethod(), request, UpdateUserAuthResponse::getError,
				UpdateUserAuthResponse::getUserAuth);
	}

	static UnaryCall<UpdateUserRolesRequest, UpdateUserRolesResponse, User> updateUserRoles(String userId,
			String newRoles) {
		UpdateUserRolesRequest request = UpdateUserRolesRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setNewRoles(Arguments.required(newRoles, "newRoles"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateUserRolesMethod(), request, UpdateUserRolesResponse::getError,
				UpdateUserRolesResponse::getUser);
	}

	static UnaryCall<DeleteUserRequest, DeleteUserResponse, Void> deleteUser(String userId) {
		DeleteUserRequest request = DeleteUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteUserMethod(), request, DeleteUserResponse::getError);
	}

	static UnaryCall<GetLDAPUserAttributesRequest, GetLDAPUserAttributesResponse, Map<String, String>> getLdapUserAttributes(
			String userId, List<String> attributes) {
		GetLDAPUserAttributesRequest request = GetLDAPUserAttributesRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.addAllAttributes(Arguments.elements(attributes, "attributes"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetLDAPUserAttributesMethod(), request,
				GetLDAPUserAttributesResponse::getError, GetLDAPUserAttributesResponse::getAttributesMap);
	}

	static UnaryCall<GetProfileImageRequest, GetProfileImageResponse, byte[]> getProfileImage(String userId) {
		GetProfileImageRequest request = GetProfileImageRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetProfileImageMethod(), request, GetProfileImageResponse::getError,
				(response) -> response.getImage().toByteArray());
	}

	static UnaryCall<SetProfileImageRequest, SetProfileImageResponse, Void> setProfileImage(String userId,
			byte[] data) {
		SetProfileImageRequest request = SetProfileImageRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setData(ByteString.copyFrom(Arguments.required(data, "data")))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSetProfileImageMethod(), request,
				SetProfileImageResponse::getError);
	}

	static UnaryCall<PublishUserTypingRequest, PublishUserTypingResponse, Void> publishUserTyping(String userId,
			String channelId, String parentId) {
		PublishUserTypingRequest request = PublishUserTypingRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setParentId(Arguments.required(parentId, "parentId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getPublishUserTypingMethod(), request,
				PublishUserTypingResponse::getError);
	}

	static UnaryCall<GetUserStatusRequest, GetUserStatusResponse, Status> getUserStatus(String userId) {
		GetUserStatusRequest request = GetUserStatusRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUserStatusMethod(), request, GetUserStatusResponse::getError,
				GetUserStatusResponse::getStatus);
	}

	static UnaryCall<GetUserStatusesByIdsRequest, GetUserStatusesByIdsResponse, List<Status>> getUserStatusesByIds(
			List<String> userIds) {
		GetUserStatusesByIdsRequest request = GetUserStatusesByIdsRequest.newBuilder()
			.addAllUserIds(Arguments.elements(userIds, "userIds"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetUserStatusesByIdsMethod(), request,
				GetUserStatusesByIdsResponse::getError, GetUserStatusesByIdsResponse::getStatusesList);
	}

	static UnaryCall<UpdateUserStatusRequest, UpdateUserStatusResponse, Status> updateUserStatus(String userId,
			String status) {
		UpdateUserStatusRequest request = UpdateUserStatusRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setStatus(Arguments.required(status, "status"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateUserStatusMethod(), request, UpdateUserStatusResponse::getError,
				UpdateUserStatusResponse::getStatus);
	}

	static UnaryCall<SetUserStatusTimedDNDRequest, SetUserStatusTimedDNDResponse, Status> setUserStatusTimedDnd(
			String userId, long endTime) {
		SetUserStatusTimedDNDRequest request = SetUserStatusTimedDNDRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setEndTime(endTime)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getSetUserStatusTimedDNDMethod(), request,
				SetUserStatusTimedDNDResponse::getError, SetUserStatusTimedDNDResponse::getStatus);
	}

	static UnaryCall<UpdateUserCustomStatusRequest, UpdateUserCustomStatusResponse, Void> updateUserCustomStatus(
			String userId, CustomStatus customStatus) {
		UpdateUserCustomStatusRequest request = UpdateUserCustomStatusRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setCustomStatus(Arguments.required(customStatus, "customStatus"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getUpdateUserCustomStatusMethod(), request,
				UpdateUserCustomStatusResponse::getError);
	}

	static UnaryCall<RemoveUserCustomStatusRequest, RemoveUserCustomStatusResponse, Void> removeUserCustomStatus(
			String userId) {
		RemoveUserCustomStatusRequest request = RemoveUserCustomStatusRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRemoveUserCustomStatusMethod(), request,
				RemoveUserCustomStatusResponse::getError);
	}

	static UnaryCall<HasPermissionToRequest, HasPermissionToResponse, Boolean> hasPermissionTo(String userId,
			String permissionId) {
		HasPermissionToRequest request = HasPermissionToRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setPermissionId(Arguments.required(permissionId, "permissionId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getHasPermissionToMethod(), request, HasPermissionToResponse::getError,
				HasPermissionToResponse::getHasPermission);
	}

	static UnaryCall<HasPermissionToTeamRequest, HasPermissionToTeamResponse, Boolean> hasPermissionToTeam(
			String userId, String teamId, String permissionId) {
		HasPermissionToTeamRequest request = HasPermissionToTeamRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setPermissionId(Arguments.required(permissionId, "permissionId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getHasPermissionToTeamMethod(), request,
				HasPermissionToTeamResponse::getError, HasPermissionToTeamResponse::getHasPermission);
	}

	static UnaryCall<HasPermissionToChannelRequest, HasPermissionToChannelResponse, Boolean> hasPermissionToChannel(
			String userId, String channelId, String permissionId) {
		HasPermissionToChannelRequest request = HasPermissionToChannelRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setPermissionId(Arguments.required(permissionId, "permissionId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getHasPermissionToChannelMethod(), request,
				HasPermissionToChannelResponse::getError, HasPermissionToChannelResponse::getHasPermission);
	}

	static UnaryCall<RolesGrantPermissionRequest, RolesGrantPermissionResponse, Boolean> rolesGrantPermission(
			List<String> roleNames, String permissionId) {
		RolesGrantPermissionRequest request = RolesGrantPermissionRequest.newBuilder()
			.addAllRoleNames(Arguments.elements(roleNames, "roleNames"))
			.setPermissionId(Arguments.required(permissionId, "permissionId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getRolesGrantPermissionMethod(), request,
				RolesGrantPermissionResponse::getError, RolesGrantPermissionResponse::getHasPermission);
	}

	private UserCalls() {
	}

	interface Blocking extends UserOperations, BlockingCalls {

		@Override
		default User createUser(User user) {
			return execute(UserCalls.createUser(user));
		}

		@Override
		default User getUser(String userId) {
			return execute(UserCalls.getUser(userId));
		}

		@Override
		default User getUserByEmail(String email) {
			return execute(UserCalls.getUserByEmail(email));
		}

		@Override
		default User getUserByUsername(String name) {
			return execute(UserCalls.getUserByUsername(name));
		}

		@Override
		default List<User> getUsers(GetUsersRequest request) {
			return execute(UserCalls.getUsers(request));
		}

		@Override
		default Stream<User> getUsersStream(GetUsersRequest query, int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(
					UserCalls.getUsers(query.toBuilder().setPage(page).setPerPage(pageSize).build())));
		}

		@Override
		default List<User> getUsersByIds(List<String> userIds) {
			return execute(UserCalls.getUsersByIds(userIds));
		}

		@Override
		default List<User> getUsersByUsernames(List<String> usernames) {
			return execute(UserCalls.getUsersByUsernames(usernames));
		}

		@Override
		default List<User> getUsersInChannel(String channelId, String sortBy, int page, int perPage) {
			return execute(UserCalls.getUsersInChannel(channelId, sortBy, page, perPage));
		}

		@Override
		default Stream<User> getUsersInChannelStream(String channelId, String sortBy, int pageSize) {
			return Paging.stream(pageSize,
					(page) -> execute(UserCalls.getUsersInChannel(channelId, sortBy, page, pageSize)));
		}

		@Override
		default List<User> getUsersInTeam(String teamId, int page, int perPage) {
			return execute(UserCalls.getUsersInTeam(teamId, page, perPage));
		}

		@Override
		default Stream<User> getUsersInTeamStream(String teamId, int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(UserCalls.getUsersInTeam(teamId, page, pageSize)));
		}

		@Override
		default List<User> searchUsers(SearchUsersRequest request) {
			return execute(UserCalls.searchUsers(request));
		}

		@Override
		default User updateUser(User user) {
			return execute(UserCalls.updateUser(user));
		}

		@Override
		default void updateUserActive(String userId, boolean active) {
			execute(UserCalls.updateUserActive(userId, active));
		}

		@Override
		default UserAuth updateUserAuth(String userId, UserAuth userAuth) {
			return execute(UserCalls.updateUserAuth(userId, userAuth));
		}

		@Override
		default User updateUserRoles(String userId, String newRoles) {
			return execute(UserCalls.updateUserRoles(userId, newRoles));
		}

		@Override
		default void deleteUser(String userId) {
			execute(UserCalls.deleteUser(userId));
		}

		@Override
		default Map<String, String> getLdapUserAttributes(String userId, List<String> attributes) {
			return execute(UserCalls.getLdapUserAttributes(userId, attributes));
		}

		@Override
		default byte[] getProfileImage(String userId) {
			return execute(UserCalls.getProfileImage(userId));
		}

		@Override
		default void setProfileImage(String userId, byte[] data) {
			execute(UserCalls.setProfileImage(userId, data));
		}

		@Override
		default void publishUserTyping(String userId, String channelId, String parentId) {
			execute(UserCalls.publishUserTyping(userId, channelId, parentId));
		}

		@Override
		default Status getUserStatus(String userId) {
			return execute(UserCalls.getUserStatus(userId));
		}

		@Override
		default List<Status> getUserStatusesByIds(List<String> userIds) {
			return execute(UserCalls.getUserStatusesByIds(userIds));
		}

		@Override
		default Status updateUserStatus(String userId, String status) {
			return execute(UserCalls.updateUserStatus(userId, status));
		}

		@Override
		default Status setUserStatusTimedDnd(String userId, long endTime) {
			return execute(UserCalls.setUserStatusTimedDnd(userId, endTime));
		}

		@Override
		default Status setUserStatusTimedDnd(String userId, Instant endTime) {
			return execute(UserCalls.setUserStatusTimedDnd(userId, Arguments.epochSeconds(endTime, "endTime")));
		}

		@Override
		default void updateUserCustomStatus(String userId, CustomStatus customStatus) {
			execute(UserCalls.updateUserCustomStatus(userId, customStatus));
		}

		@Override
		default void removeUserCustomStatus(String userId) {
			execute(UserCalls.removeUserCustomStatus(userId));
		}

		@Override
		default boolean hasPermissionTo(String userId, String permissionId) {
			return execute(UserCalls.hasPermissionTo(userId, permissionId));
		}

		@Override
		default boolean hasPermissionToTeam(String userId, String teamId, String permissionId) {
			return execute(UserCalls.hasPermissionToTeam(userId, teamId, permissionId));
		}

		@Override
		default boolean hasPermissionToChannel(String userId, String channelId, String permissionId) {
			return execute(UserCalls.hasPermissionToChannel(userId, channelId, permissionId));
		}

		@Override
		default boolean rolesGrantPermission(List<String> roleNames, String permissionId) {
			return execute(UserCalls.rolesGrantPermission(roleNames, permissionId));
		}

	}

	interface Async extends AsyncUserOperations, AsyncCalls {

		@Override
		default CompletableFuture<User> createUser(User user) {
			return executeAsync(UserCalls.createUser(user));
		}

		@Override
		default CompletableFuture<User> getUser(String userId) {
			return executeAsync(UserCalls.getUser(userId));
		}

		@Override
		default CompletableFuture<User> getUserByEmail(String email) {
			return executeAsync(UserCalls.getUserByEmail(email));
		}

		@Override
		default CompletableFuture<User> getUserByUsername(String name) {
			return executeAsync(UserCalls.getUserByUsername(name));
		}

		@Override
		default CompletableFuture<List<User>> getUsers(GetUsersRequest request) {
			return executeAsync(UserCalls.getUsers(request));
		}

		@Override
		default CompletableFuture<List<User>> getUsersByIds(List<String> userIds) {
			return executeAsync(UserCalls.getUsersByIds(userIds));
		}

		@Override
		default CompletableFuture<List<User>> getUsersByUsernames(List<String> usernames) {
			return executeAsync(UserCalls.getUsersByUsernames(usernames));
		}

		@Override
		default CompletableFuture<List<User>> getUsersInChannel(String channelId, String sortBy, int page,
				int perPage) {
			return executeAsync(UserCalls.getUsersInChannel(channelId, sortBy, page, perPage));
		}

		@Override
		default CompletableFuture<List<User>> getUsersInTeam(String teamId, int page, int perPage) {
			return executeAsync(UserCalls.getUsersInTeam(teamId, page, perPage));
		}

		@Override
		default CompletableFuture<List<User>> searchUsers(SearchUsersRequest request) {
			return executeAsync(UserCalls.searchUsers(request));
		}

		@Override
		default CompletableFuture<User> updateUser(User user) {
			return executeAsync(UserCalls.updateUser(user));
		}

		@Override
		default CompletableFuture<Void> updateUserActive(String userId, boolean active) {
			return executeAsync(UserCalls.updateUserActive(userId, active));
		}

		@Override
		default CompletableFuture<UserAuth> updateUserAuth(String userId, UserAuth userAuth) {
			return executeAsync(UserCalls.updateUserAuth(userId, userAuth));
		}

		@Override
		default CompletableFuture<User> updateUserRoles(String userId, String newRoles) {
			return executeAsync(UserCalls.updateUserRoles(userId, newRoles));
		}

		@Override
		default CompletableFuture<Void> deleteUser(String userId) {
			return executeAsync(UserCalls.deleteUser(userId));
		}

		@Override
		default CompletableFuture<Map<String, String>> getLdapUserAttributes(String userId, List<String> attributes) {
			return executeAsync(UserCalls.getLdapUserAttributes(userId, attributes));
		}

		@Override
		default CompletableFuture<byte[]> getProfileImage(String userId) {
			return executeAsync(UserCalls.getProfileImage(userId));
		}

		@Override
		default CompletableFuture<Void> setProfileImage(String userId, byte[] data) {
			return executeAsync(UserCalls.setProfileImage(userId, data));
		}

		@Override
		default CompletableFuture<Void> publishUserTyping(String userId, String channelId, String parentId) {
			return executeAsync(UserCalls.publishUserTyping(userId, channelId, parentId));
		}

		@Override
		default CompletableFuture<Status> getUserStatus(String userId) {
			return executeAsync(UserCalls.getUserStatus(userId));
		}

		@Override
		default CompletableFuture<List<Status>> getUserStatusesByIds(List<String> userIds) {
			return executeAsync(UserCalls.getUserStatusesByIds(userIds));
		}

		@Override
		default CompletableFuture<Status> updateUserStatus(String userId, String status) {
			return executeAsync(UserCalls.updateUserStatus(userId, status));
		}

		@Override
		default CompletableFuture<Status> setUserStatusTimedDnd(String userId, long endTime) {
			return executeAsync(UserCalls.setUserStatusTimedDnd(userId, endTime));
		}

		@Override
		default CompletableFuture<Status> setUserStatusTimedDnd(String userId, Instant endTime) {
			return executeAsync(UserCalls.setUserStatusTimedDnd(userId, Arguments.epochSeconds(endTime, "endTime")));
		}

		@Override
		default CompletableFuture<Void> updateUserCustomStatus(String userId, CustomStatus customStatus) {
			return executeAsync(UserCalls.updateUserCustomStatus(userId, customStatus));
		}

		@Override
		default CompletableFuture<Void> removeUserCustomStatus(String userId) {
			return executeAsync(UserCalls.removeUserCustomStatus(userId));
		}

		@Override
		default CompletableFuture<Boolean> hasPermissionTo(String userId, String permissionId) {
			return executeAsync(UserCalls.hasPermissionTo(userId, permissionId));
		}

		@Override
		default CompletableFuture<Boolean> hasPermissionToTeam(String userId, String teamId, String permissionId) {
			return executeAsync(UserCalls.hasPermissionToTeam(userId, teamId, permissionId));
		}

		@Override
		default CompletableFuture<Boolean> hasPermissionToChannel(String userId, String channelId,
				String permissionId) {
			return executeAsync(UserCalls.hasPermissionToChannel(userId, channelId, permissionId));
		}

		@Override
		default CompletableFuture<Boolean> rolesGrantPermission(List<String> roleNames, String permissionId) {
			return executeAsync(UserCalls.rolesGrantPermission(roleNames, permissionId));
		}

	}

}

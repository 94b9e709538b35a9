package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.AsyncTeamOperations;
import dev.pluginkit.mattermost.client.TeamOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamMembersGracefullyRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamMembersGracefullyResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamMembersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamMembersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteTeamMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteTeamMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamByNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamByNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamIconRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamIconResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamMembersForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamMembersForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamMembersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamMembersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamStatsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamStatsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamsForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamsForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamsUnreadForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetTeamsUnreadForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveTeamIconRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveTeamIconResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SearchTeamsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchTeamsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SetTeamIconRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SetTeamIconResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMemberWithError;
import dev.pluginkit.mattermost.pluginapi.v1.TeamStats;
import dev.pluginkit.mattermost.pluginapi.v1.TeamUnread;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamMemberRolesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamMemberRolesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamResponse;

/**
 * The team domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class TeamCalls {

	static UnaryCall<CreateTeamRequest, CreateTeamResponse, Team> createTeam(Team team) {
		CreateTeamRequest request = CreateTeamRequest.newBuilder().setTeam(Arguments.required(team, "team")).build();
		return UnaryCall.of(PluginAPIGrpc.getCreateTeamMethod(), request, CreateTeamResponse::getError,
				CreateTeamResponse::getTeam);
	}

	static UnaryCall<GetTeamRequest, GetTeamResponse, Team> getTeam(String teamId) {
		GetTeamRequest request = GetTeamRequest.newBuilder().setTeamId(Arguments.required(teamId, "teamId")).build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamMethod(), request, GetTeamResponse::getError,
				GetTeamResponse::getTeam);
	}

	static UnaryCall<GetTeamByNameRequest, GetTeamByNameResponse, Team> getTeamByName(String name) {
		GetTeamByNameRequest request = GetTeamByNameRequest.newBuilder()
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamByNameMethod(), request, GetTeamByNameResponse::getError,
				GetTeamByNameResponse::getTeam);
	}

	static final UnaryCall<GetTeamsRequest, GetTeamsResponse, List<Team>> GET_TEAMS = UnaryCall.of(
			PluginAPIGrpc.getGetTeamsMethod(), GetTeamsRequest.getDefaultInstance(), GetTeamsResponse::getError,
			GetTeamsResponse::getTeamsList);

	static UnaryCall<GetTeamsForUserRequest, GetTeamsForUserResponse, List<Team>> getTeamsForUser(String userId) {
		GetTeamsForUserRequest request = GetTeamsForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamsForUserMethod(), request, GetTeamsForUserResponse::getError,
				GetTeamsForUserResponse::getTeamsList);
	}

	static UnaryCall<SearchTeamsRequest, SearchTeamsResponse, List<Team>> searchTeams(String term) {
		SearchTeamsRequest request = SearchTeamsRequest.newBuilder().setTerm(Arguments.required(term, "term")).build();
		return UnaryCall.of(PluginAPIGrpc.getSearchTeamsMethod(), request, SearchTeamsResponse::getError,
				SearchTeamsResponse::getTeamsList);
	}

	static UnaryCall<UpdateTeamRequest, UpdateTeamResponse, Team> updateTeam(Team team) {
		UpdateTeamRequest request = UpdateTeamRequest.newBuilder().setTeam(Arguments.required(team, "team")).build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateTeamMethod(), request, UpdateTeamResponse::getError,
				UpdateTeamResponse::getTeam);
	}

	static UnaryCall<DeleteTeamRequest, DeleteTeamResponse, Void> deleteTeam(String teamId) {
		DeleteTeamRequest request = DeleteTeamRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteTeamMethod(), request, DeleteTeamResponse::getError);
	}

	static UnaryCall<GetTeamStatsRequest, GetTeamStatsResponse, TeamStats> getTeamStats(String teamId) {
		GetTeamStatsRequest request = GetTeamStatsRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamStatsMethod(), request, GetTeamStatsResponse::getError,
				GetTeamStatsResponse::getTeamStats);
	}

	static UnaryCall<GetTeamsUnreadForUserRequest, GetTeamsUnreadForUserResponse, List<TeamUnread>> getTeamsUnreadForUser(
			String userId) {
		GetTeamsUnreadForUserRequest request = GetTeamsUnreadForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamsUnreadForUserMethod(), request,
				GetTeamsUnreadForUserResponse::getError, GetTeamsUnreadForUserResponse::getTeamUnreadsList);
	}

	static UnaryCall<GetTeamIconRequest, GetTeamIconResponse, byte[]> getTeamIcon(String teamId) {
		GetTeamIconRequest request = GetTeamIconRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamIconMethod(), request, GetTeamIconResponse::getError,
				(response) -> response.getIcon().toByteArray());
	}

	static UnaryCall<SetTeamIconRequest, SetTeamIconResponse, Void> setTeamIcon(String teamId, byte[] data) {
		SetTeamIconRequest request = SetTeamIconRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setData(ByteString.copyFrom(Arguments.required(data, "data")))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSetTeamIconMethod(), request, SetTeamIconResponse::getError);
	}

	static UnaryCall<RemoveTeamIconRequest, RemoveTeamIconResponse, Void> removeTeamIcon(String teamId) {
		RemoveTeamIconRequest request = RemoveTeamIconRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRemoveTeamIconMethod(), request,
				RemoveTeamIconResponse::getError);
	}

	static UnaryCall<CreateTeamMemberRequest, CreateTeamMemberResponse, TeamMember> createTeamMember(String teamId,
			String userId) {
		CreateTeamMemberRequest request = CreateTeamMemberRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateTeamMemberMethod(), request, CreateTeamMemberResponse::getError,
				CreateTeamMemberResponse::getTeamMember);
	}

	static UnaryCall<CreateTeamMembersRequest, CreateTeamMembersResponse, List<TeamMember>> createTeamMembers(
			String teamId, List<String> userIds, String requestorId) {
		CreateTeamMembersRequest request = CreateTeamMembersRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.addAllUserIds(Arguments.elements(userIds, "userIds"))
			.setRequestorId(Arguments.required(requestorId, "requestorId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateTeamMembersMethod(), request, CreateTeamMembersResponse::getError,
				CreateTeamMembersResponse::getTeamMembersList);
	}

	static UnaryCall<CreateTeamMembersGracefullyRequest, CreateTeamMembersGracefullyResponse, List<TeamMemberWithError>> createTeamMembersGracefully(
			String teamId, List<String> userIds, String requestorId) {
		CreateTeamMembersGracefullyRequest request = CreateTeamMembersGracefullyRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.addAllUserIds(Arguments.elements(userIds, "userIds"))
			.setRequestorId(Arguments.required(requestorId, "requestorId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateTeamMembersGracefullyMethod(), request,
				CreateTeamMembersGracefullyResponse::getError, CreateTeamMembersGracefullyResponse::getTeamMembersList);
	}

	static UnaryCall<GetTeamMemberRequest, GetTeamMemberResponse, TeamMember> getTeamMember(String teamId,
			String userId) {
		GetTeamMemberRequest request = GetTeamMemberRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamMemberMethod(), request, GetTeamMemberResponse::getError,
				GetTeamMemberResponse::getTeamMember);
	}

	static UnaryCall<GetTeamMembersRequest, GetTeamMembersResponse, List<TeamMember>> getTeamMembers(String teamId,
			int page, int perPage) {
		GetTeamMembersRequest request = GetTeamMembersRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamMembersMethod(), request, GetTeamMembersResponse::getError,
				GetTeamMembersResponse::getTeamMembersList);
	}

	static UnaryCall<GetTeamMembersForUserRequest, GetTeamMembersForUserResponse, List<TeamMember>> getTeamMembersForUser(
			String userId, int page, int perPage) {
		GetTeamMembersForUserRequest request = GetTeamMembersForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetTeamMembersForUserMethod(), request,
				GetTeamMembersForUserResponse::getError, GetTeamMembersForUserResponse::getTeamMembersList);
	}

	static UnaryCall<UpdateTeamMemberRolesRequest, UpdateTeamMemberRolesResponse, TeamMember> updateTeamMemberRoles(
			String teamId, String userId, String newRoles) {
		UpdateTeamMemberRolesRequest request = UpdateTeamMemberRolesRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setNewRoles(Arguments.required(newRoles, "newRoles"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateTeamMemberRolesMethod(), request,
				UpdateTeamMemberRolesResponse::getError, UpdateTeamMemberRolesResponse::getTeamMember);
	}

	static UnaryCall<DeleteTeamMemberRequest, DeleteTeamMemberResponse, Void> deleteTeamMember(String teamId,
			String userId, String requestorId) {
		DeleteTeamMemberRequest request = DeleteTeamMemberRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setRequestorId(Arguments.required(requestorId, "requestorId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteTeamMemberMethod(), request,
				DeleteTeamMemberResponse::getError);
	}

	private TeamCalls() {
	}

	interface Blocking extends TeamOperations, BlockingCalls {

		@Override
		default Team createTeam(Team team) {
			return execute(TeamCalls.createTeam(team));
		}

		@Override
		default Team getTeam(String teamId) {
			return execute(TeamCalls.getTeam(teamId));
		}

		@Override
		default Team getTeamByName(String name) {
			return execute(TeamCalls.getTeamByName(name));
		}

		@Override
		default List<Team> getTeams() {
			return execute(TeamCalls.GET_TEAMS);
		}

		@Override
		default List<Team> getTeamsForUser(String userId) {
			return execute(TeamCalls.getTeamsForUser(userId));
		}

		@Override
		default List<Team> searchTeams(String term) {
			return execute(TeamCalls.searchTeams(term));
		}

		@Override
		default Team updateTeam(Team team) {
			return execute(TeamCalls.updateTeam(team));
		}

		@Override
		default void deleteTeam(String teamId) {
			execute(TeamCalls.deleteTeam(teamId));
		}

		@Override
		default TeamStats getTeamStats(String teamId) {
			return execute(TeamCalls.getTeamStats(teamId));
		}

		@Override
		default List<TeamUnread> getTeamsUnreadForUser(String userId) {
			return execute(TeamCalls.getTeamsUnreadForUser(userId));
		}

		@Override
		default byte[] getTeamIcon(String teamId) {
			return execute(TeamCalls.getTeamIcon(teamId));
		}

		@Override
		default void setTeamIcon(String teamId, byte[] data) {
			execute(TeamCalls.setTeamIcon(teamId, data));
		}

		@Override
		default void removeTeamIcon(String teamId) {
			execute(TeamCalls.removeTeamIcon(teamId));
		}

		@Override
		default TeamMember createTeamMember(String teamId, String userId) {
			return execute(TeamCalls.createTeamMember(teamId, userId));
		}

		@Override
		default List<TeamMember> createTeamMembers(String teamId, List<String> userIds, String requestorId) {
			return execute(TeamCalls.createTeamMembers(teamId, userIds, requestorId));
		}

		@Override
		default List<TeamMemberWithError> createTeamMembersGracefully(String teamId, List<String> userIds,
				String requestorId) {
			return execute(TeamCalls.createTeamMembersGracefully(teamId, userIds, requestorId));
		}

		@Override
		default TeamMember getTeamMember(String teamId, String userId) {
			return execute(TeamCalls.getTeamMember(teamId, userId));
		}

		@Override
		default List<TeamMember> getTeamMembers(String teamId, int page, int perPage) {
			return execute(TeamCalls.getTeamMembers(teamId, page, perPage));
		}

		@Override
		default Stream<TeamMember> getTeamMembersStream(String teamId, int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(TeamCalls.getTeamMembers(teamId, page, pageSize)));
		}

		@Override
		default List<TeamMember> getTeamMembersForUser(String userId, int page, int perPage) {
			return execute(TeamCalls.getTeamMembersForUser(userId, page, perPage));
		}

		@Override
		default Stream<TeamMember> getTeamMembersForUserStream(String userId, int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(TeamCalls.getTeamMembersForUser(userId, page, pageSize)));
		}

		@Override
		default TeamMember updateTeamMemberRoles(String teamId, String userId, String newRoles) {
			return execute(TeamCalls.updateTeamMemberRoles(teamId, userId, newRoles));
		}

		@Override
		default void deleteTeamMember(String teamId, String userId, String requestorId) {
			execute(TeamCalls.deleteTeamMember(teamId, userId, requestorId));
		}

	}

	interface Async extends AsyncTeamOperations, AsyncCalls {

		@Override
		default CompletableFuture<Team> createTeam(Team team) {
			return executeAsync(TeamCalls.createTeam(team));
		}

		@Override
		default CompletableFuture<Team> getTeam(String teamId) {
			return executeAsync(TeamCalls.getTeam(teamId));
		}

		@Override
		default CompletableFuture<Team> getTeamByName(String name) {
			return executeAsync(TeamCalls.getTeamByName(name));
		}

		@Override
		default CompletableFuture<List<Team>> getTeams() {
			return executeAsync(TeamCalls.GET_TEAMS);
		}

		@Override
		default CompletableFuture<List<Team>> getTeamsForUser(String userId) {
			return executeAsync(TeamCalls.getTeamsForUser(userId));
		}

		@Override
		default CompletableFuture<List<Team>> searchTeams(String term) {
			return executeAsync(TeamCalls.searchTeams(term));
		}

		@Override
		default CompletableFuture<Team> updateTeam(Team team) {
			return executeAsync(TeamCalls.updateTeam(team));
		}

		@Override
		default CompletableFuture<Void> deleteTeam(String teamId) {
			return executeAsync(TeamCalls.deleteTeam(teamId));
		}

		@Override
		default CompletableFuture<TeamStats> getTeamStats(String teamId) {
			return executeAsync(TeamCalls.getTeamStats(teamId));
		}

		@Override
		default CompletableFuture<List<TeamUnread>> getTeamsUnreadForUser(String userId) {
			return executeAsync(TeamCalls.getTeamsUnreadForUser(userId));
		}

		@Override
		default CompletableFuture<byte[]> getTeamIcon(String teamId) {
			return executeAsync(TeamCalls.getTeamIcon(teamId));
		}

		@Override
		default CompletableFuture<Void> setTeamIcon(String teamId, byte[] data) {
			return executeAsync(TeamCalls.setTeamIcon(teamId, data));
		}

		@Override
		default CompletableFuture<Void> removeTeamIcon(String teamId) {
			return executeAsync(TeamCalls.removeTeamIcon(teamId));
		}

		@Override
		default CompletableFuture<TeamMember> createTeamMember(String teamId, String userId) {
			return executeAsync(TeamCalls.createTeamMember(teamId, userId));
		}

		@Override
		default CompletableFuture<List<TeamMember>> createTeamMembers(String teamId, List<String> userIds,
				String requestorId) {
			return executeAsync(TeamCalls.createTeamMembers(teamId, userIds, requestorId));
		}

		@Override
		default CompletableFuture<List<TeamMemberWithError>> createTeamMembersGracefully(String teamId,
				List<String> userIds, String requestorId) {
			return executeAsync(TeamCalls.createTeamMembersGracefully(teamId, userIds, requestorId));
		}

		@Override
		default CompletableFuture<TeamMember> getTeamMember(String teamId, String userId) {
			return executeAsync(TeamCalls.getTeamMember(teamId, userId));
		}

		@Override
		default CompletableFuture<List<TeamMember>> getTeamMembers(String teamId, int page, int perPage) {
			return executeAsync(TeamCalls.getTeamMembers(teamId, page, perPage));
		}

		@Override
		default CompletableFuture<List<TeamMember>> getTeamMembersForUser(String userId, int page, int perPage) {
			return executeAsync(TeamCalls.getTeamMembersForUser(userId, page, perPage));
		}

		@Override
		default CompletableFuture<TeamMember> updateTeamMemberRoles(String teamId, String userId, String newRoles) {
			return executeAsync(TeamCalls.updateTeamMemberRoles(teamId, userId, newRoles));
		}

		@Override
		default CompletableFuture<Void> deleteTeamMember(String teamId, String userId, String requestorId) {
			return executeAsync(TeamCalls.deleteTeamMember(teamId, userId, requestorId));
		}

	}

}

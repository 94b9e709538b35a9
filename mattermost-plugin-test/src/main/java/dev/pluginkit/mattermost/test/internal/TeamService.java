package dev.pluginkit.mattermost.test.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
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
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SearchTeamsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchTeamsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMemberWithError;
import dev.pluginkit.mattermost.pluginapi.v1.TeamStats;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamMemberRolesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamMemberRolesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for teams and team members. Like the server's gRPC bridge
 * ({@code pluginapi/grpc/server/handlers_team.go}), every failure is a gRPC status made
 * from the {@code AppError}; behaviour follows {@code app/team.go}, {@code app/teams} and
 * {@code store/sqlstore/team_store.go} with the default configuration.
 */
public final class TeamService implements PluginAPIGrpc.AsyncService {

	private static final String TEAM_NOT_FOUND = "app.team.get.find.app_error";

	private static final Comparator<Team> BY_DISPLAY_NAME = Comparator.comparing(Team::getDisplayName)
		.thenComparing(Team::getName);

	/** Roles the scheme manages (from {@code model.MakeDefaultRoles}; the list is not confirmed in full). */
	private static final Set<String> SCHEME_MANAGED_ROLES = Set.of("team_guest", "team_user", "team_admin",
			"channel_guest", "channel_user", "channel_admin", "system_guest", "system_user", "system_admin",
			"playbook_admin", "playbook_member", "run_admin", "run_member");

	/** Built-in roles the scheme does not manage (the list is not confirmed in full). */
	private static final Set<String> OTHER_ROLES = Set.of("team_post_all", "team_post_all_public", "system_post_all",
			"system_post_all_public", "system_user_access_token", "system_user_manager", "system_read_only_admin",
			"system_manager", "system_custom_group_admin");

	private final FakeData data;

	private final TeamMemberships memberships;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public TeamService(FakeData data) {
		this.data = data;
		this.memberships = new TeamMemberships(data);
	}

	/**
	 * Like the server, this also creates the team's default channels {@code town-square} and
	 * {@code off-topic}.
	 */
	@Override
	public void createTeam(CreateTeamRequest request, StreamObserver<CreateTeamResponse> responseObserver) {
		if (!request.hasTeam()) {
			// The server dereferences the missing team and fails; no AppError to mirror
			responseObserver.onError(Status.INTERNAL.withDescription("team is required").asRuntimeException());
			return;
		}
		synchronized (this.data.lock()) {
			Team given = request.getTeam();
			if (!given.getId().isEmpty()) {
				responseObserver.onError(teamExists());
				return;
			}
			long now = this.data.now();
			Team team = TeamRules
				.syncTypeAndOpenInvite(given.toBuilder().setId(Ids.newId()).setCreateAt(now).setUpdateAt(now)
					.setInviteId(Ids.newId()))
				.build();
			StatusRuntimeException invalid = TeamRules.validate(team);
			if (invalid != null) {
				responseObserver.onError(invalid);
				return;
			}
			if (this.data.teams.values().stream().anyMatch((other) -> other.getName().equals(team.getName()))) {
				responseObserver.onError(teamExists());
				return;
			}
			this.data.teams.put(team.getId(), team);
			TeamMemberships.DEFAULT_CHANNELS.forEach((name, displayName) -> {
				String id = Ids.newId();
				this.data.channels.put(id, Channel.newBuilder().setId(id).setCreateAt(now).setUpdateAt(now)
					.setTeamId(team.getId()).setType(ChannelType.CHANNEL_TYPE_OPEN).setName(name)
					.setDisplayName(displayName).build());
			});
			reply(responseObserver, CreateTeamResponse.newBuilder().setTeam(team).build());
		}
	}

	@Override
	public void getTeam(GetTeamRequest request, StreamObserver<GetTeamResponse> responseObserver) {
		Team team = this.data.teams.get(request.getTeamId());
		if (team == null) {
			responseObserver.onError(teamNotFound());
			return;
		}
		reply(responseObserver, GetTeamResponse.newBuilder().setTeam(team).build());
	}

	@Override
	public void getTeamByName(GetTeamByNameRequest request, StreamObserver<GetTeamByNameResponse> responseObserver) {
		List<Team> teams = sortedTeams((team) -> team.getName().equals(request.getName()));
		if (teams.isEmpty()) {
			responseObserver.onError(ServerErrors.status(404, "app.team.get_by_name.missing.app_error",
					"Unable to find the existing team."));
			return;
		}
		reply(responseObserver, GetTeamByNameResponse.newBuilder().setTeam(teams.get(0)).build());
	}

	/** All teams, archived ones included, by display name. */
	@Override
	public void getTeams(GetTeamsRequest request, StreamObserver<GetTeamsResponse> responseObserver) {
		reply(responseObserver, GetTeamsResponse.newBuilder().addAllTeams(sortedTeams((team) -> true)).build());
	}

	/** The teams the user is an active member of, leaving out archived teams. */
	@Override
	public void getTeamsForUser(GetTeamsForUserRequest request,
			StreamObserver<GetTeamsForUserResponse> responseObserver) {
		String userId = request.getUserId();
		List<Team> teams = sortedTeams((team) -> {
			TeamMember member = this.data.teamMembers.getOrDefault(team.getId(), Map.of()).get(userId);
			return team.getDeleteAt() == 0 && member != null && member.getDeleteAt() == 0;
		});
		reply(responseObserver, GetTeamsForUserResponse.newBuilder().addAllTeams(teams).build());
	}

	/** Teams whose name or display name contains the term, ignoring case, archived ones included. */
	@Override
	public void searchTeams(SearchTeamsRequest request, StreamObserver<SearchTeamsResponse> responseObserver) {
		String term = request.getTerm().toLowerCase(Locale.ROOT);
		List<Team> teams = sortedTeams((team) -> team.getName().toLowerCase(Locale.ROOT).contains(term)
				|| team.getDisplayName().toLowerCase(Locale.ROOT).contains(term));
		reply(responseObserver, SearchTeamsResponse.newBuilder().addAllTeams(teams).build());
	}

	/**
	 * Only the fields {@code UpdateTeam} copies in its sanitized mode change: display name,
	 * description, open invites, company name, allowed domains, icon time and group
	 * constraint. The name, type and email stay.
	 */
	@Override
	public void updateTeam(UpdateTeamRequest request, StreamObserver<UpdateTeamResponse> responseObserver) {
		if (!request.hasTeam()) {
			// The server dereferences the missing team and fails; no AppError to mirror
			responseObserver.onError(Status.INTERNAL.withDescription("team is required").asRuntimeException());
			return;
		}
		Team given = request.getTeam();
		synchronized (this.data.lock()) {
			Team old = this.data.teams.get(given.getId());
			if (old == null) {
				responseObserver.onError(teamNotFound());
				return;
			}
			Team.Builder team = old.toBuilder()
				.setDisplayName(given.getDisplayName())
				.setDescription(given.getDescription())
				.setAllowOpenInvite(given.getAllowOpenInvite())
				.setCompanyName(given.getCompanyName())
				.setAllowedDomains(given.getAllowedDomains())
				.setLastTeamIconUpdate(given.getLastTeamIconUpdate());
			if (given.hasGroupConstrained()) {
				team.setGroupConstrained(given.getGroupConstrained());
			}
			else {
				team.clearGroupConstrained();
			}
			StatusRuntimeException failure = store(team);
			if (failure != null) {
				responseObserver.onError(failure);
				return;
			}
			reply(responseObserver, UpdateTeamResponse.newBuilder().setTeam(this.data.teams.get(old.getId())).build());
		}
	}

	/** A soft delete: the team gets a {@code delete_at} and stays readable. */
	@Override
	public void deleteTeam(DeleteTeamRequest request, StreamObserver<DeleteTeamResponse> responseObserver) {
		synchronized (this.data.lock()) {
			Team old = this.data.teams.get(request.getTeamId());
			if (old == null) {
				responseObserver.onError(teamNotFound());
				return;
			}
			StatusRuntimeException failure = store(old.toBuilder().setDeleteAt(this.data.now()));
			if (failure != null) {
				responseObserver.onError(failure);
				return;
			}
			reply(responseObserver, DeleteTeamResponse.getDefaultInstance());
		}
	}

	/**
	 * Counts the active members whose account exists, and of those the ones not
	 * deactivated. The server does not check that the team exists.
	 */
	@Override
	public void getTeamStats(GetTeamStatsRequest request, StreamObserver<GetTeamStatsResponse> responseObserver) {
		List<User> members = this.data.teamMembers.getOrDefault(request.getTeamId(), Map.of())
			.values()
			.stream()
			.filter((member) -> member.getDeleteAt() == 0)
			.map((member) -> this.data.users.get(member.getUserId()))
			.filter((user) -> user != null)
			.toList();
		reply(responseObserver, GetTeamStatsResponse.newBuilder()
			.setTeamStats(TeamStats.newBuilder()
				.setTeamId(request.getTeamId())
				.setTotalMemberCount(members.size())
				.setActiveMemberCount(members.stream().filter((user) -> user.getDeleteAt() == 0).count()))
			.build());
	}

	@Override
	public void createTeamMember(CreateTeamMemberRequest request,
			StreamObserver<CreateTeamMemberResponse> responseObserver) {
		synchronized (this.data.lock()) {
			TeamMemberships.Joined joined = this.memberships.join(request.getTeamId(), request.getUserId());
			if (joined.failure() != null) {
				responseObserver.onError(joined.failure().status());
				return;
			}
			reply(responseObserver, CreateTeamMemberResponse.newBuilder().setTeamMember(joined.member()).build());
		}
	}

	/**
	 * Adds the users one after the other and stops at the first failure, which it reports;
	 * the users added before it stay members, as on the server.
	 */
	@Override
	public void createTeamMembers(CreateTeamMembersRequest request,
			StreamObserver<CreateTeamMembersResponse> responseObserver) {
		synchronized (this.data.lock()) {
			List<TeamMember> members = new ArrayList<>();
			for (String userId : request.getUserIdsList()) {
				TeamMemberships.Joined joined = this.memberships.join(request.getTeamId(), userId);
				if (joined.failure() != null) {
					responseObserver.onError(joined.failure().status());
					return;
				}
				members.add(joined.member());
			}
			reply(responseObserver, CreateTeamMembersResponse.newBuilder().addAllTeamMembers(members).build());
		}
	}

	/** Adds every user it can and reports each failure as an {@code AppError} next to the user. */
	@Override
	public void createTeamMembersGracefully(CreateTeamMembersGracefullyRequest request,
			StreamObserver<CreateTeamMembersGracefullyResponse> responseObserver) {
		synchronized (this.data.lock()) {
			CreateTeamMembersGracefullyResponse.Builder response = CreateTeamMembersGracefullyResponse.newBuilder();
			for (String userId : request.getUserIdsList()) {
				TeamMemberships.Joined joined = this.memberships.join(request.getTeamId(), userId);
				TeamMemberWithError.Builder outcome = TeamMemberWithError.newBuilder().setUserId(userId);
				if (joined.failure() != null) {
					outcome.setError(joined.failure().appError());
				}
				else {
					outcome.setMember(joined.member());
				}
				response.addTeamMembers(outcome);
			}
			reply(responseObserver, response.build());
		}
	}

	/** Finds deleted members too, as the store does. */
	@Override
	public void getTeamMember(GetTeamMemberRequest request, StreamObserver<GetTeamMemberResponse> responseObserver) {
		TeamMember member = this.data.teamMembers.getOrDefault(request.getTeamId(), Map.of()).get(request.getUserId());
		if (member == null) {
			responseObserver.onError(memberMissing());
			return;
		}
		reply(responseObserver, GetTeamMemberResponse.newBuilder().setTeamMember(member).build());
	}

	/** The active members, by user id. */
	@Override
	public void getTeamMembers(GetTeamMembersRequest request, StreamObserver<GetTeamMembersResponse> responseObserver) {
		List<TeamMember> members = this.data.teamMembers.getOrDefault(request.getTeamId(), Map.of())
			.values()
			.stream()
			.filter((member) -> member.getDeleteAt() == 0)
			.sorted(Comparator.comparing(TeamMember::getUserId))
			.toList();
		reply(responseObserver, GetTeamMembersResponse.newBuilder()
			.addAllTeamMembers(UserRules.page(members, request.getPage(), request.getPerPage()))
			.build());
	}

	/** All of the user's memberships, deleted ones included, by team id. */
	@Override
	public void getTeamMembersForUser(GetTeamMembersForUserRequest request,
			StreamObserver<GetTeamMembersForUserResponse> responseObserver) {
		List<TeamMember> members = this.data.teamMembers.values()
			.stream()
			.map((byUser) -> byUser.get(request.getUserId()))
			.filter((member) -> member != null)
			.sorted(Comparator.comparing(TeamMember::getTeamId))
			.toList();
		reply(responseObserver, GetTeamMembersForUserResponse.newBuilder()
			.addAllTeamMembers(UserRules.page(members, request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void updateTeamMemberRoles(UpdateTeamMemberRolesRequest request,
			StreamObserver<UpdateTeamMemberRolesResponse> responseObserver) {
		synchronized (this.data.lock()) {
			TeamMember member = this.data.teamMembers.getOrDefault(request.getTeamId(), Map.of())
				.get(request.getUserId());
			if (member == null) {
				responseObserver.onError(memberMissing());
				return;
			}
			if (!this.data.teams.containsKey(request.getTeamId())) {
				responseObserver.onError(teamNotFound());
				return;
			}
			List<String> explicit = new ArrayList<>();
			TeamMember.Builder updated = member.toBuilder().setSchemeGuest(false).setSchemeUser(false)
				.setSchemeAdmin(false);
			for (String role : request.getNewRoles().trim().split("\\s+")) {
				if (role.isEmpty()) {
					continue;
				}
				if (!SCHEME_MANAGED_ROLES.contains(role) && !OTHER_ROLES.contains(role)) {
					// GetRoleByName's 404, turned into a 400 by UpdateTeamMemberRoles
					responseObserver.onError(ServerErrors.status(400, "app.role.get_by_name.app_error",
							"Unable to get role."));
					return;
				}
				switch (role) {
					case TeamRules.TEAM_ADMIN -> updated.setSchemeAdmin(true);
					case TeamRules.TEAM_USER -> updated.setSchemeUser(true);
					case TeamRules.TEAM_GUEST -> updated.setSchemeGuest(true);
					default -> {
						if (SCHEME_MANAGED_ROLES.contains(role)) {
							responseObserver.onError(ServerErrors.status(400,
									"api.channel.update_team_member_roles.scheme_role.app_error",
									"The provided role is managed by a Scheme and therefore cannot be applied "
											+ "directly to a Team Member."));
							return;
						}
						explicit.add(role);
					}
				}
			}
			if (updated.getSchemeGuest() && updated.getSchemeUser()) {
				responseObserver.onError(ServerErrors.status(400,
						"api.team.update_team_member_roles.guest_and_user.app_error",
						"Invalid team member update: A user must be a guest or a user but not both."));
				return;
			}
			if (updated.getSchemeGuest() != member.getSchemeGuest()) {
				responseObserver.onError(ServerErrors.status(400,
						"api.channel.update_team_member_roles.changing_guest_role.app_error",
						"Invalid team member update: You can't add or remove the guest role manually."));
				return;
			}
			TeamMember saved = TeamRules.withSchemeRoles(updated.setRoles(String.join(" ", explicit)));
			this.data.teamMembers.get(request.getTeamId()).put(request.getUserId(), saved);
			reply(responseObserver, UpdateTeamMemberRolesResponse.newBuilder().setTeamMember(saved).build());
		}
	}

	/**
	 * {@code RemoveUserFromTeam}: the membership is soft-deleted (its explicit roles
	 * cleared) and the user leaves the team's channels.
	 */
	@Override
	public void deleteTeamMember(DeleteTeamMemberRequest request,
			StreamObserver<DeleteTeamMemberResponse> responseObserver) {
		synchronized (this.data.lock()) {
			String teamId = request.getTeamId();
			String userId = request.getUserId();
			if (!this.data.teams.containsKey(teamId)) {
				// Sic: the server reports a missing team here with the invite id's error id
				responseObserver.onError(ServerErrors.status(404, "app.team.get_by_invite_id.finding.app_error",
						"Unable to find the existing team."));
				return;
			}
			User user = this.data.users.get(userId);
			if (user == null) {
				responseObserver.onError(UserService.missingAccount());
				return;
			}
			TeamMember member = this.data.teamMembers.getOrDefault(teamId, Map.of()).get(userId);
			if (member == null) {
				responseObserver.onError(ServerErrors.status(400, "api.team.remove_user_from_team.missing.app_error",
						"The user does not appear to be part of this team."));
				return;
			}
			long now = this.data.now();
			for (Channel channel : this.data.channels.values()) {
				if (channel.getTeamId().equals(teamId)) {
					Map<String, ChannelMember> members = this.data.channelMembers.get(channel.getId());
					if (members != null) {
						members.remove(userId);
					}
				}
			}
			this.data.teamMembers.get(teamId)
				.put(userId, TeamRules.withSchemeRoles(member.toBuilder().setRoles("").setDeleteAt(now)));
			this.data.users.put(userId, user.toBuilder().setUpdateAt(now).build());
			reply(responseObserver, DeleteTeamMemberResponse.getDefaultInstance());
		}
	}

	/** {@code SqlTeamStore.Update}: pre-update, validation, then the write. */
	private StatusRuntimeException store(Team.Builder team) {
		Team updated = TeamRules.syncTypeAndOpenInvite(team.setUpdateAt(this.data.now())).build();
		StatusRuntimeException invalid = TeamRules.validate(updated);
		if (invalid != null) {
			return invalid;
		}
		this.data.teams.put(updated.getId(), updated);
		return null;
	}

	private List<Team> sortedTeams(Predicate<Team> filter) {
		return this.data.teams.values().stream().filter(filter).sorted(BY_DISPLAY_NAME).toList();
	}

	private static StatusRuntimeException teamNotFound() {
		return ServerErrors.status(404, TEAM_NOT_FOUND, "Unable to find the existing team.");
	}

	private static StatusRuntimeException teamExists() {
		return ServerErrors.status(400, "app.team.save.existing.app_error", "A team with that name already exists.");
	}

	private static StatusRuntimeException memberMissing() {
		return ServerErrors.status(404, "app.team.get_member.missing.app_error",
				"No team member found for that user ID and team ID.");
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

}

package dev.pluginkit.mattermost.test.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.StatusRuntimeException;

/**
 * Adding users to teams as the server's {@code App.AddUserToTeam} and
 * {@code TeamService.JoinUserToTeam} do, for the team part's RPCs. Callers hold the data's
 * lock.
 */
final class TeamMemberships {

	/** The team's default channels, as {@code TeamService.DefaultChannelNames}, with their display names. */
	static final Map<String, String> DEFAULT_CHANNELS = Map.of("town-square", "Town Square", "off-topic",
			"Off-Topic");

	private final FakeData data;

	TeamMemberships(FakeData data) {
		this.data = data;
	}

	/**
	 * {@code AddUserToTeam} and {@code JoinUserToTeam}: an active member is returned as it
	 * is; a deleted one comes back; a new one is saved unless the team is full. The user
	 * then joins the team's default channels, when they exist.
	 */
	Joined join(String teamId, String userId) {
		Team team = this.data.teams.get(teamId);
		if (team == null) {
			return Joined.failed(new Failure(404, "app.team.get.find.app_error", "Unable to find the existing team.",
					"AddUserToTeam"));
		}
		User user = this.data.users.get(userId);
		if (user == null) {
			return Joined.failed(new Failure(404, UserService.MISSING_ACCOUNT,
					"Unable to find an existing account matching your user id.", "AddUserToTeam"));
		}
		if (!TeamRules.isEmailAllowed(user, team)) {
			return Joined.failed(new Failure(400, "api.team.join_user_to_team.allowed_domains.app_error",
					"Email must be from a specific domain.", "JoinUserToTeam"));
		}
		Map<String, TeamMember> members = this.data.teamMembers.computeIfAbsent(teamId,
				(id) -> new ConcurrentHashMap<>());
		TeamMember existing = members.get(userId);
		if (existing != null && existing.getDeleteAt() == 0) {
			return new Joined(existing, null);
		}
		long activeMembers = members.values().stream()
			.filter((member) -> member.getDeleteAt() == 0)
			.map((member) -> this.data.users.get(member.getUserId()))
			.filter((member) -> member != null && member.getDeleteAt() == 0)
			.count();
		if (existing != null && activeMembers >= TeamRules.MAX_USERS_PER_TEAM) {
			return Joined.failed(new Failure(400, "app.team.join_user_to_team.max_accounts.app_error",
					"This team has reached the maximum number of allowed accounts.", "JoinUserToTeam"));
		}
		if (existing == null && activeMembers + 1 > TeamRules.MAX_USERS_PER_TEAM) {
			return Joined.failed(new Failure(400, "app.team.join_user_to_team.save_member.max_accounts.app_error",
					"This team has reached the maximum number of allowed accounts.", "JoinUserToTeam"));
		}
		long now = this.data.now();
		boolean guest = TeamRules.isGuest(user);
		boolean admin = !team.getEmail().isEmpty() && team.getEmail().equals(user.getEmail());
		TeamMember member = TeamRules.withSchemeRoles(TeamMember.newBuilder()
			.setTeamId(teamId)
			.setUserId(userId)
			.setSchemeGuest(guest)
			.setSchemeUser(!guest)
			.setSchemeAdmin(admin)
			.setCreateAt(now));
		members.put(userId, member);
		this.data.users.put(userId, user.toBuilder().setUpdateAt(now).build());
		if (!guest) {
			joinDefaultChannels(teamId, userId, admin, now);
		}
		return new Joined(member, null);
	}

	/**
	 * Adds the user to the team's {@code town-square} and {@code off-topic} channels. The
	 * channel member's notification settings are the channel defaults as far as known.
	 */
	private void joinDefaultChannels(String teamId, String userId, boolean admin, long now) {
		for (Channel channel : List.copyOf(this.data.channels.values())) {
			if (channel.getTeamId().equals(teamId) && channel.getDeleteAt() == 0
					&& DEFAULT_CHANNELS.containsKey(channel.getName())) {
				this.data.channelMembers.computeIfAbsent(channel.getId(), (id) -> new ConcurrentHashMap<>())
					.putIfAbsent(userId, ChannelMember.newBuilder()
						.setChannelId(channel.getId())
						.setUserId(userId)
						.setRoles(admin ? "channel_user channel_admin" : "channel_user")
						.setSchemeUser(true)
						.setSchemeAdmin(admin)
						.putNotifyProps("desktop", "default")
						.putNotifyProps("email", "default")
						.putNotifyProps("push", "default")
						.putNotifyProps("mark_unread", "all")
						.putNotifyProps("ignore_channel_mentions", "default")
						.setLastUpdateAt(now)
						.build());
			}
		}
	}

	/** A failure of one step, reportable as a status or as an embedded {@code AppError}. */
	record Failure(int httpStatus, String id, String message, String where) {

		StatusRuntimeException status() {
			return ServerErrors.status(this.httpStatus, this.id, this.message);
		}

		AppError appError() {
			return ServerErrors.appError(this.httpStatus, this.id, this.message, this.where);
		}

	}

	/** The outcome of adding one user to a team. */
	record Joined(TeamMember member, Failure failure) {

		static Joined failed(Failure failure) {
			return new Joined(null, failure);
		}

	}

}

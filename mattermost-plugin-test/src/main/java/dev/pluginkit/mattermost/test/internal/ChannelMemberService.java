package dev.pluginkit.mattermost.test.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.pluginkit.mattermost.pluginapi.v1.AddChannelMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddChannelMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.AddUserToChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddUserToChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersByIdsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersByIdsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelMembersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberNotificationsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberNotificationsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberRolesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberRolesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.internal.ChannelService.Failure;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for channel members: adding, reading, updating and removing
 * them. It answers failures as the server's channel handlers do, and shares the channels
 * and their member maps with {@link ChannelService}.
 *
 * <p>Error ids, HTTP statuses and checks follow the Mattermost server's
 * {@code app/channel.go} and {@code store/sqlstore/channel_store.go}. Adding a member
 * requires a user this server knows (404 {@code app.user.missing_account.const} otherwise,
 * before team membership); removing one only fails ids that cannot be a user's. Team
 * membership is checked only for teams this server knows.
 */
public final class ChannelMemberService implements PluginAPIGrpc.AsyncService {

	private static final Set<String> SCHEME_ROLES = Set.of("system_user", "system_admin", "system_guest", "team_user",
			"team_admin", "team_guest", "channel_user", "channel_admin", "channel_guest", "system_post_all",
			"system_post_all_public", "system_user_access_token");

	private static final Set<String> NOTIFY_PROPS = Set.of("mark_unread", "desktop", "desktop_sound",
			"desktop_notification_sound", "desktop_threads", "email", "push", "push_threads", "ignore_channel_mentions",
			"channel_auto_follow_threads");

	private final FakeData data;

	private final ChannelService channels;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public ChannelMemberService(FakeData data) {
		this.data = data;
		this.channels = new ChannelService(data);
	}

	// ---------------------------------------------------------------- operations

	/**
	 * Adds a user to a channel as app.AddChannelMember does, posting the join (or
	 * "added by") system message; an existing member is returned unchanged.
	 * @param channelId the channel id
	 * @param userId the user to add
	 * @param asUserId the user shown as having added the member, or empty
	 * @return the member
	 * @throws Failure when the server would refuse it
	 */
	public ChannelMember join(String channelId, String userId, String asUserId) {
		synchronized (this.data.lock()) {
			Channel channel = this.channels.channel(channelId);
			ChannelMember existing = this.channels.members(channelId).get(userId);
			if (existing != null) {
				return existing;
			}
			User user = knownUser(userId);
			if (user.getDeleteAt() > 0) {
				throw new Failure(403, "app.channel.add_member.deleted_user.app_error",
						"The user is deactivated and cannot be added to the channel.");
			}
			if (!asUserId.isEmpty()) {
				knownUser(asUserId);
			}
			checkTeamMember(channel, userId);
			if (channel.getType() != ChannelType.CHANNEL_TYPE_OPEN
					&& channel.getType() != ChannelType.CHANNEL_TYPE_PRIVATE) {
				throw new Failure(400, "api.channel.add_user_to_channel.type.app_error",
						"Can not add user to this channel type.");
			}
			ChannelMember member = this.channels.putMember(channelId, userId, false);
			if (asUserId.isEmpty() || asUserId.equals(userId)) {
				PostService.systemPost(this.data, channel, userId, "system_join_channel",
						username(userId) + " joined the channel.", Map.of("username", username(userId)));
			}
			else {
				PostService.systemPost(this.data, channel, asUserId, "system_add_to_channel",
						username(userId) + " added to the channel by " + username(asUserId) + ".",
						Map.of("userId", asUserId, "username", username(asUserId), "addedUserId", userId,
								"addedUsername", username(userId)));
			}
			return member;
		}
	}

	private void checkTeamMember(Channel channel, String userId) {
		// The server checks the team membership of every user it adds (app.AddUserToChannel);
		// a team-less channel never passes. Teams this server does not know are not checked.
		if (!channel.getTeamId().isEmpty() && !this.data.teams.containsKey(channel.getTeamId())) {
			return;
		}
		TeamMember teamMember = this.data.teamMembers.getOrDefault(channel.getTeamId(), Map.of()).get(userId);
		if (teamMember == null) {
			throw new Failure(404, "app.team.get_member.missing.app_error", "No team member found for that user ID and team ID.");
		}
		if (teamMember.getDeleteAt() > 0) {
			throw new Failure(400, "api.channel.add_user.to.channel.failed.deleted.app_error",
					"Failed to add user to channel because they have been removed from the team.");
		}
	}

	/**
	 * Returns a member as app.GetChannelMember does.
	 * @param channelId the channel id
	 * @param userId the user id
	 * @return the member
	 * @throws Failure {@code app.channel.get_member.missing.app_error} (404) when missing
	 */
	public ChannelMember member(String channelId, String userId) {
		ChannelMember member = this.data.channelMembers.getOrDefault(channelId, Map.of()).get(userId);
		if (member == null) {
			throw new Failure(404, "app.channel.get_member.missing.app_error", "No channel member found for that user ID and channel ID.");
		}
		return member;
	}

	private ChannelMember updateRoles(String channelId, String userId, String newRoles) {
		synchronized (this.data.lock()) {
			ChannelMember member = member(channelId, userId);
			this.channels.channel(channelId);
			boolean guest = false;
			boolean user = false;
			boolean admin = false;
			List<String> explicit = new ArrayList<>();
			for (String role : newRoles.trim().split("\\s+")) {
				switch (role) {
					case "" -> {
					}
					case "channel_admin" -> admin = true;
					case "channel_user" -> user = true;
					case "channel_guest" -> guest = true;
					default -> {
						if (SCHEME_ROLES.contains(role)) {
							throw new Failure(400, "api.channel.update_channel_member_roles.scheme_role.app_error",
									"The provided role is managed by a Scheme and therefore cannot be applied directly to a Channel Member.");
						}
						// Unconfirmed: the server answers the role store's error for an
						// unknown role, with its HTTP status set to 400.
						if (!role.matches("[a-z0-9_]+")) {
							throw new Failure(400, "app.role.get_by_name.app_error", "Unable to get role.");
						}
						explicit.add(role);
					}
				}
			}
			if (user && guest) {
				throw new Failure(400, "api.channel.update_channel_member_roles.guest_and_user.app_error",
						"Invalid channel member update: A user must be a guest or a user but not both.");
			}
			if (member.getSchemeGuest() != guest) {
				throw new Failure(400, "api.channel.update_channel_member_roles.changing_guest_role.app_error",
						"Invalid channel member update: You can't add or remove the guest role manually.");
			}
			if (!user && !guest) {
				throw new Failure(400, "api.channel.update_channel_member_roles.unset_user_scheme.app_error",
						"Invalid channel member update: A member must have either the user or guest role.");
			}
			ChannelMember updated = member.toBuilder()
				.setSchemeGuest(guest)
				.setSchemeUser(user)
				.setSchemeAdmin(admin)
				.setRoles(ChannelRules.roles(String.join(" ", explicit), guest, user, admin))
				.setLastUpdateAt(this.data.now())
				.build();
			this.channels.members(channelId).put(userId, updated);
			return updated;
		}
	}

	private ChannelMember notifications(String channelId, String userId, Map<String, String> requested) {
		synchronized (this.data.lock()) {
			// As app.UpdateChannelMemberNotifyProps: only the known settings change, and the
			// store refuses changes whose JSON is over 800 characters.
			Map<String, String> changes = new TreeMap<>(requested);
			changes.keySet().retainAll(NOTIFY_PROPS);
			int json = 2 + changes.entrySet().stream().mapToInt((entry) -> entry.getKey().length() + entry.getValue().length() + 6).sum();
			if (json > 800) {
				throw new Failure(400, "app.channel.update_member.notify_props_limit_exceeded.app_error",
						"Unable to update channel member, notify props size limit exceeded.");
			}
			ChannelMember member = member(channelId, userId);
			Map<String, String> props = new TreeMap<>(member.getNotifyPropsMap());
			props.putAll(changes);
			ChannelMember updated = member.toBuilder()
				.clearNotifyProps()
				.putAllNotifyProps(props)
				.setLastUpdateAt(this.data.now())
				.build();
			this.channels.members(channelId).put(userId, updated);
			return updated;
		}
	}

	private void leave(String channelId, String userId) {
		synchronized (this.data.lock()) {
			Channel channel = this.channels.channel(channelId);
			// app.LeaveChannel loads the user too, but how it answers an unknown one was not
			// confirmed: only ids that cannot be a user's fail here, as before.
			if (!Ids.isValid(userId)) {
				throw new Failure(404, "app.user.missing_account.const", "Unable to find the user.");
			}
			User user = this.data.users.get(userId);
			if (channel.getType() == ChannelType.CHANNEL_TYPE_DIRECT || channel.getType() == ChannelType.CHANNEL_TYPE_GROUP) {
				throw new Failure(400, "api.channel.leave.direct.app_error", "You cannot leave a direct message channel.");
			}
			boolean guest = user != null && List.of(user.getRoles().split(" ")).contains("system_guest");
			if (channel.getName().equals(ChannelService.TOWN_SQUARE) && !guest) {
				throw new Failure(400, "api.channel.remove.default.app_error",
						"Unable to remove user from the default channel " + ChannelService.TOWN_SQUARE + ".");
			}
			member(channelId, userId);
			this.channels.members(channelId).remove(userId);
			PostService.systemPost(this.data, channel, userId, "system_leave_channel",
					"@" + username(userId) + " left the channel.", Map.of("username", username(userId)));
		}
	}

	private String username(String userId) {
		return ChannelRules.username(this.data, userId);
	}

	private User knownUser(String userId) {
		// app.AddChannelMember calls app.GetUser for the user and the requestor, before
		// app.AddUserToChannel checks the team membership.
		User user = this.data.users.get(userId);
		if (user == null) {
			throw new Failure(404, "app.user.missing_account.const", "Unable to find the user.");
		}
		return user;
	}

	// ---------------------------------------------------------------- RPCs

	@Override
	public void addChannelMember(AddChannelMemberRequest request, StreamObserver<AddChannelMemberResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> AddChannelMemberResponse.newBuilder()
			.setChannelMember(join(request.getChannelId(), request.getUserId(), ""))
			.build());
	}

	@Override
	public void addUserToChannel(AddUserToChannelRequest request, StreamObserver<AddUserToChannelResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> AddUserToChannelResponse.newBuilder()
			.setChannelMember(join(request.getChannelId(), request.getUserId(), request.getAsUserId()))
			.build());
	}

	@Override
	public void getChannelMember(GetChannelMemberRequest request, StreamObserver<GetChannelMemberResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> GetChannelMemberResponse.newBuilder()
			.setChannelMember(member(request.getChannelId(), request.getUserId()))
			.build());
	}

	@Override
	public void getChannelMembers(GetChannelMembersRequest request, StreamObserver<GetChannelMembersResponse> responseObserver) {
		// Unconfirmed: the store does not order members; the fake orders them by user id.
		ChannelRules.answer(responseObserver, () -> GetChannelMembersResponse.newBuilder()
			.addAllChannelMembers(ChannelRules.page(sortedMembers(request.getChannelId()), request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void getChannelMembersByIds(GetChannelMembersByIdsRequest request,
			StreamObserver<GetChannelMembersByIdsResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> GetChannelMembersByIdsResponse.newBuilder()
			.addAllChannelMembers(sortedMembers(request.getChannelId()).stream()
				.filter((member) -> request.getUserIdsList().contains(member.getUserId()))
				.toList())
			.build());
	}

	@Override
	public void getChannelMembersForUser(GetChannelMembersForUserRequest request,
			StreamObserver<GetChannelMembersForUserResponse> responseObserver) {
		// The server ignores the team id here (PluginAPI.GetChannelMembersForUser).
		// Unconfirmed: the order, here by channel id.
		ChannelRules.answer(responseObserver, () -> GetChannelMembersForUserResponse.newBuilder()
			.addAllChannelMembers(ChannelRules.page(this.data.channelMembers.values()
				.stream()
				.map((members) -> members.get(request.getUserId()))
				.filter((member) -> member != null)
				.sorted(Comparator.comparing(ChannelMember::getChannelId))
				.toList(), request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void updateChannelMemberRoles(UpdateChannelMemberRolesRequest request,
			StreamObserver<UpdateChannelMemberRolesResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> UpdateChannelMemberRolesResponse.newBuilder()
			.setChannelMember(updateRoles(request.getChannelId(), request.getUserId(), request.getNewRoles()))
			.build());
	}

	@Override
	public void updateChannelMemberNotifications(UpdateChannelMemberNotificationsRequest request,
			StreamObserver<UpdateChannelMemberNotificationsResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> UpdateChannelMemberNotificationsResponse.newBuilder()
			.setChannelMember(notifications(request.getChannelId(), request.getUserId(), request.getNotificationsMap()))
			.build());
	}

	@Override
	public void deleteChannelMember(DeleteChannelMemberRequest request, StreamObserver<DeleteChannelMemberResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> {
			leave(request.getChannelId(), request.getUserId());
			return DeleteChannelMemberResponse.getDefaultInstance();
		});
	}

	private List<ChannelMember> sortedMembers(String channelId) {
		return this.data.channelMembers.getOrDefault(channelId, Map.of())
			.values()
			.stream()
			.sorted(Comparator.comparing(ChannelMember::getUserId))
			.toList();
	}

}

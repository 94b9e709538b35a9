package dev.pluginkit.mattermost.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.pluginapi.v1.AddChannelMemberRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddChannelMemberResponse;
import dev.pluginkit.mattermost.pluginapi.v1.AddUserToChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddUserToChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelStats;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
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
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SearchChannelsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchChannelsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberNotificationsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberNotificationsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberRolesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelMemberRolesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for channels and channel members. It answers failures as
 * the server's channel handlers do: a gRPC status derived from the {@code AppError}.
 *
 * <p>Error ids, HTTP statuses and checks follow the Mattermost server's
 * {@code app/channel.go}, {@code store/sqlstore/channel_store.go} and
 * {@code model/channel.go}. Where the server looks a user up, this part only fails ids that
 * cannot be a user's (not 26 characters of the id alphabet) and accepts any other id, as
 * the users of a test are often not seeded; a user it does know is checked as the server
 * does (deleted, guest). Team membership is checked only for teams this server knows.
 */
public final class ChannelService implements PluginAPIGrpc.AsyncService {

	/** The channel every team has and nobody may leave or archive. */
	public static final String TOWN_SQUARE = "town-square";

	private static final Pattern CHANNEL_NAME = Pattern.compile("^[a-z0-9]+([a-z\\-_0-9]+|(__)?)[a-z0-9]*$");

	private static final Pattern GROUP_NAME = Pattern.compile("^[a-f0-9]{40}$");

	private static final Set<String> SCHEME_ROLES = Set.of("system_user", "system_admin", "system_guest", "team_user",
			"team_admin", "team_guest", "channel_user", "channel_admin", "channel_guest", "system_post_all",
			"system_post_all_public", "system_user_access_token");

	private static final Set<String> NOTIFY_PROPS = Set.of("mark_unread", "desktop", "desktop_sound",
			"desktop_notification_sound", "desktop_threads", "email", "push", "push_threads", "ignore_channel_mentions",
			"channel_auto_follow_threads");

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public ChannelService(FakeData data) {
		this.data = data;
	}

	/**
	 * A failure shaped like a server {@code AppError}, thrown by the operations of the
	 * channel and post parts and turned into the RPC's error style by the handler.
	 */
	public static final class Failure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int httpStatus;

		private final String id;

		/**
		 * Creates a failure.
		 * @param httpStatus the HTTP status of the server's {@code AppError}
		 * @param id the server's error id
		 * @param message the message
		 */
		public Failure(int httpStatus, String id, String message) {
			super(message);
			this.httpStatus = httpStatus;
			this.id = id;
		}

		/**
		 * Returns the HTTP status.
		 * @return the HTTP status
		 */
		public int httpStatus() {
			return this.httpStatus;
		}

		/**
		 * Returns the server's error id.
		 * @return the error id
		 */
		public String id() {
			return this.id;
		}

		/**
		 * Returns the failure as the gRPC status the server answers.
		 * @return the exception to pass to {@code onError}
		 */
		public StatusRuntimeException toStatus() {
			return ServerErrors.status(this.httpStatus, this.id, getMessage());
		}

		/**
		 * Returns the failure as an embedded {@code AppError}.
		 * @param where the server function that raised it
		 * @return the error to set on the response
		 */
		public AppError toAppError(String where) {
			return ServerErrors.appError(this.httpStatus, this.id, getMessage(), where);
		}

	}

	// ---------------------------------------------------------------- operations

	/**
	 * Saves a new channel as {@code CreateChannel} does (app.CreateChannel without
	 * creator membership, then SqlChannelStore.Save).
	 * @param requested the channel as the plugin sent it
	 * @return the saved channel
	 * @throws Failure when the server would refuse it
	 */
	public Channel create(Channel requested) {
		if (requested.getDeleteAt() != 0) {
			throw new Failure(400, "store.sql_channel.save.archived_channel.app_error",
					"Unable to save to an archived channel.");
		}
		if (requested.getType() == ChannelType.CHANNEL_TYPE_DIRECT) {
			throw new Failure(400, "store.sql_channel.save.direct_channel.app_error",
					"Use SaveDirectChannel to create a direct channel.");
		}
		if (!requested.getId().isEmpty() && !requested.getShared()) {
			throw new Failure(400, "store.sql_channel.save_channel.existing.app_error",
					"Must call update for existing channel.");
		}
		long now = this.data.now();
		Channel.Builder channel = requested.toBuilder()
			.setId(requested.getId().isEmpty() ? Ids.newId() : requested.getId())
			.setDisplayName(requested.getDisplayName().strip())
			.setDefaultCategoryName(requested.getDefaultCategoryName().strip())
			.setCreateAt((requested.getCreateAt() != 0) ? requested.getCreateAt() : now)
			.setExtraUpdateAt(0);
		channel.setUpdateAt(channel.getCreateAt());
		validate(channel.build());
		synchronized (this.data.lock()) {
			if (findByName(channel.getTeamId(), channel.getName(), true, false) != null) {
				throw new Failure(400, "store.sql_channel.save_channel.exists.app_error",
						"A channel with that name already exists on the same team.");
			}
			Channel saved = channel.build();
			this.data.channels.put(saved.getId(), saved);
			return saved;
		}
	}

	/**
	 * Returns a channel as {@code GetChannel} does, archived ones included.
	 * @param channelId the channel id
	 * @return the channel
	 * @throws Failure {@code app.channel.get.existing.app_error} (404) when missing
	 */
	public Channel channel(String channelId) {
		Channel channel = this.data.channels.get(channelId);
		if (channel == null) {
			throw new Failure(404, "app.channel.get.existing.app_error", "Unable to find the existing channel.");
		}
		return channel;
	}

	/**
	 * Finds a channel by name in a team or among the team-less (direct and group) channels,
	 * as SqlChannelStore.getByName does.
	 * @param teamId the team id
	 * @param name the channel's URL name
	 * @param includeDeleted whether archived channels count
	 * @return the channel
	 * @throws Failure {@code app.channel.get_by_name.missing.app_error} (404) when missing
	 */
	public Channel byName(String teamId, String name, boolean includeDeleted) {
		Channel channel = findByName(teamId, name, includeDeleted, true);
		if (channel == null) {
			throw new Failure(404, "app.channel.get_by_name.missing.app_error", "Channel does not exist.");
		}
		return channel;
	}

	private Channel findByName(String teamId, String name, boolean includeDeleted, boolean teamless) {
		for (Channel channel : this.data.channels.values()) {
			boolean inTeam = channel.getTeamId().equals(teamId) || (teamless && channel.getTeamId().isEmpty());
			if (inTeam && channel.getName().equals(name) && (includeDeleted || channel.getDeleteAt() == 0)) {
				return channel;
			}
		}
		return null;
	}

	/**
	 * Returns the direct channel of two users, creating it and its two members when missing,
	 * as app.GetOrCreateDirectChannel does.
	 * @param userId the first user, the creator
	 * @param otherUserId the second user; the same user makes a self-DM with one member
	 * @return the channel
	 * @throws Failure {@code api.channel.create_direct_channel.invalid_user.app_error} (400)
	 * for an id that cannot be a user's
	 */
	public Channel direct(String userId, String otherUserId) {
		String name = (userId.compareTo(otherUserId) > 0) ? otherUserId + "__" + userId : userId + "__" + otherUserId;
		synchronized (this.data.lock()) {
			Channel existing = findByName("", name, true, false);
			if (existing != null) {
				return existing;
			}
			if (!Ids.isValid(userId) || !Ids.isValid(otherUserId)) {
				throw new Failure(400, "api.channel.create_direct_channel.invalid_user.app_error",
						"Invalid user ID for direct channel creation.");
			}
			long now = this.data.now();
			Channel channel = Channel.newBuilder()
				.setId(Ids.newId())
				.setName(name)
				.setType(ChannelType.CHANNEL_TYPE_DIRECT)
				.setCreatorId(userId)
				.setShared(false)
				.setCreateAt(now)
				.setUpdateAt(now)
				.build();
			this.data.channels.put(channel.getId(), channel);
			putMember(channel.getId(), userId, false);
			putMember(channel.getId(), otherUserId, false);
			return channel;
		}
	}

	/**
	 * Returns the group channel of 3 to 8 users, creating it and its members when missing,
	 * as app.CreateGroupChannel does.
	 * @param userIds the users
	 * @return the channel
	 * @throws Failure {@code api.channel.create_group.bad_size.app_error} (400) for fewer
	 * than 3 or more than 8 users, {@code api.channel.create_group.bad_user.app_error} (400)
	 * for repeated ids or ids that cannot be a user's
	 */
	public Channel group(List<String> userIds) {
		if (userIds.size() < 3 || userIds.size() > 8) {
			throw new Failure(400, "api.channel.create_group.bad_size.app_error",
					"Group messages must contain at least 3 and no more than 8 users.");
		}
		if (new HashSet<>(userIds).size() != userIds.size() || !userIds.stream().allMatch(Ids::isValid)) {
			throw new Failure(400, "api.channel.create_group.bad_user.app_error",
					"One of the provided users does not exist.");
		}
		List<String> sorted = userIds.stream().sorted().toList();
		synchronized (this.data.lock()) {
			String name = sha1Hex(String.join("", sorted));
			Channel existing = findByName("", name, true, false);
			if (existing != null) {
				return existing;
			}
			List<String> usernames = sorted.stream().map(this::username).sorted().toList();
			String displayName = String.join(", ", usernames);
			long now = this.data.now();
			Channel channel = Channel.newBuilder()
				.setId(Ids.newId())
				.setName(name)
				.setDisplayName((displayName.length() > 64) ? displayName.substring(0, 64) : displayName)
				.setType(ChannelType.CHANNEL_TYPE_GROUP)
				.setShared(false)
				.setCreateAt(now)
				.setUpdateAt(now)
				.build();
			this.data.channels.put(channel.getId(), channel);
			sorted.forEach((userId) -> putMember(channel.getId(), userId, false));
			return channel;
		}
	}

	/**
	 * Updates a stored channel as app.UpdateChannel does; {@code update_at} becomes now.
	 * @param requested the whole channel, as the plugin sent it
	 * @return the stored channel
	 * @throws Failure when the server would refuse it
	 */
	public Channel update(Channel requested) {
		synchronized (this.data.lock()) {
			// Unconfirmed: the server's UPDATE of an unknown id changes no row; we answer as
			// its channel lookups do instead of a success that stores nothing.
			channel(requested.getId());
			Channel updated = requested.toBuilder().setUpdateAt(this.data.now()).build();
			if (updated.getDeleteAt() != 0) {
				throw new Failure(400, "app.channel.update.bad_id", "Unable to update channel.");
			}
			validate(updated);
			Channel sameName = findByName(updated.getTeamId(), updated.getName(), true, false);
			if (sameName != null && !sameName.getId().equals(updated.getId())) {
				throw new Failure(400, "store.sql_channel.save_channel.exists.app_error",
						"A channel with that name already exists on the same team.");
			}
			this.data.channels.put(updated.getId(), updated);
			return updated;
		}
	}

	/**
	 * Archives a channel as app.DeleteChannel does: {@code delete_at} and {@code update_at}
	 * become now.
	 * @param channelId the channel id
	 * @throws Failure when the server would refuse it
	 */
	public void archive(String channelId) {
		synchronized (this.data.lock()) {
			Channel channel = channel(channelId);
			if (channel.getDeleteAt() > 0) {
				throw new Failure(400, "api.channel.delete_channel.deleted.app_error",
						"The channel has been archived or deleted.");
			}
			if (channel.getName().equals(TOWN_SQUARE)) {
				throw new Failure(400, "api.channel.delete_channel.cannot.app_error",
						"Unable to delete the default channel " + TOWN_SQUARE + ".");
			}
			long now = this.data.now();
			this.data.channels.put(channelId, channel.toBuilder().setDeleteAt(now).setUpdateAt(now).build());
		}
	}

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
			Channel channel = channel(channelId);
			ChannelMember existing = members(channelId).get(userId);
			if (existing != null) {
				return existing;
			}
			User user = knownUser(userId);
			if (user != null && user.getDeleteAt() > 0) {
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
			ChannelMember member = putMember(channelId, userId, false);
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
	 * Stores a membership without any check or system message, for seeding and for the
	 * members of new direct and group channels.
	 * @param channelId the channel id
	 * @param userId the user id
	 * @param admin whether the member is a channel admin
	 * @return the member
	 */
	public ChannelMember putMember(String channelId, String userId, boolean admin) {
		User user = this.data.users.get(userId);
		boolean guest = user != null && List.of(user.getRoles().split(" ")).contains("system_guest");
		ChannelMember member = ChannelMember.newBuilder()
			.setChannelId(channelId)
			.setUserId(userId)
			.setSchemeGuest(guest)
			.setSchemeUser(!guest)
			.setSchemeAdmin(admin && !guest)
			.setRoles(roles("", guest, !guest, admin && !guest))
			.putAllNotifyProps(Map.of("desktop", "default", "mark_unread", "all", "push", "default", "email",
					"default", "ignore_channel_mentions", "default", "channel_auto_follow_threads", "off"))
			.setLastUpdateAt(this.data.now())
			.build();
		members(channelId).put(userId, member);
		return member;
	}

	/**
	 * Returns the live map of a channel's members by user id.
	 * @param channelId the channel id
	 * @return the members
	 */
	public Map<String, ChannelMember> members(String channelId) {
		return this.data.channelMembers.computeIfAbsent(channelId, (id) -> new ConcurrentHashMap<>());
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
			channel(channelId);
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
				.setRoles(roles(String.join(" ", explicit), guest, user, admin))
				.setLastUpdateAt(this.data.now())
				.build();
			members(channelId).put(userId, updated);
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
			members(channelId).put(userId, updated);
			return updated;
		}
	}

	private void leave(String channelId, String userId) {
		synchronized (this.data.lock()) {
			Channel channel = channel(channelId);
			User user = knownUser(userId);
			if (channel.getType() == ChannelType.CHANNEL_TYPE_DIRECT || channel.getType() == ChannelType.CHANNEL_TYPE_GROUP) {
				throw new Failure(400, "api.channel.leave.direct.app_error", "You cannot leave a direct message channel.");
			}
			boolean guest = user != null && List.of(user.getRoles().split(" ")).contains("system_guest");
			if (channel.getName().equals(TOWN_SQUARE) && !guest) {
				throw new Failure(400, "api.channel.remove.default.app_error",
						"Unable to remove user from the default channel " + TOWN_SQUARE + ".");
			}
			member(channelId, userId);
			members(channelId).remove(userId);
			PostService.systemPost(this.data, channel, userId, "system_leave_channel",
					"@" + username(userId) + " left the channel.", Map.of("username", username(userId)));
		}
	}

	private User knownUser(String userId) {
		if (!Ids.isValid(userId)) {
			throw new Failure(404, "app.user.missing_account.const", "Unable to find the user.");
		}
		return this.data.users.get(userId);
	}

	private String username(String userId) {
		User user = this.data.users.get(userId);
		return (user != null && !user.getUsername().isEmpty()) ? user.getUsername() : userId;
	}

	private static String roles(String explicit, boolean guest, boolean user, boolean admin) {
		Set<String> roles = new LinkedHashSet<>(List.of(explicit.trim().split("\\s+")));
		roles.remove("");
		if (guest) {
			roles.add("channel_guest");
		}
		if (user) {
			roles.add("channel_user");
		}
		if (admin) {
			roles.add("channel_admin");
		}
		return String.join(" ", roles);
	}

	private static void validate(Channel channel) {
		if (channel.getCreateAt() == 0) {
			throw new Failure(400, "model.channel.is_valid.create_at.app_error", "Create at must be a valid time.");
		}
		if (channel.getDisplayName().codePointCount(0, channel.getDisplayName().length()) > 64) {
			throw new Failure(400, "model.channel.is_valid.display_name.app_error", "Invalid display name.");
		}
		if (!CHANNEL_NAME.matcher(channel.getName()).matches()) {
			throw new Failure(400, "model.channel.is_valid.1_or_more.app_error",
					"Name must be 1 or more lowercase alphanumeric characters.");
		}
		if (channel.getType() == ChannelType.CHANNEL_TYPE_UNSPECIFIED || channel.getType() == ChannelType.UNRECOGNIZED) {
			throw new Failure(400, "model.channel.is_valid.type.app_error", "Invalid type.");
		}
		if (channel.getHeader().codePointCount(0, channel.getHeader().length()) > 1024) {
			throw new Failure(400, "model.channel.is_valid.header.app_error", "Invalid header.");
		}
		if (channel.getPurpose().codePointCount(0, channel.getPurpose().length()) > 250) {
			throw new Failure(400, "model.channel.is_valid.purpose.app_error", "Invalid purpose.");
		}
		if (channel.getCreatorId().length() > 26) {
			throw new Failure(400, "model.channel.is_valid.creator_id.app_error", "Invalid creator id.");
		}
		if (channel.getType() != ChannelType.CHANNEL_TYPE_DIRECT && channel.getType() != ChannelType.CHANNEL_TYPE_GROUP) {
			String[] ids = channel.getName().split("__", -1);
			if (GROUP_NAME.matcher(channel.getName()).matches()
					|| (ids.length == 2 && Ids.isValid(ids[0]) && Ids.isValid(ids[1]))) {
				throw new Failure(400, "model.channel.is_valid.name.app_error", "Invalid channel name.");
			}
		}
	}

	private static String sha1Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Channel> channels(Predicate<Channel> filter) {
		// Ordered by display name, as the store's ORDER BY DisplayName (collation approximated).
		return this.data.channels.values()
			.stream()
			.filter(filter)
			.sorted(Comparator.comparing(Channel::getDisplayName, String.CASE_INSENSITIVE_ORDER).thenComparing(Channel::getId))
			.toList();
	}

	private static <T> List<T> page(List<T> items, int page, int perPage) {
		long from = Math.max(0L, (long) page * perPage);
		return items.stream().skip(from).limit(Math.max(0, perPage)).toList();
	}

	private static boolean matches(Channel channel, String term) {
		// Approximates SqlChannelStore.performSearch: every word of the term starts one of
		// the words of the name, display name or purpose, case-insensitively.
		List<String> words = new ArrayList<>();
		for (String field : List.of(channel.getName(), channel.getDisplayName(), channel.getPurpose())) {
			words.add(field.toLowerCase());
			words.addAll(List.of(field.toLowerCase().split("[\\s\\-_]+")));
		}
		for (String part : term.trim().toLowerCase().split("\\s+")) {
			if (!part.isEmpty() && words.stream().noneMatch((word) -> word.startsWith(part))) {
				return false;
			}
		}
		return true;
	}

	// ---------------------------------------------------------------- RPCs

	@Override
	public void createChannel(CreateChannelRequest request, StreamObserver<CreateChannelResponse> responseObserver) {
		answer(responseObserver, () -> CreateChannelResponse.newBuilder().setChannel(create(required(request.hasChannel(), request.getChannel()))).build());
	}

	@Override
	public void getChannel(GetChannelRequest request, StreamObserver<GetChannelResponse> responseObserver) {
		answer(responseObserver, () -> GetChannelResponse.newBuilder().setChannel(channel(request.getChannelId())).build());
	}

	@Override
	public void getChannelByName(GetChannelByNameRequest request, StreamObserver<GetChannelByNameResponse> responseObserver) {
		answer(responseObserver, () -> GetChannelByNameResponse.newBuilder()
			.setChannel(byName(request.getTeamId(), request.getName(), request.getIncludeDeleted()))
			.build());
	}

	@Override
	public void getChannelByNameForTeamName(GetChannelByNameForTeamNameRequest request,
			StreamObserver<GetChannelByNameForTeamNameResponse> responseObserver) {
		answer(responseObserver, () -> {
			Team team = this.data.teams.values()
				.stream()
				.filter((candidate) -> candidate.getName().equals(request.getTeamName()))
				.findFirst()
				.orElseThrow(() -> new Failure(404, "app.team.get_by_name.missing.app_error", "Unable to find the existing team."));
			return GetChannelByNameForTeamNameResponse.newBuilder()
				.setChannel(byName(team.getId(), request.getChannelName(), request.getIncludeDeleted()))
				.build();
		});
	}

	@Override
	public void getDirectChannel(GetDirectChannelRequest request, StreamObserver<GetDirectChannelResponse> responseObserver) {
		answer(responseObserver, () -> GetDirectChannelResponse.newBuilder()
			.setChannel(direct(request.getUserId1(), request.getUserId2()))
			.build());
	}

	@Override
	public void getGroupChannel(GetGroupChannelRequest request, StreamObserver<GetGroupChannelResponse> responseObserver) {
		answer(responseObserver, () -> GetGroupChannelResponse.newBuilder().setChannel(group(request.getUserIdsList())).build());
	}

	@Override
	public void getPublicChannelsForTeam(GetPublicChannelsForTeamRequest request,
			StreamObserver<GetPublicChannelsForTeamResponse> responseObserver) {
		answer(responseObserver, () -> GetPublicChannelsForTeamResponse.newBuilder()
			.addAllChannels(page(channels((channel) -> channel.getTeamId().equals(request.getTeamId())
					&& channel.getType() == ChannelType.CHANNEL_TYPE_OPEN && channel.getDeleteAt() == 0),
					request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void getChannelsForTeamForUser(GetChannelsForTeamForUserRequest request,
			StreamObserver<GetChannelsForTeamForUserResponse> responseObserver) {
		answer(responseObserver, () -> {
			List<Channel> channels = channels((channel) -> members(channel.getId()).containsKey(request.getUserId())
					&& (request.getTeamId().isEmpty() || channel.getTeamId().equals(request.getTeamId())
							|| channel.getTeamId().isEmpty())
					&& (request.getIncludeDeleted() || channel.getDeleteAt() == 0));
			if (channels.isEmpty()) {
				throw new Failure(404, "app.channel.get_channels.not_found.app_error", "No channels were found.");
			}
			return GetChannelsForTeamForUserResponse.newBuilder().addAllChannels(channels).build();
		});
	}

	@Override
	public void searchChannels(SearchChannelsRequest request, StreamObserver<SearchChannelsResponse> responseObserver) {
		// The plugin API searches public channels, archived ones included, at most 100.
		answer(responseObserver, () -> SearchChannelsResponse.newBuilder()
			.addAllChannels(channels((channel) -> channel.getTeamId().equals(request.getTeamId())
					&& channel.getType() == ChannelType.CHANNEL_TYPE_OPEN && matches(channel, request.getTerm()))
				.stream()
				.limit(100)
				.toList())
			.build());
	}

	@Override
	public void updateChannel(UpdateChannelRequest request, StreamObserver<UpdateChannelResponse> responseObserver) {
		answer(responseObserver, () -> UpdateChannelResponse.newBuilder().setChannel(update(required(request.hasChannel(), request.getChannel()))).build());
	}

	@Override
	public void deleteChannel(DeleteChannelRequest request, StreamObserver<DeleteChannelResponse> responseObserver) {
		// Unlike the server, no "archived the channel" message is posted: the fake has no
		// system bot.
		answer(responseObserver, () -> {
			archive(request.getChannelId());
			return DeleteChannelResponse.getDefaultInstance();
		});
	}

	@Override
	public void addChannelMember(AddChannelMemberRequest request, StreamObserver<AddChannelMemberResponse> responseObserver) {
		answer(responseObserver, () -> AddChannelMemberResponse.newBuilder()
			.setChannelMember(join(request.getChannelId(), request.getUserId(), ""))
			.build());
	}

	@Override
	public void addUserToChannel(AddUserToChannelRequest request, StreamObserver<AddUserToChannelResponse> responseObserver) {
		answer(responseObserver, () -> AddUserToChannelResponse.newBuilder()
			.setChannelMember(join(request.getChannelId(), request.getUserId(), request.getAsUserId()))
			.build());
	}

	@Override
	public void getChannelMember(GetChannelMemberRequest request, StreamObserver<GetChannelMemberResponse> responseObserver) {
		answer(responseObserver, () -> GetChannelMemberResponse.newBuilder()
			.setChannelMember(member(request.getChannelId(), request.getUserId()))
			.build());
	}

	@Override
	public void getChannelMembers(GetChannelMembersRequest request, StreamObserver<GetChannelMembersResponse> responseObserver) {
		// Unconfirmed: the store does not order members; the fake orders them by user id.
		answer(responseObserver, () -> GetChannelMembersResponse.newBuilder()
			.addAllChannelMembers(page(sortedMembers(request.getChannelId()), request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void getChannelMembersByIds(GetChannelMembersByIdsRequest request,
			StreamObserver<GetChannelMembersByIdsResponse> responseObserver) {
		answer(responseObserver, () -> GetChannelMembersByIdsResponse.newBuilder()
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
		answer(responseObserver, () -> GetChannelMembersForUserResponse.newBuilder()
			.addAllChannelMembers(page(this.data.channelMembers.values()
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
		answer(responseObserver, () -> UpdateChannelMemberRolesResponse.newBuilder()
			.setChannelMember(updateRoles(request.getChannelId(), request.getUserId(), request.getNewRoles()))
			.build());
	}

	@Override
	public void updateChannelMemberNotifications(UpdateChannelMemberNotificationsRequest request,
			StreamObserver<UpdateChannelMemberNotificationsResponse> responseObserver) {
		answer(responseObserver, () -> UpdateChannelMemberNotificationsResponse.newBuilder()
			.setChannelMember(notifications(request.getChannelId(), request.getUserId(), request.getNotificationsMap()))
			.build());
	}

	@Override
	public void getChannelStats(GetChannelStatsRequest request, StreamObserver<GetChannelStatsResponse> responseObserver) {
		// As PluginAPI.GetChannelStats: the guest count is the member count again (a server
		// bug), and the pinned post and file counts are not filled. Members whose user is
		// deactivated do not count; an unknown channel has none.
		answer(responseObserver, () -> {
			long members = this.data.channelMembers.getOrDefault(request.getChannelId(), Map.of())
				.keySet()
				.stream()
				.filter((userId) -> !this.data.users.containsKey(userId) || this.data.users.get(userId).getDeleteAt() == 0)
				.count();
			return GetChannelStatsResponse.newBuilder()
				.setChannelStats(ChannelStats.newBuilder()
					.setChannelId(request.getChannelId())
					.setMemberCount(members)
					.setGuestCount(members))
				.build();
		});
	}

	@Override
	public void deleteChannelMember(DeleteChannelMemberRequest request, StreamObserver<DeleteChannelMemberResponse> responseObserver) {
		answer(responseObserver, () -> {
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

	private static <T> T required(boolean present, T value) {
		// Unconfirmed: the server's handler does not guard a missing message; the fake
		// answers as the gRPC layer does for a missing required field.
		if (!present) {
			throw Status.INVALID_ARGUMENT.withDescription("channel is required").asRuntimeException();
		}
		return value;
	}

	private static <T> void answer(StreamObserver<T> responseObserver, Supplier<T> response) {
		T result;
		try {
			result = response.get();
		}
		catch (Failure failure) {
			responseObserver.onError(failure.toStatus());
			return;
		}
		catch (StatusRuntimeException ex) {
			responseObserver.onError(ex);
			return;
		}
		responseObserver.onNext(result);
		responseObserver.onCompleted();
	}

}

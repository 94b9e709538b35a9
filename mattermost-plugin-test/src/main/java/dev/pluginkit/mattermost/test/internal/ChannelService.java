package dev.pluginkit.mattermost.test.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelStats;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.CreateChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameForTeamNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameForTeamNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameResponse;
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
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for channels. It answers failures as the server's channel
 * handlers do: a gRPC status derived from the {@code AppError}. The RPCs on channel members
 * are {@link ChannelMemberService}'s; this part keeps the member maps they share.
 *
 * <p>Error ids, HTTP statuses and checks follow the Mattermost server's
 * {@code app/channel.go}, {@code store/sqlstore/channel_store.go} and
 * {@code model/channel.go}. Direct and group channels require users this server knows, as
 * the server's store lookups do; seed them first. Team membership is checked only for
 * teams this server knows.
 */
public final class ChannelService implements PluginAPIGrpc.AsyncService {

	/** The channel every team has and nobody may leave or archive. */
	public static final String TOWN_SQUARE = "town-square";

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
		ChannelRules.validate(channel.build());
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
	 * for a user this server does not know, when the channel does not exist yet
	 */
	public Channel direct(String userId, String otherUserId) {
		String name = (userId.compareTo(otherUserId) > 0) ? otherUserId + "__" + userId : userId + "__" + otherUserId;
		synchronized (this.data.lock()) {
			Channel existing = findByName("", name, true, false);
			if (existing != null) {
				return existing;
			}
			// app.createDirectChannel loads both users from the store (deactivated users
			// included) once no channel exists; its detailed error names the ids, which the
			// gRPC bridge does not carry (it sends "<id>: <message>").
			if (!this.data.users.containsKey(userId) || !this.data.users.containsKey(otherUserId)) {
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
	 * for repeated ids or users this server does not know
	 */
	public Channel group(List<String> userIds) {
		if (userIds.size() < 3 || userIds.size() > 8) {
			throw new Failure(400, "api.channel.create_group.bad_size.app_error",
					"Group messages must contain at least 3 and no more than 8 users.");
		}
		// app.createGroupChannel loads the users (deactivated included) before looking for the
		// channel: fewer found than ids, repeated ids among them, fails even for an existing one.
		if (new HashSet<>(userIds).size() != userIds.size() || !userIds.stream().allMatch(this.data.users::containsKey)) {
			throw new Failure(400, "api.channel.create_group.bad_user.app_error",
					"One of the provided users does not exist.");
		}
		List<String> sorted = userIds.stream().sorted().toList();
		synchronized (this.data.lock()) {
			String name = ChannelRules.sha1Hex(String.join("", sorted));
			Channel existing = findByName("", name, true, false);
			if (existing != null) {
				return existing;
			}
			List<String> usernames = sorted.stream().map((userId) -> ChannelRules.username(this.data, userId)).sorted().toList();
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
			ChannelRules.validate(updated);
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
			.setRoles(ChannelRules.roles("", guest, !guest, admin && !guest))
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

	private List<Channel> channels(Predicate<Channel> filter) {
		// Ordered by display name, as the store's ORDER BY DisplayName (collation approximated).
		return this.data.channels.values()
			.stream()
			.filter(filter)
			.sorted(Comparator.comparing(Channel::getDisplayName, String.CASE_INSENSITIVE_ORDER).thenComparing(Channel::getId))
			.toList();
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
		ChannelRules.answer(responseObserver, () -> CreateChannelResponse.newBuilder().setChannel(create(required(request.hasChannel(), request.getChannel()))).build());
	}

	@Override
	public void getChannel(GetChannelRequest request, StreamObserver<GetChannelResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> GetChannelResponse.newBuilder().setChannel(channel(request.getChannelId())).build());
	}

	@Override
	public void getChannelByName(GetChannelByNameRequest request, StreamObserver<GetChannelByNameResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> GetChannelByNameResponse.newBuilder()
			.setChannel(byName(request.getTeamId(), request.getName(), request.getIncludeDeleted()))
			.build());
	}

	@Override
	public void getChannelByNameForTeamName(GetChannelByNameForTeamNameRequest request,
			StreamObserver<GetChannelByNameForTeamNameResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> {
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
		ChannelRules.answer(responseObserver, () -> GetDirectChannelResponse.newBuilder()
			.setChannel(direct(request.getUserId1(), request.getUserId2()))
			.build());
	}

	@Override
	public void getGroupChannel(GetGroupChannelRequest request, StreamObserver<GetGroupChannelResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> GetGroupChannelResponse.newBuilder().setChannel(group(request.getUserIdsList())).build());
	}

	@Override
	public void getPublicChannelsForTeam(GetPublicChannelsForTeamRequest request,
			StreamObserver<GetPublicChannelsForTeamResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> GetPublicChannelsForTeamResponse.newBuilder()
			.addAllChannels(ChannelRules.page(channels((channel) -> channel.getTeamId().equals(request.getTeamId())
					&& channel.getType() == ChannelType.CHANNEL_TYPE_OPEN && channel.getDeleteAt() == 0),
					request.getPage(), request.getPerPage()))
			.build());
	}

	@Override
	public void getChannelsForTeamForUser(GetChannelsForTeamForUserRequest request,
			StreamObserver<GetChannelsForTeamForUserResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> {
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
		ChannelRules.answer(responseObserver, () -> SearchChannelsResponse.newBuilder()
			.addAllChannels(channels((channel) -> channel.getTeamId().equals(request.getTeamId())
					&& channel.getType() == ChannelType.CHANNEL_TYPE_OPEN && matches(channel, request.getTerm()))
				.stream()
				.limit(100)
				.toList())
			.build());
	}

	@Override
	public void updateChannel(UpdateChannelRequest request, StreamObserver<UpdateChannelResponse> responseObserver) {
		ChannelRules.answer(responseObserver, () -> UpdateChannelResponse.newBuilder().setChannel(update(required(request.hasChannel(), request.getChannel()))).build());
	}

	@Override
	public void deleteChannel(DeleteChannelRequest request, StreamObserver<DeleteChannelResponse> responseObserver) {
		// Unlike the server, no "archived the channel" message is posted: the fake has no
		// system bot.
		ChannelRules.answer(responseObserver, () -> {
			archive(request.getChannelId());
			return DeleteChannelResponse.getDefaultInstance();
		});
	}

	@Override
	public void getChannelStats(GetChannelStatsRequest request, StreamObserver<GetChannelStatsResponse> responseObserver) {
		// As PluginAPI.GetChannelStats: the guest count is the member count again (a server
		// bug), and the pinned post and file counts are not filled. Members whose user is
		// deactivated do not count; an unknown channel has none.
		ChannelRules.answer(responseObserver, () -> {
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

	private static <T> T required(boolean present, T value) {
		// Unconfirmed: the server's handler does not guard a missing message; the fake
		// answers as the gRPC layer does for a missing required field.
		if (!present) {
			throw Status.INVALID_ARGUMENT.withDescription("channel is required").asRuntimeException();
		}
		return value;
	}

}

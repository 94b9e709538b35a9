package dev.pluginkit.mattermost.test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.internal.ChannelService;
import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the channels and channel members of an in-memory server.
 *
 * <p>Seeding applies the server's own rules for channels (name format, unique name in a
 * team, the names of direct and group channels) but adds members without the checks and
 * system messages of {@code AddChannelMember}: it sets up a test, it does not act as a
 * plugin.
 *
 * <pre>{@code
 * Channel townSquare = mattermost.channels().open(team, "town-square");
 * mattermost.channels().addMember(townSquare, alice.getId());
 * Channel dm = mattermost.channels().direct(alice.getId(), bob.getId());
 * }</pre>
 *
 * @see InMemoryMattermost#channels()
 */
public final class InMemoryChannels {

	private final FakeData data;

	private final ChannelService channels;

	InMemoryChannels(FakeData data) {
		this.data = data;
		this.channels = new ChannelService(data);
	}

	/**
	 * Creates a public channel in a team; its display name is made from the name, for
	 * example "Town Square" for {@code town-square}.
	 * @param team the team
	 * @param name the channel's URL name
	 * @return the stored channel
	 * @throws IllegalArgumentException when the server would refuse the channel
	 */
	public Channel open(Team team, String name) {
		return open(team.getId(), name);
	}

	/**
	 * Creates a public channel in a team given by id.
	 * @param teamId the team id
	 * @param name the channel's URL name
	 * @return the stored channel
	 * @throws IllegalArgumentException when the server would refuse the channel
	 */
	public Channel open(String teamId, String name) {
		return create(teamId, name, ChannelType.CHANNEL_TYPE_OPEN);
	}

	/**
	 * Creates a private channel in a team.
	 * @param team the team
	 * @param name the channel's URL name
	 * @return the stored channel
	 * @throws IllegalArgumentException when the server would refuse the channel
	 */
	public Channel privateChannel(Team team, String name) {
		return privateChannel(team.getId(), name);
	}

	/**
	 * Creates a private channel in a team given by id.
	 * @param teamId the team id
	 * @param name the channel's URL name
	 * @return the stored channel
	 * @throws IllegalArgumentException when the server would refuse the channel
	 */
	public Channel privateChannel(String teamId, String name) {
		return create(teamId, name, ChannelType.CHANNEL_TYPE_PRIVATE);
	}

	/**
	 * Stores a channel as {@code CreateChannel} would, for channels that need more than a
	 * name, such as a header or a purpose.
	 * @param channel the channel, without an id
	 * @return the stored channel
	 * @throws IllegalArgumentException when the server would refuse the channel
	 */
	public Channel create(Channel channel) {
		try {
			return this.channels.create(channel);
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	private Channel create(String teamId, String name, ChannelType type) {
		String displayName = Arrays.stream(name.split("[-_]+"))
			.filter((word) -> !word.isEmpty())
			.map((word) -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
			.collect(Collectors.joining(" "));
		return create(Channel.newBuilder().setTeamId(teamId).setName(name).setDisplayName(displayName).setType(type).build());
	}

	/**
	 * Returns the direct channel of two users, creating it with both as members when
	 * missing, as {@code GetDirectChannel} does.
	 * @param userA one user
	 * @param userB the other user
	 * @return the channel
	 */
	public Channel direct(User userA, User userB) {
		return direct(userA.getId(), userB.getId());
	}

	/**
	 * Returns the direct channel of two users given by id, creating it when missing.
	 * @param userIdA one user id
	 * @param userIdB the other user id
	 * @return the channel
	 * @throws IllegalArgumentException when the channel is missing and a user is not
	 * stored, as the server answers {@code api.channel.create_direct_channel.invalid_user.app_error}
	 */
	public Channel direct(String userIdA, String userIdB) {
		try {
			return this.channels.direct(userIdA, userIdB);
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	/**
	 * Returns the group channel of 3 to 8 users given by id, creating it when missing, as
	 * {@code GetGroupChannel} does.
	 * @param userIds the user ids
	 * @return the channel
	 * @throws IllegalArgumentException when the server would refuse the group
	 */
	public Channel group(String... userIds) {
		try {
			return this.channels.group(List.of(userIds));
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	/**
	 * Makes a user a member of a channel, or returns the existing membership.
	 * @param channel the channel
	 * @param user the user
	 * @return the member
	 */
	public ChannelMember addMember(Channel channel, User user) {
		return addMember(channel, user.getId());
	}

	/**
	 * Makes a user given by id a member of a channel, or returns the existing membership.
	 * @param channel the channel
	 * @param userId the user id
	 * @return the member
	 * @throws IllegalArgumentException when the channel is not stored
	 */
	public ChannelMember addMember(Channel channel, String userId) {
		return member(channel, userId, false);
	}

	/**
	 * Makes a user given by id a channel admin, adding the membership when missing.
	 * @param channel the channel
	 * @param userId the user id
	 * @return the member
	 * @throws IllegalArgumentException when the channel is not stored
	 */
	public ChannelMember addAdmin(Channel channel, String userId) {
		return member(channel, userId, true);
	}

	private ChannelMember member(Channel channel, String userId, boolean admin) {
		synchronized (this.data.lock()) {
			if (!this.data.channels.containsKey(channel.getId())) {
				throw new IllegalArgumentException("No channel with id " + channel.getId());
			}
			ChannelMember existing = this.channels.members(channel.getId()).get(userId);
			if (existing != null && existing.getSchemeAdmin() == admin) {
				return existing;
			}
			return this.channels.putMember(channel.getId(), userId, admin);
		}
	}

	/**
	 * Archives a channel as {@code DeleteChannel} does.
	 * @param channel the channel
	 * @return the archived channel
	 * @throws IllegalArgumentException when the server would refuse
	 */
	public Channel archive(Channel channel) {
		try {
			this.channels.archive(channel.getId());
			return this.data.channels.get(channel.getId());
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	/**
	 * Returns every channel, archived ones included, oldest first.
	 * @return a snapshot of the channels
	 */
	public List<Channel> all() {
		return this.data.channels.values()
			.stream()
			.sorted(Comparator.comparingLong(Channel::getCreateAt).thenComparing(Channel::getId))
			.toList();
	}

	/**
	 * Returns a channel by id.
	 * @param channelId the channel id
	 * @return the channel, or empty
	 */
	public Optional<Channel> byId(String channelId) {
		return Optional.ofNullable(this.data.channels.get(channelId));
	}

	/**
	 * Returns a channel by team and name, archived ones included.
	 * @param teamId the team id, empty for direct and group channels
	 * @param name the channel's URL name
	 * @return the channel, or empty
	 */
	public Optional<Channel> byName(String teamId, String name) {
		return this.data.channels.values()
			.stream()
			.filter((channel) -> channel.getTeamId().equals(teamId) && channel.getName().equals(name))
			.findFirst();
	}

	/**
	 * Returns the members of a channel, ordered by user id.
	 * @param channelId the channel id
	 * @return a snapshot of the members
	 */
	public List<ChannelMember> members(String channelId) {
		return this.data.channelMembers.getOrDefault(channelId, Map.of())
			.values()
			.stream()
			.sorted(Comparator.comparing(ChannelMember::getUserId))
			.toList();
	}

	/**
	 * Returns a user's membership of a channel.
	 * @param channelId the channel id
	 * @param userId the user id
	 * @return the member, or empty
	 */
	public Optional<ChannelMember> member(String channelId, String userId) {
		return Optional.ofNullable(this.data.channelMembers.getOrDefault(channelId, Map.of()).get(userId));
	}

}

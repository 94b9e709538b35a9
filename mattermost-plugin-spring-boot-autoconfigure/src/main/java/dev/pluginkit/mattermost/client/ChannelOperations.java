package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMemberIdentifier;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelStats;

/**
 * Channels of every type, and channel members.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncChannelOperations
 */
public interface ChannelOperations {

	/**
	 * Creates a public or private channel in a team from the given channel object and
	 * returns it with its generated id and timestamps. Direct and group message channels
	 * are not created this way; use {@link #getDirectChannel} or {@link #getGroupChannel}
	 * for those.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channel the channel to create; team id, name, display name and type (open or
	 * private) must be set
	 * @return the created channel
	 * @throws PluginApiValidationException when the channel is invalid, for example a
	 * missing or malformed name, or the team already has a channel with that name
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Channel createChannel(Channel channel);

	/**
	 * Looks up a channel by its id. Archived channels are returned as well; check
	 * {@code delete_at} to tell them apart.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channelId the id of the channel
	 * @return the channel
	 * @throws PluginApiNotFoundException when no channel has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Channel getChannel(String channelId);

	/**
	 * Looks up a channel of a team by its URL name (the {@code name} field, not the
	 * display name).
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team the channel belongs to
	 * @param name the URL name of the channel
	 * @param includeDeleted whether an archived channel may be returned
	 * @return the channel
	 * @throws PluginApiNotFoundException when the team has no channel with that name (or
	 * only an archived one and {@code includeDeleted} is false)
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Channel getChannelByName(String teamId, String name, boolean includeDeleted);

	/**
	 * Looks up a channel by its URL name within the team identified by the team's URL
	 * name, saving a separate team lookup.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamName the URL name of the team
	 * @param channelName the URL name of the channel
	 * @param includeDeleted whether an archived channel may be returned
	 * @return the channel
	 * @throws PluginApiNotFoundException when the team or the channel does not exist
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Channel getChannelByNameForTeamName(String teamName, String channelName, boolean includeDeleted);

	/**
	 * Returns the direct message channel between two users, creating it first when the
	 * two have never had one. Passing the same id twice gives the user's self-DM channel.
	 *
	 * <p>
	 * Calling this has a side effect: the channel is created if it is missing.
	 *
	 * <p>
	 * When the server's {@code TeamSettings.RestrictDirectMessage} is {@code team}, a
	 * missing channel is only created for two users who share a team, or when one of them
	 * is a bot; otherwise the call fails with the HTTP status 403
	 * ({@code api.channel.create_channel.direct_channel.team_restricted_error}). An
	 * existing channel is returned either way.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param userId1 the id of the first user
	 * @param userId2 the id of the second user
	 * @return the direct message channel
	 * @throws PluginApiValidationException when the channel is missing and one of the
	 * users does not exist (HTTP 400,
	 * {@code api.channel.create_direct_channel.invalid_user.app_error})
	 * @throws PluginApiPermissionDeniedException when {@code RestrictDirectMessage} is
	 * {@code team} and the two users share no team
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Channel getDirectChannel(String userId1, String userId2);

	/**
	 * Returns the group message channel of exactly the given set of users, creating it
	 * first when it does not exist yet.
	 *
	 * <p>
	 * Calling this has a side effect: the channel is created if it is missing.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param userIds the ids of the channel's members
	 * @return the group message channel
	 * @throws PluginApiValidationException when the number of users is outside what a
	 * group channel allows (at least 3 and at most 8), or when an id is repeated or one
	 * of the users does not exist (HTTP 400,
	 * {@code api.channel.create_group.bad_user.app_error}), even if the channel exists
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Channel getGroupChannel(List<String> userIds);

	/**
	 * Returns one page of the public channels of a team. Pages are zero-based: page
	 * {@code n} skips the first {@code n * perPage} channels.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @param page zero-based page number
	 * @param perPage how many channels a page holds
	 * @return the channels on the requested page, empty past the last page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Channel> getPublicChannelsForTeam(String teamId, int page, int perPage);

	/**
	 * Streams every item of {@link #getPublicChannelsForTeam(String, int, int)}, one page
	 * at a time: a page of {@code pageSize} items is fetched only when the stream needs
	 * it, and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param teamId the id of the team
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Channel> getPublicChannelsForTeamStream(String teamId, int pageSize);

	/**
	 * Returns every channel of a team that the user belongs to, including the user's
	 * direct and group message channels. With an empty team id the user's channels on all
	 * teams are returned.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param teamId the id of the team, or empty for all teams
	 * @param userId the id of the user
	 * @param includeDeleted whether archived channels are included
	 * @return the user's channels
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Channel> getChannelsForTeamForUser(String teamId, String userId, boolean includeDeleted);

	/**
	 * Searches the public channels of a team whose name or display name matches the term.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param teamId the id of the team to search in
	 * @param term the text to look for
	 * @return the matching channels, empty when none match
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Channel> searchChannels(String teamId, String term);

	/**
	 * Saves the given channel over the stored one with the same id and returns the
	 * result. The whole object is written, so fetch the channel first and change only the
	 * fields you mean to change.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channel the channel with its id and the new values
	 * @return the updated channel
	 * @throws PluginApiNotFoundException when no channel has that id
	 * @throws PluginApiValidationException when the new values are invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Channel updateChannel(Channel channel);

	/**
	 * Archives a channel: it is soft-deleted (its {@code delete_at} is set) and kept with
	 * its posts rather than erased.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channelId the id of the channel
	 * @throws PluginApiNotFoundException when no channel has that id
	 * @throws PluginApiValidationException when the channel cannot be archived, for
	 * example a direct or group message channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteChannel(String channelId);

	/**
	 * Returns statistics of a channel, most usefully its member count.
	 *
	 * <p>
	 * Only the member count is reliable: the server fills the guest count with the member
	 * count as well and leaves the pinned-post and file counts at zero.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @return the channel's statistics
	 * @throws PluginApiException when the call fails for any other reason
	 */
	ChannelStats getChannelStats(String channelId);

	/**
	 * Adds a user to a channel as though the user had joined on their own, so no one is
	 * shown as having added them. If the user is already a member, the existing
	 * membership is returned.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channelId the id of the channel
	 * @param userId the id of the user to add
	 * @return the user's membership of the channel
	 * @throws PluginApiNotFoundException when the channel or the user does not exist
	 * @throws PluginApiValidationException when the user cannot join the channel, for
	 * example a direct or group message channel or an archived channel, or a user who is
	 * not on the channel's team
	 * @throws PluginApiException when the call fails for any other reason
	 */
	ChannelMember addChannelMember(String channelId, String userId);

	/**
	 * Adds a user to a channel on behalf of another user, so the channel shows that user
	 * as having added them and the added user is notified as with a normal invitation.
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 * @param channelId the id of the channel
	 * @param userId the id of the user to add
	 * @param asUserId the id of the user shown as having added the member
	 * @return the user's membership of the channel
	 * @throws PluginApiNotFoundException when the channel or the user does not exist
	 * @throws PluginApiValidationException when the user cannot be added to the channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	ChannelMember addUserToChannel(String channelId, String userId, String asUserId);

	/**
	 * Returns the membership of one user in one channel, with the user's channel roles,
	 * read state and notification settings.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channelId the id of the channel
	 * @param userId the id of the user
	 * @return the membership
	 * @throws PluginApiNotFoundException when the user is not a member of the channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	ChannelMember getChannelMember(String channelId, String userId);

	/**
	 * Returns one page of the memberships of a channel. Pages are zero-based: page
	 * {@code n} skips the first {@code n * perPage} members.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param page zero-based page number
	 * @param perPage how many memberships a page holds
	 * @return the memberships on the requested page, empty past the last page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<ChannelMember> getChannelMembers(String channelId, int page, int perPage);

	/**
	 * Streams every item of {@link #getChannelMembers(String, int, int)}, one page at a
	 * time: a page of {@code pageSize} items is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param channelId the id of the channel
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<ChannelMember> getChannelMembersStream(String channelId, int pageSize);

	/**
	 * Returns the memberships of the given users in a channel. Users who are not members
	 * are left out of the result rather than causing an error.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param userIds the ids of the users to look up
	 * @return the memberships found
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<ChannelMember> getChannelMembersByIds(String channelId, List<String> userIds);

	/**
	 * Returns one page of a user's channel memberships. Pages are zero-based: page
	 * {@code n} skips the first {@code n * perPage} memberships.
	 *
	 * <p>
	 * The server ignores {@code teamId} and returns the user's memberships on all teams;
	 * filter by channel if you need one team only.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param teamId the id of a team; ignored by the server
	 * @param userId the id of the user
	 * @param page zero-based page number
	 * @param perPage how many memberships a page holds
	 * @return the memberships on the requested page, empty past the last page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<ChannelMember> getChannelMembersForUser(String teamId, String userId, int page, int perPage);

	/**
	 * Streams every item of {@link #getChannelMembersForUser(String, String, int, int)},
	 * one page at a time: a page of {@code pageSize} items is fetched only when the
	 * stream needs it, and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param teamId the id of a team; ignored by the server
	 * @param userId the id of the user
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<ChannelMember> getChannelMembersForUserStream(String teamId, String userId, int pageSize);

	/**
	 * Replaces the channel roles of a member with the given space-separated role names,
	 * e.g. {@code channel_user channel_admin}.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channelId the id of the channel
	 * @param userId the id of the member
	 * @param newRoles space-separated channel role names that replace the current ones
	 * @return the updated membership
	 * @throws PluginApiNotFoundException when the user is not a member of the channel
	 * @throws PluginApiValidationException when a role name is unknown or not a channel
	 * role
	 * @throws PluginApiException when the call fails for any other reason
	 */
	ChannelMember updateChannelMemberRoles(String channelId, String userId, String newRoles);

	/**
	 * Changes a member's notification settings for one channel. Only the keys given are
	 * changed; the other settings keep their values.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channelId the id of the channel
	 * @param userId the id of the member
	 * @param notifications the settings to change, keyed by setting name (e.g.
	 * {@code desktop}, {@code push}, {@code mark_unread})
	 * @return the updated membership
	 * @throws PluginApiNotFoundException when the user is not a member of the channel
	 * @throws PluginApiValidationException when a setting has an invalid value
	 * @throws PluginApiException when the call fails for any other reason
	 */
	ChannelMember updateChannelMemberNotifications(String channelId, String userId, Map<String, String> notifications);

	/**
	 * Applies the same notification settings to several channel memberships at once. Only
	 * the notification settings change; keys not given keep their values.
	 *
	 * <p>
	 * At most 200 memberships can be changed in one call.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param members the memberships to change, each given by channel id and user id
	 * @param notifyProps the settings to apply, keyed by setting name
	 * @throws PluginApiValidationException when more than 200 memberships are given or a
	 * setting is invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void patchChannelMembersNotifications(List<ChannelMemberIdentifier> members, Map<String, String> notifyProps);

	/**
	 * Removes a user from a channel as though the user had left it, which posts the usual
	 * left-the-channel message.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param channelId the id of the channel
	 * @param userId the id of the user to remove
	 * @throws PluginApiNotFoundException when the channel does not exist
	 * @throws PluginApiValidationException when the user cannot leave the channel, for
	 * example a direct message channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteChannelMember(String channelId, String userId);

}

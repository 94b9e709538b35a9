package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMemberIdentifier;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelStats;

/**
 * Channels of every type, and channel members. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see ChannelOperations
 */
public interface AsyncChannelOperations {

	/**
	 * Creates a public or private channel in a team from the given channel object and
	 * returns it with its generated id and timestamps. Direct and group message channels
	 * are not created this way; use {@link #getDirectChannel} or {@link #getGroupChannel}
	 * for those.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the channel is
	 * invalid, for example a missing or malformed name, or the team already has a channel
	 * with that name.
	 * @param channel the channel to create; team id, name, display name and type (open or
	 * private) must be set
	 * @return a future of the created channel
	 */
	CompletableFuture<Channel> createChannel(Channel channel);

	/**
	 * Looks up a channel by its id. Archived channels are returned as well; check
	 * {@code delete_at} to tell them apart.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no channel has that
	 * id.
	 * @param channelId the id of the channel
	 * @return a future of the channel
	 */
	CompletableFuture<Channel> getChannel(String channelId);

	/**
	 * Looks up a channel of a team by its URL name (the {@code name} field, not the
	 * display name).
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the team has no
	 * channel with that name (or only an archived one and {@code includeDeleted} is
	 * false).
	 * @param teamId the id of the team the channel belongs to
	 * @param name the URL name of the channel
	 * @param includeDeleted whether an archived channel may be returned
	 * @return a future of the channel
	 */
	CompletableFuture<Channel> getChannelByName(String teamId, String name, boolean includeDeleted);

	/**
	 * Looks up a channel by its URL name within the team identified by the team's URL
	 * name, saving a separate team lookup.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the team or the
	 * channel does not exist.
	 * @param teamName the URL name of the team
	 * @param channelName the URL name of the channel
	 * @param includeDeleted whether an archived channel may be returned
	 * @return a future of the channel
	 */
	CompletableFuture<Channel> getChannelByNameForTeamName(String teamName, String channelName, boolean includeDeleted);

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
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the channel is
	 * missing and one of the users does not exist (HTTP 400,
	 * {@code api.channel.create_direct_channel.invalid_user.app_error}); with a
	 * {@link PluginApiPermissionDeniedException} when {@code RestrictDirectMessage} is
	 * {@code team} and the two users share no team.
	 * @param userId1 the id of the first user
	 * @param userId2 the id of the second user
	 * @return a future of the direct message channel
	 */
	CompletableFuture<Channel> getDirectChannel(String userId1, String userId2);

	/**
	 * Returns the group message channel of exactly the given set of users, creating it
	 * first when it does not exist yet.
	 *
	 * <p>
	 * Calling this has a side effect: the channel is created if it is missing.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the number of
	 * users is outside what a group channel allows (at least 3 and at most 8), or when an
	 * id is repeated or one of the users does not exist (HTTP 400,
	 * {@code api.channel.create_group.bad_user.app_error}), even if the channel exists.
	 * @param userIds the ids of the channel's members
	 * @return a future of the group message channel
	 */
	CompletableFuture<Channel> getGroupChannel(List<String> userIds);

	/**
	 * Returns one page of the public channels of a team. Pages are zero-based: page
	 * {@code n} skips the first {@code n * perPage} channels.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @param page zero-based page number
	 * @param perPage how many channels a page holds
	 * @return a future of the channels on the requested page, empty past the last page
	 */
	CompletableFuture<List<Channel>> getPublicChannelsForTeam(String teamId, int page, int perPage);

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
	 * @return a future of the user's channels
	 */
	CompletableFuture<List<Channel>> getChannelsForTeamForUser(String teamId, String userId, boolean includeDeleted);

	/**
	 * Searches the public channels of a team whose name or display name matches the term.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param teamId the id of the team to search in
	 * @param term the text to look for
	 * @return a future of the matching channels, empty when none match
	 */
	CompletableFuture<List<Channel>> searchChannels(String teamId, String term);

	/**
	 * Saves the given channel over the stored one with the same id and returns the
	 * result. The whole object is written, so fetch the channel first and change only the
	 * fields you mean to change.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no channel has that
	 * id; with a {@link PluginApiValidationException} when the new values are invalid.
	 * @param channel the channel with its id and the new values
	 * @return a future of the updated channel
	 */
	CompletableFuture<Channel> updateChannel(Channel channel);

	/**
	 * Archives a channel: it is soft-deleted (its {@code delete_at} is set) and kept with
	 * its posts rather than erased.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no channel has that
	 * id; with a {@link PluginApiValidationException} when the channel cannot be
	 * archived, for example a direct or group message channel.
	 * @param channelId the id of the channel
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deleteChannel(String channelId);

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
	 * @return a future of the channel's statistics
	 */
	CompletableFuture<ChannelStats> getChannelStats(String channelId);

	/**
	 * Adds a user to a channel as though the user had joined on their own, so no one is
	 * shown as having added them. If the user is already a member, the existing
	 * membership is returned.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the channel or the
	 * user does not exist; with a {@link PluginApiValidationException} when the user
	 * cannot join the channel, for example a direct or group message channel or an
	 * archived channel, or a user who is not on the channel's team.
	 * @param channelId the id of the channel
	 * @param userId the id of the user to add
	 * @return a future of the user's membership of the channel
	 */
	CompletableFuture<ChannelMember> addChannelMember(String channelId, String userId);

	/**
	 * Adds a user to a channel on behalf of another user, so the channel shows that user
	 * as having added them and the added user is notified as with a normal invitation.
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the channel or the
	 * user does not exist; with a {@link PluginApiValidationException} when the user
	 * cannot be added to the channel.
	 * @param channelId the id of the channel
	 * @param userId the id of the user to add
	 * @param asUserId the id of the user shown as having added the member
	 * @return a future of the user's membership of the channel
	 */
	CompletableFuture<ChannelMember> addUserToChannel(String channelId, String userId, String asUserId);

	/**
	 * Returns the membership of one user in one channel, with the user's channel roles,
	 * read state and notification settings.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the user is not a
	 * member of the channel.
	 * @param channelId the id of the channel
	 * @param userId the id of the user
	 * @return a future of the membership
	 */
	CompletableFuture<ChannelMember> getChannelMember(String channelId, String userId);

	/**
	 * Returns one page of the memberships of a channel. Pages are zero-based: page
	 * {@code n} skips the first {@code n * perPage} members.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param page zero-based page number
	 * @param perPage how many memberships a page holds
	 * @return a future of the memberships on the requested page, empty past the last page
	 */
	CompletableFuture<List<ChannelMember>> getChannelMembers(String channelId, int page, int perPage);

	/**
	 * Returns the memberships of the given users in a channel. Users who are not members
	 * are left out of the result rather than causing an error.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param userIds the ids of the users to look up
	 * @return a future of the memberships found
	 */
	CompletableFuture<List<ChannelMember>> getChannelMembersByIds(String channelId, List<String> userIds);

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
	 * @return a future of the memberships on the requested page, empty past the last page
	 */
	CompletableFuture<List<ChannelMember>> getChannelMembersForUser(String teamId, String userId, int page,
			int perPage);

	/**
	 * Replaces the channel roles of a member with the given space-separated role names,
	 * e.g. {@code channel_user channel_admin}.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the user is not a
	 * member of the channel; with a {@link PluginApiValidationException} when a role name
	 * is unknown or not a channel role.
	 * @param channelId the id of the channel
	 * @param userId the id of the member
	 * @param newRoles space-separated channel role names that replace the current ones
	 * @return a future of the updated membership
	 */
	CompletableFuture<ChannelMember> updateChannelMemberRoles(String channelId, String userId, String newRoles);

	/**
	 * Changes a member's notification settings for one channel. Only the keys given are
	 * changed; the other settings keep their values.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the user is not a
	 * member of the channel; with a {@link PluginApiValidationException} when a setting
	 * has an invalid value.
	 * @param channelId the id of the channel
	 * @param userId the id of the member
	 * @param notifications the settings to change, keyed by setting name (e.g.
	 * {@code desktop}, {@code push}, {@code mark_unread})
	 * @return a future of the updated membership
	 */
	CompletableFuture<ChannelMember> updateChannelMemberNotifications(String channelId, String userId,
			Map<String, String> notifications);

	/**
	 * Applies the same notification settings to several channel memberships at once. Only
	 * the notification settings change; keys not given keep their values.
	 *
	 * <p>
	 * At most 200 memberships can be changed in one call.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when more than 200
	 * memberships are given or a setting is invalid.
	 * @param members the memberships to change, each given by channel id and user id
	 * @param notifyProps the settings to apply, keyed by setting name
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> patchChannelMembersNotifications(List<ChannelMemberIdentifier> members,
			Map<String, String> notifyProps);

	/**
	 * Removes a user from a channel as though the user had left it, which posts the usual
	 * left-the-channel message.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the channel does
	 * not exist; with a {@link PluginApiValidationException} when the user cannot leave
	 * the channel, for example a direct message channel.
	 * @param channelId the id of the channel
	 * @param userId the id of the user to remove
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deleteChannelMember(String channelId, String userId);

}

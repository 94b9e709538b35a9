package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.CreateDefaultMembershipParams;
import dev.pluginkit.mattermost.pluginapi.v1.Group;
import dev.pluginkit.mattermost.pluginapi.v1.GroupMember;
import dev.pluginkit.mattermost.pluginapi.v1.GroupSearchOpts;
import dev.pluginkit.mattermost.pluginapi.v1.GroupSyncable;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.pluginapi.v1.ViewUsersRestrictions;

/**
 * User groups, their members, and the teams and channels they are synced with
 * (syncables). Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see GroupOperations
 */
public interface AsyncGroupOperations {

	/**
	 * Creates a user group, for example a custom group or one a plugin synchronises from
	 * an external directory ({@code source} {@code custom}, {@code ldap} or
	 * {@code plugin_} followed by a plugin id), and returns it with its id and
	 * timestamps.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the group is
	 * missing or invalid, or its name is already taken by a group or a user.
	 * @param group the group to create: name, display name, description, source and, for
	 * synchronised groups, the remote id
	 * @return a future of the created group
	 */
	CompletableFuture<Group> createGroup(Group group);

	/**
	 * Returns a group by id.
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no group has that
	 * id.
	 * @param groupId the id of the group
	 * @return a future of the group
	 */
	CompletableFuture<Group> getGroup(String groupId);

	/**
	 * Returns a group by its name, the handle used to mention it (without the {@code @}).
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no group has that
	 * name.
	 * @param name the name of the group
	 * @return a future of the group
	 */
	CompletableFuture<Group> getGroupByName(String name);

	/**
	 * Returns the group that mirrors a group of an external source, found by that source
	 * and the group's id there (for LDAP, its unique identifier attribute).
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no group of that
	 * source has that remote id.
	 * @param remoteId the id of the group in the external source
	 * @param groupSource the source of the group, such as {@code ldap} or {@code plugin_}
	 * followed by a plugin id
	 * @return a future of the group
	 */
	CompletableFuture<Group> getGroupByRemoteId(String remoteId, String groupSource);

	/**
	 * Returns one page of groups matching the search options, such as a search term, a
	 * source, whether archived groups are included and whether member counts are filled
	 * in. {@code page} counts from zero; {@code viewRestrictions}, when set, limits the
	 * result to what a user restricted to those teams and channels may see.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param page zero-based page number
	 * @param perPage how many items a page holds
	 * @param opts the search and filter options
	 * @param viewRestrictions the teams and channels the result is restricted to, or
	 * unset for no restriction
	 * @return a future of the groups on the requested page, possibly empty
	 */
	CompletableFuture<List<Group>> getGroups(int page, int perPage, GroupSearchOpts opts,
			ViewUsersRestrictions viewRestrictions);

	/**
	 * Returns all groups that come from the given source.
	 *
	 * <p>
	 * Minimum server version: 5.35.
	 * @param groupSource the source of the groups, such as {@code ldap}, {@code custom}
	 * or
	 * {@code plugin_} followed by a plugin id
	 * @return a future of the groups of that source, possibly empty
	 */
	CompletableFuture<List<Group>> getGroupsBySource(String groupSource);

	/**
	 * Returns the groups a user is currently a member of.
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 * @param userId the id of the user
	 * @return a future of the user's groups, possibly empty
	 */
	CompletableFuture<List<Group>> getGroupsForUser(String userId);

	/**
	 * Saves changes to an existing group, identified by the id inside the given group,
	 * and returns the stored result.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the group is
	 * missing or invalid; with a {@link PluginApiNotFoundException} when no group has
	 * that id.
	 * @param group the group with its id and the new values
	 * @return a future of the updated group
	 */
	CompletableFuture<Group> updateGroup(Group group);

	/**
	 * Archives a group (a soft delete that sets {@code delete_at}); it can be brought
	 * back with {@link #restoreGroup}.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no active group has
	 * that id.
	 * @param groupId the id of the group to delete
	 * @return a future of the archived group
	 */
	CompletableFuture<Group> deleteGroup(String groupId);

	/**
	 * Restores a group archived with {@link #deleteGroup}.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no archived group
	 * has that id.
	 * @param groupId the id of the group to restore
	 * @return a future of the restored group
	 */
	CompletableFuture<Group> restoreGroup(String groupId);

	/**
	 * Returns one page of the users who are members of a group. {@code page} counts from
	 * zero.
	 *
	 * <p>
	 * Minimum server version: 5.35.
	 * @param groupId the id of the group
	 * @param page zero-based page number
	 * @param perPage how many items a page holds
	 * @return a future of the member users on the requested page, possibly empty
	 */
	CompletableFuture<List<User>> getGroupMemberUsers(String groupId, int page, int perPage);

	/**
	 * Adds a user to a group, or reactivates the membership if the user had been removed,
	 * and returns the membership.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param userId the id of the user to add
	 * @return a future of the user's membership in the group
	 */
	CompletableFuture<GroupMember> upsertGroupMember(String groupId, String userId);

	/**
	 * Adds several users to a group in one call, reactivating memberships of users who
	 * had been removed, and returns the memberships.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param userIds the ids of the users to add
	 * @return a future of the memberships of the given users in the group
	 */
	CompletableFuture<List<GroupMember>> upsertGroupMembers(String groupId, List<String> userIds);

	/**
	 * Removes a user from a group by marking the membership deleted, and returns that
	 * membership.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the user is not a
	 * member of the group.
	 * @param groupId the id of the group
	 * @param userId the id of the user to remove
	 * @return a future of the removed membership
	 */
	CompletableFuture<GroupMember> deleteGroupMember(String groupId, String userId);

	/**
	 * Returns the link between a group and a team or channel (a syncable), which says
	 * whether the group's members are added automatically and whether they get admin
	 * rights there.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the group is not
	 * linked to that team or channel.
	 * @param groupId the id of the group
	 * @param syncableId the id of the team or channel
	 * @param syncableType the kind of syncable: {@code Team} or {@code Channel}
	 * @return a future of the link between the group and the team or channel
	 */
	CompletableFuture<GroupSyncable> getGroupSyncable(String groupId, String syncableId, String syncableType);

	/**
	 * Returns all links of a group to teams, or all its links to channels.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param syncableType the kind of syncable: {@code Team} or {@code Channel}
	 * @return a future of the group's links of that kind, possibly empty
	 */
	CompletableFuture<List<GroupSyncable>> getGroupSyncables(String groupId, String syncableType);

	/**
	 * Links a group to a team or channel, or updates and reactivates an existing link,
	 * and returns it. Linking a group to a channel also links it to the channel's team.
	 *
	 * <p>
	 * Linking does not add any members by itself; see
	 * {@link #createDefaultSyncableMemberships}.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when
	 * {@code groupSyncable} is not set or invalid.
	 * @param groupSyncable the link to create or update: group, team or channel, kind,
	 * auto-add and scheme-admin flags
	 * @return a future of the stored link
	 */
	CompletableFuture<GroupSyncable> upsertGroupSyncable(GroupSyncable groupSyncable);

	/**
	 * Changes the flags of an existing link between a group and a team or channel, such
	 * as auto-add and scheme admin.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the group is not
	 * linked to that team or channel.
	 * @param groupSyncable the link with its group, team or channel, kind and new flags
	 * @return a future of the updated link
	 */
	CompletableFuture<GroupSyncable> updateGroupSyncable(GroupSyncable groupSyncable);

	/**
	 * Removes the link between a group and a team or channel (a soft delete) and returns
	 * it. Unlinking a team also unlinks the group from the channels of that team;
	 * existing team and channel members are not removed.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the group is not
	 * linked to that team or channel.
	 * @param groupId the id of the group
	 * @param syncableId the id of the team or channel
	 * @param syncableType the kind of syncable: {@code Team} or {@code Channel}
	 * @return a future of the removed link
	 */
	CompletableFuture<GroupSyncable> deleteGroupSyncable(String groupId, String syncableId, String syncableType);

	/**
	 * Adds the members of linked groups to the teams and channels whose links have
	 * auto-add set, as the server's group synchronisation job does. The parameters limit
	 * the run to memberships created since a time (milliseconds since the epoch), to
	 * teams and/or channels, and say whether users who left or were removed are added
	 * back.
	 *
	 * <p>
	 * Minimum server version: 10.9.
	 * @param params what to synchronise: since when, whether teams and channels are in
	 * scope, and whether removed members are re-added
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> createDefaultSyncableMemberships(CreateDefaultMembershipParams params);

	/**
	 * Removes, across the whole server, the team and channel members who belong to none
	 * of the groups allowed in group-constrained teams and channels.
	 *
	 * <p>
	 * This may remove many users from teams and channels at once.
	 *
	 * <p>
	 * Minimum server version: 10.9.
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deleteGroupConstrainedMemberships();

}

package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.CreateDefaultMembershipParams;
import dev.pluginkit.mattermost.pluginapi.v1.Group;
import dev.pluginkit.mattermost.pluginapi.v1.GroupMember;
import dev.pluginkit.mattermost.pluginapi.v1.GroupSearchOpts;
import dev.pluginkit.mattermost.pluginapi.v1.GroupSyncable;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.pluginapi.v1.ViewUsersRestrictions;

/**
 * User groups, their members, and the teams and channels they are synced with
 * (syncables).
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncGroupOperations
 */
public interface GroupOperations {

	/**
	 * Creates a user group, for example a custom group or one a plugin synchronises from
	 * an external directory ({@code source} {@code custom}, {@code ldap} or
	 * {@code plugin_} followed by a plugin id), and returns it with its id and
	 * timestamps.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param group the group to create: name, display name, description, source and, for
	 * synchronised groups, the remote id
	 * @return the created group
	 * @throws PluginApiValidationException when the group is missing or invalid, or its
	 * name is already taken by a group or a user
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Group createGroup(Group group);

	/**
	 * Returns a group by id.
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 * @param groupId the id of the group
	 * @return the group
	 * @throws PluginApiNotFoundException when no group has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Group getGroup(String groupId);

	/**
	 * Returns a group by its name, the handle used to mention it (without the {@code @}).
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 * @param name the name of the group
	 * @return the group
	 * @throws PluginApiNotFoundException when no group has that name
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Group getGroupByName(String name);

	/**
	 * Returns the group that mirrors a group of an external source, found by that source
	 * and the group's id there (for LDAP, its unique identifier attribute).
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param remoteId the id of the group in the external source
	 * @param groupSource the source of the group, such as {@code ldap} or {@code plugin_}
	 * followed by a plugin id
	 * @return the group
	 * @throws PluginApiNotFoundException when no group of that source has that remote id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Group getGroupByRemoteId(String remoteId, String groupSource);

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
	 * @return the groups on the requested page, possibly empty
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Group> getGroups(int page, int perPage, GroupSearchOpts opts, ViewUsersRestrictions viewRestrictions);

	/**
	 * Streams every item of
	 * {@link #getGroups(int, int, GroupSearchOpts, ViewUsersRestrictions)}, one page at a
	 * time: a page of {@code pageSize} items is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param opts the search and filter options
	 * @param viewRestrictions the teams and channels the result is restricted to, or
	 * unset for no restriction
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Group> getGroupsStream(GroupSearchOpts opts, ViewUsersRestrictions viewRestrictions, int pageSize);

	/**
	 * Returns all groups that come from the given source.
	 *
	 * <p>
	 * Minimum server version: 5.35.
	 * @param groupSource the source of the groups, such as {@code ldap}, {@code custom}
	 * or
	 * {@code plugin_} followed by a plugin id
	 * @return the groups of that source, possibly empty
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Group> getGroupsBySource(String groupSource);

	/**
	 * Returns the groups a user is currently a member of.
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 * @param userId the id of the user
	 * @return the user's groups, possibly empty
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Group> getGroupsForUser(String userId);

	/**
	 * Saves changes to an existing group, identified by the id inside the given group,
	 * and returns the stored result.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param group the group with its id and the new values
	 * @return the updated group
	 * @throws PluginApiValidationException when the group is missing or invalid
	 * @throws PluginApiNotFoundException when no group has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Group updateGroup(Group group);

	/**
	 * Archives a group (a soft delete that sets {@code delete_at}); it can be brought
	 * back with {@link #restoreGroup}.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group to delete
	 * @return the archived group
	 * @throws PluginApiNotFoundException when no active group has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Group deleteGroup(String groupId);

	/**
	 * Restores a group archived with {@link #deleteGroup}.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group to restore
	 * @return the restored group
	 * @throws PluginApiNotFoundException when no archived group has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Group restoreGroup(String groupId);

	/**
	 * Returns one page of the users who are members of a group. {@code page} counts from
	 * zero.
	 *
	 * <p>
	 * Minimum server version: 5.35.
	 * @param groupId the id of the group
	 * @param page zero-based page number
	 * @param perPage how many items a page holds
	 * @return the member users on the requested page, possibly empty
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<User> getGroupMemberUsers(String groupId, int page, int perPage);

	/**
	 * Streams every item of {@link #getGroupMemberUsers(String, int, int)}, one page at a
	 * time: a page of {@code pageSize} items is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param groupId the id of the group
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<User> getGroupMemberUsersStream(String groupId, int pageSize);

	/**
	 * Adds a user to a group, or reactivates the membership if the user had been removed,
	 * and returns the membership.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param userId the id of the user to add
	 * @return the user's membership in the group
	 * @throws PluginApiException when the call fails for any other reason
	 */
	GroupMember upsertGroupMember(String groupId, String userId);

	/**
	 * Adds several users to a group in one call, reactivating memberships of users who
	 * had been removed, and returns the memberships.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param userIds the ids of the users to add
	 * @return the memberships of the given users in the group
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<GroupMember> upsertGroupMembers(String groupId, List<String> userIds);

	/**
	 * Removes a user from a group by marking the membership deleted, and returns that
	 * membership.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param userId the id of the user to remove
	 * @return the removed membership
	 * @throws PluginApiNotFoundException when the user is not a member of the group
	 * @throws PluginApiException when the call fails for any other reason
	 */
	GroupMember deleteGroupMember(String groupId, String userId);

	/**
	 * Returns the link between a group and a team or channel (a syncable), which says
	 * whether the group's members are added automatically and whether they get admin
	 * rights there.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param syncableId the id of the team or channel
	 * @param syncableType the kind of syncable: {@code Team} or {@code Channel}
	 * @return the link between the group and the team or channel
	 * @throws PluginApiNotFoundException when the group is not linked to that team or
	 * channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	GroupSyncable getGroupSyncable(String groupId, String syncableId, String syncableType);

	/**
	 * Returns all links of a group to teams, or all its links to channels.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param syncableType the kind of syncable: {@code Team} or {@code Channel}
	 * @return the group's links of that kind, possibly empty
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<GroupSyncable> getGroupSyncables(String groupId, String syncableType);

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
	 * @param groupSyncable the link to create or update: group, team or channel, kind,
	 * auto-add and scheme-admin flags
	 * @return the stored link
	 * @throws PluginApiValidationException when {@code groupSyncable} is not set or
	 * invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	GroupSyncable upsertGroupSyncable(GroupSyncable groupSyncable);

	/**
	 * Changes the flags of an existing link between a group and a team or channel, such
	 * as auto-add and scheme admin.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupSyncable the link with its group, team or channel, kind and new flags
	 * @return the updated link
	 * @throws PluginApiNotFoundException when the group is not linked to that team or
	 * channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	GroupSyncable updateGroupSyncable(GroupSyncable groupSyncable);

	/**
	 * Removes the link between a group and a team or channel (a soft delete) and returns
	 * it. Unlinking a team also unlinks the group from the channels of that team;
	 * existing team and channel members are not removed.
	 *
	 * <p>
	 * Minimum server version: 10.7.
	 * @param groupId the id of the group
	 * @param syncableId the id of the team or channel
	 * @param syncableType the kind of syncable: {@code Team} or {@code Channel}
	 * @return the removed link
	 * @throws PluginApiNotFoundException when the group is not linked to that team or
	 * channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	GroupSyncable deleteGroupSyncable(String groupId, String syncableId, String syncableType);

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
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void createDefaultSyncableMemberships(CreateDefaultMembershipParams params);

	/**
	 * Removes, across the whole server, the team and channel members who belong to none
	 * of the groups allowed in group-constrained teams and channels.
	 *
	 * <p>
	 * This may remove many users from teams and channels at once.
	 *
	 * <p>
	 * Minimum server version: 10.9.
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteGroupConstrainedMemberships();

}

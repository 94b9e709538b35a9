package dev.pluginkit.mattermost.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.CustomStatus;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.Status;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.pluginapi.v1.UserAuth;

/**
 * Users: accounts, profile images, status, custom status and permissions. Asked without
 * blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see UserOperations
 */
public interface AsyncUserOperations {

	/**
	 * Creates a new user account from the given user and returns it as stored, with its
	 * id and timestamps filled in by the server. The username, email and password must
	 * satisfy the server's validation and uniqueness rules.
	 *
	 * <p>
	 * The server reports a taken username or email as a bad request, not as a conflict.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the user is
	 * invalid or its username or email is already taken.
	 * @param user the user to create
	 * @return a future of the created user
	 */
	CompletableFuture<User> createUser(User user);

	/**
	 * Looks up a single user by id.
	 *
	 * <p>
	 * Deactivated users are returned too; their {@code delete_at} is non-zero.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * id.
	 * @param userId the id of the user
	 * @return a future of the user
	 */
	CompletableFuture<User> getUser(String userId);

	/**
	 * Looks up a single user by email address.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * email address.
	 * @param email the email address of the user
	 * @return a future of the user
	 */
	CompletableFuture<User> getUserByEmail(String email);

	/**
	 * Looks up a single user by username.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * username.
	 * @param name the username, without a leading {@code @}
	 * @return a future of the user
	 */
	CompletableFuture<User> getUserByUsername(String name);

	/**
	 * Lists one page of users that match every non-empty filter of the request. Pages are
	 * zero-based; {@code page} selects the page and {@code per_page} its size.
	 *
	 * <p>
	 * Not every filter of the underlying server query is honoured by this call; check
	 * results rather than relying on a rarely used filter.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param request the request; build it with {@code GetUsersRequest.newBuilder()},
	 * leaving out the filters that do not apply
	 * @return a future of the matching users of the requested page
	 */
	CompletableFuture<List<User>> getUsers(GetUsersRequest request);

	/**
	 * Gets the users with the given ids in one call. Ids that match no user are skipped,
	 * so the result may be shorter than the request.
	 *
	 * <p>
	 * Minimum server version: 9.8.
	 * @param userIds the ids of the users
	 * @return a future of the users found
	 */
	CompletableFuture<List<User>> getUsersByIds(List<String> userIds);

	/**
	 * Gets the users with the given usernames in one call. Usernames that match no user
	 * are skipped, so the result may be shorter than the request.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param usernames the usernames to look up
	 * @return a future of the users found
	 */
	CompletableFuture<List<User>> getUsersByUsernames(List<String> usernames);

	/**
	 * Lists one page of the members of a channel, sorted by username or by status. Pages
	 * are zero-based; {@code page} selects the page and {@code perPage} its size.
	 *
	 * <p>
	 * An empty {@code sortBy} is rejected; there is no default order.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when {@code sortBy}
	 * is neither {@code "username"} nor {@code "status"}.
	 * @param channelId the id of the channel
	 * @param sortBy the sort order: {@code "username"} or {@code "status"}
	 * @param page zero-based page number
	 * @param perPage how many users a page holds
	 * @return a future of the channel's users on the requested page
	 */
	CompletableFuture<List<User>> getUsersInChannel(String channelId, String sortBy, int page, int perPage);

	/**
	 * Lists one page of the members of a team. Pages are zero-based; {@code page} selects
	 * the page and {@code perPage} its size.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param teamId the id of the team
	 * @param page zero-based page number
	 * @param perPage how many users a page holds
	 * @return a future of the team's users on the requested page
	 */
	CompletableFuture<List<User>> getUsersInTeam(String teamId, int page, int perPage);

	/**
	 * Searches users whose username, full name or nickname matches the term, narrowed by
	 * the other non-empty filters. The search runs with administrator visibility, so it
	 * is not restricted to what any particular user may see.
	 *
	 * <p>
	 * Set a {@code limit}: a search without one (or with 0) returns no users.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param request the request; build it with {@code SearchUsersRequest.newBuilder()},
	 * leaving out the filters that do not apply
	 * @return a future of the matching users
	 */
	CompletableFuture<List<User>> searchUsers(SearchUsersRequest request);

	/**
	 * Saves changes to an existing user, identified by the id of the given user, and
	 * returns the stored result. The server may notify the user by email about changes
	 * such as a new email address or username.
	 *
	 * <p>
	 * This is not a patch: send the whole user as read with {@link #getUser}, with only
	 * the intended fields changed.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the changed user
	 * is invalid.
	 * @param user the user with its changes, carrying its id
	 * @return a future of the updated user
	 */
	CompletableFuture<User> updateUser(User user);

	/**
	 * Deactivates a user or reactivates a deactivated one. A deactivated user cannot log
	 * in and their sessions are revoked.
	 *
	 * <p>
	 * Deactivation also deactivates the bots the user owns (the server's
	 * {@code ServiceSettings.DisableBotsWhenOwnerIsDeactivated}, on by default), and
	 * reactivation does not bring them back. The user's direct message channels are not
	 * archived: clients only show them as such.
	 *
	 * <p>
	 * Minimum server version: 5.8.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * id.
	 * @param userId the id of the user
	 * @param active true to reactivate, false to deactivate
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> updateUserActive(String userId, boolean active);

	/**
	 * Changes how a user authenticates, by setting the external authentication service
	 * and the user's identifier in it. Intended for switching to a non-email service such
	 * as LDAP, SAML or OAuth; it cannot set up email login with a password.
	 *
	 * <p>
	 * Minimum server version: 9.3.
	 * @param userId the id of the user
	 * @param userAuth the new authentication service and authentication data
	 * @return a future of the authentication settings now stored
	 */
	CompletableFuture<UserAuth> updateUserAuth(String userId, UserAuth userAuth);

	/**
	 * Replaces a user's system roles with the given space-separated role names, for
	 * example
	 * {@code "system_user system_admin"}.
	 *
	 * <p>
	 * Leaving out {@code system_user} takes the basic user role away; include it unless
	 * that is intended.
	 *
	 * <p>
	 * Minimum server version: 9.8.
	 * @param userId the id of the user
	 * @param newRoles space-separated system role names that replace the current ones
	 * @return a future of the updated user
	 */
	CompletableFuture<User> updateUserRoles(String userId, String newRoles);

	/**
	 * Deactivates a user. Despite its name this does not erase the account: the user and
	 * their content stay, and the user can be reactivated with {@link #updateUserActive}.
	 * As there, the bots the user owns are deactivated too.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * id.
	 * @param userId the id of the user
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deleteUser(String userId);

	/**
	 * Reads the requested attributes of a user from the LDAP directory. Users who do not
	 * sign in through LDAP (or through SAML with LDAP synchronisation) yield an empty map
	 * rather than an error.
	 *
	 * <p>
	 * Requires an Enterprise licence and a configured LDAP server; without them the
	 * server answers UNIMPLEMENTED, which surfaces as the base plugin API exception.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * id.
	 * @param userId the id of the user
	 * @param attributes the names of the LDAP attributes to read
	 * @return a future of the attribute values, keyed by attribute name
	 */
	CompletableFuture<Map<String, String>> getLdapUserAttributes(String userId, List<String> attributes);

	/**
	 * Gets a user's profile picture as image file bytes. A user who never uploaded a
	 * picture gets the server's generated default image.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * id.
	 * @param userId the id of the user
	 * @return a future of the image file bytes
	 */
	CompletableFuture<byte[]> getProfileImage(String userId);

	/**
	 * Replaces a user's profile picture with the given image file.
	 *
	 * <p>
	 * The server accepts at most 4 MiB per request, so the data must stay below that.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no user has that
	 * id; with a {@link PluginApiValidationException} when the data is not a usable
	 * image.
	 * @param userId the id of the user
	 * @param data the bytes of the new image file
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> setProfileImage(String userId, byte[] data);

	/**
	 * Tells clients that a user is typing in a channel or in one of its threads, by
	 * broadcasting the typing WebSocket event.
	 *
	 * <p>
	 * Minimum server version: 5.26.
	 * @param userId the id of the user who is typing
	 * @param channelId the id of the channel
	 * @param parentId the id of the thread's root post, or empty for the channel itself
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> publishUserTyping(String userId, String channelId, String parentId);

	/**
	 * Gets a user's presence: online, away, do not disturb or offline, with the time of
	 * their last activity and, for timed do not disturb, its end time.
	 *
	 * <p>
	 * When user statuses are disabled in the server configuration, the call succeeds with
	 * an empty status (all fields unset) instead of failing. {@code last_activity_at} is
	 * in milliseconds, but {@code dnd_end_time} is in seconds since the epoch.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the server holds no
	 * status for that user.
	 * @param userId the id of the user
	 * @return a future of the user's status
	 */
	CompletableFuture<Status> getUserStatus(String userId);

	/**
	 * Gets the presence of several users in one call. Users the server holds no status
	 * for, including ids that match no user at all, are reported as offline.
	 *
	 * <p>
	 * When user statuses are disabled in the server configuration, the result is empty.
	 * The order of the result does not follow the order of the ids.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param userIds the ids of the users
	 * @return a future of the statuses of the users
	 */
	CompletableFuture<List<Status>> getUserStatusesByIds(List<String> userIds);

	/**
	 * Sets a user's presence as if the user had chosen it; it stays until the user or
	 * another integration changes it. Accepted values are {@code "online"},
	 * {@code "away"}, {@code "dnd"} and {@code "offline"}.
	 *
	 * <p>
	 * When user statuses are disabled in the server configuration, nothing changes and an
	 * empty status is returned. The user id is not checked against existing users.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the status is not
	 * one of the accepted values.
	 * @param userId the id of the user
	 * @param status the new status: {@code "online"}, {@code "away"}, {@code "dnd"} or
	 *
	 * {@code "offline"}
	 * @return a future of the user's status after the change
	 */
	CompletableFuture<Status> updateUserStatus(String userId, String status);

	/**
	 * Puts a user into do not disturb until the given end time, after which the server
	 * restores the previous status. The end time is in seconds since the epoch, not
	 * milliseconds.
	 *
	 * <p>
	 * A value in milliseconds is read as a date tens of thousands of years ahead, so do
	 * not disturb would effectively never end. The server rounds the end time down to its
	 * expiry interval (currently one minute), so the status may end up to a minute early.
	 * When user statuses are disabled in the server configuration, nothing changes and an
	 * empty status is returned. The user id is not checked against existing users.
	 *
	 * <p>
	 * Minimum server version: 5.35.
	 * @param userId the id of the user
	 * @param endTime when do not disturb ends, in seconds since the epoch
	 * @return a future of the user's status after the change
	 */
	CompletableFuture<Status> setUserStatusTimedDnd(String userId, long endTime);

	/**
	 * Puts a user into do not disturb until the given time, after which the server
	 * restores the previous status. The server counts whole seconds: a fraction of a
	 * second is dropped.
	 *
	 * <p>
	 * Everything else is as for {@link #setUserStatusTimedDnd(String, long)}.
	 *
	 * <p>
	 * Minimum server version: 5.35.
	 * @param userId the id of the user
	 * @param endTime when do not disturb ends
	 * @return a future of the user's status after the change
	 * @throws IllegalArgumentException when {@code endTime} lies before the epoch, before
	 * any call is made
	 */
	CompletableFuture<Status> setUserStatusTimedDnd(String userId, Instant endTime);

	/**
	 * Sets the custom status (emoji and text, with an optional duration or expiry time)
	 * shown next to a user's name. It stays until the user or another integration clears
	 * or replaces it, or until it expires.
	 *
	 * <p>
	 * {@code expires_at} of the custom status is in milliseconds since the epoch.
	 *
	 * <p>
	 * Minimum server version: 6.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the custom status
	 * is invalid, such as an over-long text or an unknown duration.
	 * @param userId the id of the user
	 * @param customStatus the new custom status
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> updateUserCustomStatus(String userId, CustomStatus customStatus);

	/**
	 * Clears a user's custom status.
	 *
	 * <p>
	 * Minimum server version: 6.2.
	 * @param userId the id of the user
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> removeUserCustomStatus(String userId);

	/**
	 * Tells whether a user holds a permission at system level, through their system
	 * roles.
	 *
	 * <p>
	 * Never fails for an unknown user or permission: the answer is then simply false.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param userId the id of the user
	 * @param permissionId the id of the permission, such as {@code "manage_system"}
	 * @return a future of whether the user has the permission
	 */
	CompletableFuture<Boolean> hasPermissionTo(String userId, String permissionId);

	/**
	 * Tells whether a user holds a permission in a team, through their team roles or
	 * their system roles.
	 *
	 * <p>
	 * Never fails for an unknown user, team or permission: the answer is then simply
	 * false.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param userId the id of the user
	 * @param teamId the id of the team
	 * @param permissionId the id of the permission, such as {@code "manage_team"}
	 * @return a future of whether the user has the permission in the team
	 */
	CompletableFuture<Boolean> hasPermissionToTeam(String userId, String teamId, String permissionId);

	/**
	 * Tells whether a user holds a permission in a channel, through their channel, team
	 * or system roles.
	 *
	 * <p>
	 * Never fails for an unknown user, channel or permission: the answer is then simply
	 * false.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param userId the id of the user
	 * @param channelId the id of the channel
	 * @param permissionId the id of the permission, such as {@code "create_post"}
	 * @return a future of whether the user has the permission in the channel
	 */
	CompletableFuture<Boolean> hasPermissionToChannel(String userId, String channelId, String permissionId);

	/**
	 * Tells whether any of the named roles grants a permission, independently of any
	 * user.
	 *
	 * <p>
	 * Unknown role names grant nothing; the call does not fail for them.
	 *
	 * <p>
	 * Minimum server version: 6.3.
	 * @param roleNames the names of the roles, such as {@code "system_user"}
	 * @param permissionId the id of the permission
	 * @return a future of whether one of the roles grants the permission
	 */
	CompletableFuture<Boolean> rolesGrantPermission(List<String> roleNames, String permissionId);

}

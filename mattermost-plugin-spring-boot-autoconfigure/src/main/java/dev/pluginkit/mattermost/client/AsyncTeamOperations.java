package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMemberWithError;
import dev.pluginkit.mattermost.pluginapi.v1.TeamStats;
import dev.pluginkit.mattermost.pluginapi.v1.TeamUnread;

/**
 * Teams, their icons and statistics, and team members. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see TeamOperations
 */
public interface AsyncTeamOperations {

	/**
	 * Creates a new team from the given team and returns it as stored, with its id and
	 * timestamps filled in by the server. The name must be unique and URL-safe; the type
	 * is {@code "O"} for open or {@code "I"} for invite only.
	 *
	 * <p>
	 * The plugin creates the team without becoming a member of it and without adding any
	 * user; add members with {@link #createTeamMember}.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the team is
	 * invalid or its name is already taken.
	 * @param team the team to create
	 * @return a future of the created team
	 */
	CompletableFuture<Team> createTeam(Team team);

	/**
	 * Looks up a single team by id.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no team has that
	 * id.
	 * @param teamId the id of the team
	 * @return a future of the team
	 */
	CompletableFuture<Team> getTeam(String teamId);

	/**
	 * Looks up a single team by its unique name, the URL part (not the display name).
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no team has that
	 * name.
	 * @param name the unique name of the team
	 * @return a future of the team
	 */
	CompletableFuture<Team> getTeamByName(String name);

	/**
	 * Lists every team on the server, open and invite-only alike, in one unpaged result.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @return a future of all teams
	 */
	CompletableFuture<List<Team>> getTeams();

	/**
	 * Lists the teams a user is a member of.
	 *
	 * <p>
	 * An id that matches no user gives an empty result, not an error.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param userId the id of the user
	 * @return a future of the user's teams
	 */
	CompletableFuture<List<Team>> getTeamsForUser(String userId);

	/**
	 * Searches all teams, open and invite-only, whose name or display name matches the
	 * term.
	 *
	 * <p>
	 * Minimum server version: 5.8.
	 * @param term the text to match against team names and display names
	 * @return a future of the matching teams
	 */
	CompletableFuture<List<Team>> searchTeams(String term);

	/**
	 * Saves changes to an existing team, identified by the id of the given team, and
	 * returns the stored result.
	 *
	 * <p>
	 * This is not a patch: send the whole team as read with {@link #getTeam}, with only
	 * the intended fields changed.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no team has that
	 * id; with a {@link PluginApiValidationException} when the changed team is invalid.
	 * @param team the team with its changes, carrying its id
	 * @return a future of the updated team
	 */
	CompletableFuture<Team> updateTeam(Team team);

	/**
	 * Archives a team. This is a soft delete: the team and its content are kept and its
	 *
	 * {@code delete_at} is set, but members can no longer use it.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no team has that
	 * id.
	 * @param teamId the id of the team
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deleteTeam(String teamId);

	/**
	 * Gets member counts of a team: all members and the active ones.
	 *
	 * <p>
	 * Minimum server version: 5.8.
	 * @param teamId the id of the team
	 * @return a future of the team's member counts
	 */
	CompletableFuture<TeamStats> getTeamStats(String teamId);

	/**
	 * Gets, for every team the user belongs to, how many messages and mentions the user
	 * has not read yet, with separate counts for root posts and threads.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param userId the id of the user
	 * @return a future of the unread counts, one entry per team
	 */
	CompletableFuture<List<TeamUnread>> getTeamsUnreadForUser(String userId);

	/**
	 * Gets the icon image of a team as file bytes.
	 *
	 * <p>
	 * A team without an icon is an error, not an empty result; catch the not-found
	 * exception to treat it as absent.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no team has that id
	 * or the team has no icon.
	 * @param teamId the id of the team
	 * @return a future of the icon image file bytes
	 */
	CompletableFuture<byte[]> getTeamIcon(String teamId);

	/**
	 * Replaces the icon image of a team with the given image file.
	 *
	 * <p>
	 * The server accepts at most 4 MiB per request, so the data must stay below that.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no team has that
	 * id; with a {@link PluginApiValidationException} when the data is not a usable
	 * image.
	 * @param teamId the id of the team
	 * @param data the bytes of the new icon image file
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> setTeamIcon(String teamId, byte[] data);

	/**
	 * Removes the icon image of a team, so clients show the default icon again.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no team has that
	 * id.
	 * @param teamId the id of the team
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> removeTeamIcon(String teamId);

	/**
	 * Adds a user to a team, as if the user had joined it themselves, and returns the
	 * membership. The user is also joined to the team's default channels.
	 *
	 * <p>
	 * Adding a user who is already a member returns the existing membership instead of
	 * failing.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the team or the
	 * user does not exist.
	 * @param teamId the id of the team
	 * @param userId the id of the user to add
	 * @return a future of the team membership
	 */
	CompletableFuture<TeamMember> createTeamMember(String teamId, String userId);

	/**
	 * Adds several users to a team on behalf of a requesting user, and returns their
	 * memberships. The call stops at the first user that cannot be added and fails; users
	 * handled before that one stay added.
	 *
	 * <p>
	 * Use {@link #createTeamMembersGracefully} to add as many users as possible and learn
	 * which ones failed.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the team or one of
	 * the users does not exist.
	 * @param teamId the id of the team
	 * @param userIds the ids of the users to add
	 * @param requestorId the id of the user on whose behalf the members are added
	 * @return a future of the new team memberships
	 */
	CompletableFuture<List<TeamMember>> createTeamMembers(String teamId, List<String> userIds, String requestorId);

	/**
	 * Adds several users to a team on behalf of a requesting user, carrying on past users
	 * that cannot be added. Each entry of the result holds either the new membership or
	 * the error for that user.
	 *
	 * <p>
	 * Per-user failures come back inside the result, not as an exception; check each
	 * entry's {@code error}.
	 *
	 * <p>
	 * Minimum server version: 5.20.
	 * @param teamId the id of the team
	 * @param userIds the ids of the users to add
	 * @param requestorId the id of the user on whose behalf the members are added
	 * @return a future of one outcome per user, holding the membership or the error
	 */
	CompletableFuture<List<TeamMemberWithError>> createTeamMembersGracefully(String teamId, List<String> userIds,
			String requestorId);

	/**
	 * Gets the membership of a user in a team, including the user's team roles.
	 *
	 * <p>
	 * A membership removed from the team may still be returned, with a non-zero
	 * {@code delete_at}.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the user is not a
	 * member of the team.
	 * @param teamId the id of the team
	 * @param userId the id of the user
	 * @return a future of the team membership
	 */
	CompletableFuture<TeamMember> getTeamMember(String teamId, String userId);

	/**
	 * Lists one page of the memberships of a team. Pages are zero-based; {@code page}
	 * selects the page and {@code perPage} its size.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @param page zero-based page number
	 * @param perPage how many memberships a page holds
	 * @return a future of the team memberships on the requested page
	 */
	CompletableFuture<List<TeamMember>> getTeamMembers(String teamId, int page, int perPage);

	/**
	 * Lists one page of a user's team memberships, one per team. Pages are zero-based;
	 *
	 * {@code page} selects the page and {@code perPage} its size.
	 *
	 * <p>
	 * Teams the user has left are included: their members have a non-zero
	 * {@code delete_at}.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param userId the id of the user
	 * @param page zero-based page number
	 * @param perPage how many memberships a page holds
	 * @return a future of the user's team memberships on the requested page
	 */
	CompletableFuture<List<TeamMember>> getTeamMembersForUser(String userId, int page, int perPage);

	/**
	 * Replaces a user's roles in a team with the given space-separated role names, for
	 * example {@code "team_user team_admin"}.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the user is not a
	 * member of the team.
	 * @param teamId the id of the team
	 * @param userId the id of the user
	 * @param newRoles space-separated team role names that replace the current ones
	 * @return a future of the updated team membership
	 */
	CompletableFuture<TeamMember> updateTeamMemberRoles(String teamId, String userId, String newRoles);

	/**
	 * Removes a user from a team on behalf of a requesting user; the user also leaves the
	 * team's channels. When the requestor is the user themselves, it counts as leaving
	 * the team.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the team or the
	 * user does not exist.
	 * @param teamId the id of the team
	 * @param userId the id of the user to remove
	 * @param requestorId the id of the user on whose behalf the member is removed
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deleteTeamMember(String teamId, String userId, String requestorId);

}

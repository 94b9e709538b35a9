package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMemberWithError;
import dev.pluginkit.mattermost.pluginapi.v1.TeamStats;
import dev.pluginkit.mattermost.pluginapi.v1.TeamUnread;

/**
 * Teams, their icons and statistics, and team members.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncTeamOperations
 */
public interface TeamOperations {

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
	 * @param team the team to create
	 * @return the created team
	 * @throws PluginApiValidationException when the team is invalid or its name is
	 * already taken
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Team createTeam(Team team);

	/**
	 * Looks up a single team by id.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @return the team
	 * @throws PluginApiNotFoundException when no team has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Team getTeam(String teamId);

	/**
	 * Looks up a single team by its unique name, the URL part (not the display name).
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param name the unique name of the team
	 * @return the team
	 * @throws PluginApiNotFoundException when no team has that name
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Team getTeamByName(String name);

	/**
	 * Lists every team on the server, open and invite-only alike, in one unpaged result.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @return all teams
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Team> getTeams();

	/**
	 * Lists the teams a user is a member of.
	 *
	 * <p>
	 * An id that matches no user gives an empty result, not an error.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param userId the id of the user
	 * @return the user's teams
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Team> getTeamsForUser(String userId);

	/**
	 * Searches all teams, open and invite-only, whose name or display name matches the
	 * term.
	 *
	 * <p>
	 * Minimum server version: 5.8.
	 * @param term the text to match against team names and display names
	 * @return the matching teams
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Team> searchTeams(String term);

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
	 * @param team the team with its changes, carrying its id
	 * @return the updated team
	 * @throws PluginApiNotFoundException when no team has that id
	 * @throws PluginApiValidationException when the changed team is invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Team updateTeam(Team team);

	/**
	 * Archives a team. This is a soft delete: the team and its content are kept and its
	 *
	 * {@code delete_at} is set, but members can no longer use it.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @throws PluginApiNotFoundException when no team has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteTeam(String teamId);

	/**
	 * Gets member counts of a team: all members and the active ones.
	 *
	 * <p>
	 * Minimum server version: 5.8.
	 * @param teamId the id of the team
	 * @return the team's member counts
	 * @throws PluginApiException when the call fails for any other reason
	 */
	TeamStats getTeamStats(String teamId);

	/**
	 * Gets, for every team the user belongs to, how many messages and mentions the user
	 * has not read yet, with separate counts for root posts and threads.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param userId the id of the user
	 * @return the unread counts, one entry per team
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<TeamUnread> getTeamsUnreadForUser(String userId);

	/**
	 * Gets the icon image of a team as file bytes.
	 *
	 * <p>
	 * A team without an icon is an error, not an empty result; catch the not-found
	 * exception to treat it as absent.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param teamId the id of the team
	 * @return the icon image file bytes
	 * @throws PluginApiNotFoundException when no team has that id or the team has no icon
	 * @throws PluginApiException when the call fails for any other reason
	 */
	byte[] getTeamIcon(String teamId);

	/**
	 * Replaces the icon image of a team with the given image file.
	 *
	 * <p>
	 * The server accepts at most 4 MiB per request, so the data must stay below that.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param teamId the id of the team
	 * @param data the bytes of the new icon image file
	 * @throws PluginApiNotFoundException when no team has that id
	 * @throws PluginApiValidationException when the data is not a usable image
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void setTeamIcon(String teamId, byte[] data);

	/**
	 * Removes the icon image of a team, so clients show the default icon again.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param teamId the id of the team
	 * @throws PluginApiNotFoundException when no team has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void removeTeamIcon(String teamId);

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
	 * @param teamId the id of the team
	 * @param userId the id of the user to add
	 * @return the team membership
	 * @throws PluginApiNotFoundException when the team or the user does not exist
	 * @throws PluginApiException when the call fails for any other reason
	 */
	TeamMember createTeamMember(String teamId, String userId);

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
	 * @param teamId the id of the team
	 * @param userIds the ids of the users to add
	 * @param requestorId the id of the user on whose behalf the members are added
	 * @return the new team memberships
	 * @throws PluginApiNotFoundException when the team or one of the users does not exist
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<TeamMember> createTeamMembers(String teamId, List<String> userIds, String requestorId);

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
	 * @return one outcome per user, holding the membership or the error
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<TeamMemberWithError> createTeamMembersGracefully(String teamId, List<String> userIds, String requestorId);

	/**
	 * Gets the membership of a user in a team, including the user's team roles.
	 *
	 * <p>
	 * A membership removed from the team may still be returned, with a non-zero
	 * {@code delete_at}.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @param userId the id of the user
	 * @return the team membership
	 * @throws PluginApiNotFoundException when the user is not a member of the team
	 * @throws PluginApiException when the call fails for any other reason
	 */
	TeamMember getTeamMember(String teamId, String userId);

	/**
	 * Lists one page of the memberships of a team. Pages are zero-based; {@code page}
	 * selects the page and {@code perPage} its size.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @param page zero-based page number
	 * @param perPage how many memberships a page holds
	 * @return the team memberships on the requested page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<TeamMember> getTeamMembers(String teamId, int page, int perPage);

	/**
	 * Streams every item of {@link #getTeamMembers(String, int, int)}, one page at a
	 * time: a page of {@code pageSize} items is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full.
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
	Stream<TeamMember> getTeamMembersStream(String teamId, int pageSize);

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
	 * @return the user's team memberships on the requested page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<TeamMember> getTeamMembersForUser(String userId, int page, int perPage);

	/**
	 * Streams every item of {@link #getTeamMembersForUser(String, int, int)}, one page at
	 * a time: a page of {@code pageSize} items is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param userId the id of the user
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<TeamMember> getTeamMembersForUserStream(String userId, int pageSize);

	/**
	 * Replaces a user's roles in a team with the given space-separated role names, for
	 * example {@code "team_user team_admin"}.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @param userId the id of the user
	 * @param newRoles space-separated team role names that replace the current ones
	 * @return the updated team membership
	 * @throws PluginApiNotFoundException when the user is not a member of the team
	 * @throws PluginApiException when the call fails for any other reason
	 */
	TeamMember updateTeamMemberRoles(String teamId, String userId, String newRoles);

	/**
	 * Removes a user from a team on behalf of a requesting user; the user also leaves the
	 * team's channels. When the requestor is the user themselves, it counts as leaving
	 * the team.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param teamId the id of the team
	 * @param userId the id of the user to remove
	 * @param requestorId the id of the user on whose behalf the member is removed
	 * @throws PluginApiNotFoundException when the team or the user does not exist
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteTeamMember(String teamId, String userId, String requestorId);

}

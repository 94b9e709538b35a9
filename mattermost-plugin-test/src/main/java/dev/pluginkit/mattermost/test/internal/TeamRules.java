package dev.pluginkit.mattermost.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.TeamType;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.StatusRuntimeException;

/**
 * The server's rules for teams and team members, from {@code server/public/model/team.go}
 * ({@code PreSave}, {@code PreUpdate}, {@code IsValid}), {@code app/teams/utils.go} and the
 * team store's role handling, with the default configuration.
 */
public final class TeamRules {

	/** The scheme role of a team guest. */
	public static final String TEAM_GUEST = "team_guest";

	/** The scheme role of a team member. */
	public static final String TEAM_USER = "team_user";

	/** The scheme role of a team admin. */
	public static final String TEAM_ADMIN = "team_admin";

	/** {@code TeamSettings.MaxUsersPerTeam} of the default configuration. */
	static final int MAX_USERS_PER_TEAM = 50;

	private static final List<String> RESERVED_NAMES = List.of("admin", "api", "channel", "claim", "error", "files",
			"help", "landing", "login", "mfa", "oauth", "plug", "plugins", "post", "signup", "boards", "playbooks");

	private static final Pattern VALID_ALPHA_NUM = Pattern.compile("^[a-z0-9]+([a-z\\-0-9]+|(__)?)[a-z0-9]+$");

	private TeamRules() {
	}

	/**
	 * Keeps {@code type} and {@code allow_open_invite} in step, as the model's
	 * {@code syncTypeAndAllowOpenInvite}: an invite-only team never allows open invites, and a
	 * team without open invites is invite-only.
	 * @param team the team
	 * @return the team with consistent fields
	 */
	public static Team.Builder syncTypeAndOpenInvite(Team.Builder team) {
		if (team.getType() == TeamType.TEAM_TYPE_INVITE) {
			team.setAllowOpenInvite(false);
		}
		if (team.getAllowOpenInvite()) {
			if (team.getType() != TeamType.TEAM_TYPE_INVITE) {
				team.setType(TeamType.TEAM_TYPE_OPEN);
			}
		}
		else {
			team.setType(TeamType.TEAM_TYPE_INVITE);
		}
		return team;
	}

	/**
	 * Validates a team about to be stored, as {@code model.Team.IsValid}.
	 * @param team the team
	 * @return the failure, a 400 status with the {@code model.team.is_valid.*} id, or
	 * {@code null} when the team is valid
	 */
	public static StatusRuntimeException validate(Team team) {
		if (!Ids.isValid(team.getId())) {
			return invalid("id", "Invalid Id.");
		}
		if (team.getCreateAt() == 0) {
			return invalid("create_at", "Create at must be a valid time.");
		}
		if (team.getUpdateAt() == 0) {
			return invalid("update_at", "Update at must be a valid time.");
		}
		String email = team.getEmail();
		if (email.length() > 128 || (!email.isEmpty() && !UserRules.isValidEmail(email))) {
			return invalid("email", "Invalid email.");
		}
		int displayName = team.getDisplayName().codePointCount(0, team.getDisplayName().length());
		if (displayName == 0 || displayName > 64) {
			return invalid("name", "Invalid name.");
		}
		if (team.getName().length() > 64) {
			return invalid("url", "Invalid URL Identifier.");
		}
		if (team.getDescription().length() > 255) {
			return invalid("description", "Invalid description.");
		}
		if (team.getInviteId().isEmpty()) {
			return invalid("invite_id", "Invalid invite id.");
		}
		if (isReservedName(team.getName())) {
			return invalid("reserved", "This URL is not available. Please try another.");
		}
		if (!isValidName(team.getName())) {
			return invalid("characters", "Name must be 2 or more lowercase alphanumeric characters.");
		}
		if (team.getType() != TeamType.TEAM_TYPE_OPEN && team.getType() != TeamType.TEAM_TYPE_INVITE) {
			return invalid("type", "Invalid type.");
		}
		if (team.getCompanyName().length() > 64) {
			return invalid("company", "Invalid company name.");
		}
		if (team.getAllowedDomains().length() > 500) {
			return invalid("domains", "Invalid allowed domains.");
		}
		return null;
	}

	/**
	 * Tells whether a team name starts with one of the server's reserved names, as
	 * {@code model.IsReservedTeamName}.
	 * @param name the team name
	 * @return whether it is reserved
	 */
	public static boolean isReservedName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return RESERVED_NAMES.stream().anyMatch(lower::startsWith);
	}

	/**
	 * Tells whether a team name has the allowed characters and length, as
	 * {@code model.IsValidTeamName}.
	 * @param name the team name
	 * @return whether it is valid
	 */
	public static boolean isValidName(String name) {
		return name.length() >= 2 && VALID_ALPHA_NUM.matcher(name).matches();
	}

	/**
	 * Tells whether a user may join a team by the team's allowed email domains, as
	 * {@code TeamService.IsTeamEmailAllowed} with no server-wide restriction.
	 * @param user the user
	 * @param team the team
	 * @return whether the user may join
	 */
	static boolean isEmailAllowed(User user, Team team) {
		if (user.getIsBot() || isGuest(user)) {
			return true;
		}
		List<String> domains = List.of(team.getAllowedDomains()
			.replace("@", " ")
			.replace(",", " ")
			.toLowerCase(Locale.ROOT)
			.trim()
			.split("\\s+"));
		if (domains.size() == 1 && domains.get(0).isEmpty()) {
			return true;
		}
		String email = user.getEmail().toLowerCase(Locale.ROOT);
		return domains.stream().anyMatch((domain) -> email.endsWith("@" + domain));
	}

	/**
	 * Tells whether a user is a guest.
	 * @param user the user
	 * @return whether the user has the {@code system_guest} role
	 */
	static boolean isGuest(User user) {
		return List.of(user.getRoles().split(" ")).contains("system_guest");
	}

	/**
	 * Fills a member's {@code roles} as the team store reports them: the explicit roles,
	 * then the roles the scheme flags imply.
	 * @param member the member, whose {@code roles} hold only its explicit roles
	 * @return the member with its full roles
	 */
	public static TeamMember withSchemeRoles(TeamMember.Builder member) {
		List<String> roles = new ArrayList<>(explicitRoles(member.getRoles()));
		addIfAbsent(roles, member.getSchemeGuest(), TEAM_GUEST);
		addIfAbsent(roles, member.getSchemeUser(), TEAM_USER);
		addIfAbsent(roles, member.getSchemeAdmin(), TEAM_ADMIN);
		return member.setRoles(String.join(" ", roles)).build();
	}

	/**
	 * Returns the explicit roles among a member's roles: all but the scheme roles.
	 * @param roles the space-separated roles
	 * @return the explicit roles
	 */
	public static List<String> explicitRoles(String roles) {
		Set<String> scheme = Set.of(TEAM_GUEST, TEAM_USER, TEAM_ADMIN);
		return List.of(roles.trim().split("\\s+")).stream()
			.filter((role) -> !role.isEmpty() && !scheme.contains(role))
			.toList();
	}

	private static void addIfAbsent(List<String> roles, boolean flag, String role) {
		if (flag && !roles.contains(role)) {
			roles.add(role);
		}
	}

	private static StatusRuntimeException invalid(String field, String message) {
		return ServerErrors.status(400, "model.team.is_valid." + field + ".app_error", message);
	}

}

package dev.pluginkit.mattermost.test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.TeamType;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.Ids;
import dev.pluginkit.mattermost.test.internal.TeamRules;

/**
 * Seeds and inspects the teams and team members of an in-memory server.
 *
 * <p>Seeding writes straight into the server's state: a seeded team has no channels (seed
 * them with {@link InMemoryMattermost#channels()}), whereas a team created through
 * {@code CreateTeam} gets {@code town-square} and {@code off-topic} as on a real server.
 *
 * <pre>{@code
 * User alice = mattermost.users().create("alice");
 * Team eng = mattermost.teams().create("eng").withMember(alice).team();
 * assertThat(mattermost.teams().members(eng)).extracting(TeamMember::getUserId).containsExactly(alice.getId());
 * }</pre>
 *
 * @see InMemoryMattermost#teams()
 */
public final class InMemoryTeams {

	private final FakeData data;

	InMemoryTeams(FakeData data) {
		this.data = data;
	}

	/**
	 * Creates an open team (type {@code O}, open invites allowed) with the given name, also
	 * used as its display name.
	 * @param name the team's URL name, such as {@code eng}
	 * @return a handle to add members and read the team
	 * @throws IllegalArgumentException when the name is invalid or taken
	 */
	public SeededTeam create(String name) {
		return create(Team.newBuilder().setName(name).setDisplayName(name).setType(TeamType.TEAM_TYPE_OPEN)
			.setAllowOpenInvite(true).build());
	}

	/**
	 * Creates a team with full control over its fields. Missing essentials are filled as
	 * the server would: a new id and invite id, the clock's time for {@code create_at} and
	 * {@code update_at}, the name as display name, and a type that agrees with
	 * {@code allow_open_invite}.
	 * @param team the team to store
	 * @return a handle to add members and read the team
	 * @throws IllegalArgumentException when the team is invalid as the server checks it, or
	 * its id or name is taken
	 */
	public SeededTeam create(Team team) {
		Team.Builder builder = team.toBuilder();
		if (builder.getId().isEmpty()) {
			builder.setId(Ids.newId());
		}
		if (builder.getInviteId().isEmpty()) {
			builder.setInviteId(Ids.newId());
		}
		if (builder.getCreateAt() == 0) {
			builder.setCreateAt(this.data.now());
		}
		if (builder.getUpdateAt() == 0) {
			builder.setUpdateAt(builder.getCreateAt());
		}
		if (builder.getDisplayName().isEmpty()) {
			builder.setDisplayName(builder.getName());
		}
		Team created = TeamRules.syncTypeAndOpenInvite(builder).build();
		var invalid = TeamRules.validate(created);
		if (invalid != null) {
			throw new IllegalArgumentException(
					"Cannot seed team '" + created.getName() + "': " + invalid.getStatus().getDescription());
		}
		synchronized (this.data.lock()) {
			for (Team other : this.data.teams.values()) {
				if (other.getId().equals(created.getId()) || other.getName().equals(created.getName())) {
					throw new IllegalArgumentException(
							"Cannot seed team '" + created.getName() + "': its id or name is taken");
				}
			}
			this.data.teams.put(created.getId(), created);
		}
		return new SeededTeam(created.getId());
	}

	/**
	 * Returns every team, archived ones included, by display name.
	 * @return a snapshot of the teams
	 */
	public List<Team> all() {
		return this.data.teams.values().stream().sorted(Comparator.comparing(Team::getDisplayName)).toList();
	}

	/**
	 * Finds a team by id.
	 * @param id the team id
	 * @return the team as currently stored, if any
	 */
	public Optional<Team> byId(String id) {
		return Optional.ofNullable(this.data.teams.get(id));
	}

	/**
	 * Finds a team by its URL name.
	 * @param name the team name
	 * @return the team as currently stored, if any
	 */
	public Optional<Team> byName(String name) {
		return this.data.teams.values().stream().filter((team) -> team.getName().equals(name)).findFirst();
	}

	/**
	 * Returns the active members of a team, by user id.
	 * @param team the team
	 * @return a snapshot of the members whose membership is not deleted
	 */
	public List<TeamMember> members(Team team) {
		return this.data.teamMembers.getOrDefault(team.getId(), Map.of())
			.values()
			.stream()
			.filter((member) -> member.getDeleteAt() == 0)
			.sorted(Comparator.comparing(TeamMember::getUserId))
			.toList();
	}

	/**
	 * A seeded team, to add members to and read back.
	 */
	public final class SeededTeam {

		private final String teamId;

		private SeededTeam(String teamId) {
			this.teamId = teamId;
		}

		/**
		 * Makes a user a member with the role {@code team_user}, or {@code team_guest} for a
		 * guest. Seeding does not add the user to any channel.
		 * @param user the user, already seeded
		 * @return this handle
		 * @throws IllegalArgumentException when the user is unknown
		 */
		public SeededTeam withMember(User user) {
			return add(user, false);
		}

		/**
		 * Makes a user a member with the roles {@code team_user team_admin}.
		 * @param user the user, already seeded
		 * @return this handle
		 * @throws IllegalArgumentException when the user is unknown
		 */
		public SeededTeam withAdmin(User user) {
			return add(user, true);
		}

		/**
		 * Returns the team as currently stored.
		 * @return the team
		 */
		public Team team() {
			return InMemoryTeams.this.data.teams.get(this.teamId);
		}

		/**
		 * Returns the team's id.
		 * @return the id
		 */
		public String id() {
			return this.teamId;
		}

		private SeededTeam add(User user, boolean admin) {
			FakeData data = InMemoryTeams.this.data;
			User stored = data.users.get(user.getId());
			if (stored == null) {
				throw new IllegalArgumentException("Cannot add unknown user '" + user.getUsername() + "' to a team");
			}
			boolean guest = List.of(stored.getRoles().split(" ")).contains("system_guest");
			TeamMember member = TeamRules.withSchemeRoles(TeamMember.newBuilder()
				.setTeamId(this.teamId)
				.setUserId(stored.getId())
				.setSchemeGuest(guest)
				.setSchemeUser(!guest)
				.setSchemeAdmin(admin)
				.setCreateAt(data.now()));
			data.teamMembers.computeIfAbsent(this.teamId, (id) -> new ConcurrentHashMap<>())
				.put(stored.getId(), member);
			return this;
		}

	}

}

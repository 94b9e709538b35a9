package dev.pluginkit.mattermost.client.fake;

import java.time.Duration;
import java.util.List;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMemberWithError;
import dev.pluginkit.mattermost.pluginapi.v1.TeamType;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import dev.pluginkit.mattermost.test.internal.Ids;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The in-memory server's teams and team members, through {@link PluginAPIClient} over a
 * real socket. Every team RPC fails with a gRPC status, as the server's gRPC bridge reports
 * it.
 */
@WithInMemoryMattermost
class InMemoryTeamsTests {

	private static InMemoryMattermost mattermost;

	private static ManagedChannel channel;

	private PluginAPIClient api;

	private User alice;

	private User bob;

	@BeforeAll
	static void connect(InMemoryMattermost server) {
		mattermost = server;
		channel = mattermost.newChannel();
	}

	@BeforeEach
	void seedAliceAndBob() {
		this.api = PluginAPIClient.create(channel);
		this.alice = mattermost.users().create("alice");
		this.bob = mattermost.users().create("bob");
	}

	@Test
	void createTeamStoresTheTeam() {
		Team created = this.api.createTeam(team("eng", "Engineering").toBuilder().setAllowOpenInvite(true).build());

		assertThat(Ids.isValid(created.getId())).isTrue();
		assertThat(created.getName()).isEqualTo("eng");
		assertThat(created.getType()).isEqualTo(TeamType.TEAM_TYPE_OPEN);
		assertThat(created.getInviteId()).isNotEmpty();
		assertThat(created.getCreateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(this.api.getTeam(created.getId())).isEqualTo(created);
	}

	@Test
	void createTeamWithoutOpenInvitesMakesAnInviteOnlyTeam() {
		Team created = this.api
			.createTeam(team("eng", "Engineering").toBuilder().setType(TeamType.TEAM_TYPE_OPEN).build());

		assertThat(created.getType()).isEqualTo(TeamType.TEAM_TYPE_INVITE);
	}

	@Test
	void createTeamRejectsAnEmptyDisplayName() {
		Throwable thrown = catchThrowable(() -> this.api.createTeam(team("eng", "")));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.team.is_valid.name.app_error");
	}

	@Test
	void createTeamRejectsANameWithInvalidCharacters() {
		Throwable thrown = catchThrowable(() -> this.api.createTeam(team("Eng Team", "Engineering")));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.team.is_valid.characters.app_error");
	}

	@Test
	void createTeamRejectsAReservedName() {
		Throwable thrown = catchThrowable(() -> this.api.createTeam(team("signup-team", "Signup")));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.team.is_valid.reserved.app_error");
	}

	@Test
	void createTeamRejectsATakenName() {
		mattermost.teams().create("eng");

		Throwable thrown = catchThrowable(() -> this.api.createTeam(team("eng", "Engineering")));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"app.team.save.existing.app_error");
	}

	@Test
	void createTeamRejectsATeamThatAlreadyHasAnId() {
		Throwable thrown = catchThrowable(
				() -> this.api.createTeam(team("eng", "Engineering").toBuilder().setId(Ids.newId()).build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"app.team.save.existing.app_error");
	}

	@Test
	void getTeamOfAnUnknownIdIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.getTeam(Ids.newId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get.find.app_error");
	}

	@Test
	void getTeamByNameFindsTheTeam() {
		Team eng = mattermost.teams().create("eng").team();

		assertThat(this.api.getTeamByName("eng")).isEqualTo(eng);
	}

	@Test
	void getTeamByNameOfAnUnknownNameIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.getTeamByName("nope"));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get_by_name.missing.app_error");
	}

	@Test
	void getTeamsListsEveryTeamByDisplayNameArchivedOnesIncluded() {
		mattermost.teams().create("sales");
		Team eng = mattermost.teams().create("eng").team();
		this.api.deleteTeam(eng.getId());

		assertThat(names(this.api.getTeams())).containsExactly("eng", "sales");
	}

	@Test
	void getTeamsForUserListsTheActiveMembershipsOfTeamsNotArchived() {
		mattermost.teams().create("eng").withMember(this.alice);
		mattermost.teams().create("sales").withMember(this.bob);
		Team archived = mattermost.teams().create("old").withMember(this.alice).team();
		this.api.deleteTeam(archived.getId());

		assertThat(names(this.api.getTeamsForUser(this.alice.getId()))).containsExactly("eng");
	}

	@Test
	void searchTeamsMatchesNamesAndDisplayNamesIgnoringCase() {
		mattermost.teams().create(team("eng", "Engineering"));
		mattermost.teams().create(team("ops", "Platform engineers"));
		mattermost.teams().create(team("sales", "Sales"));

		assertThat(names(this.api.searchTeams("ENGINE"))).containsExactly("eng", "ops");
	}

	@Test
	void updateTeamChangesTheDisplayNameButNotTheName() {
		Team eng = mattermost.teams().create("eng").team();
		mattermost.clock().advance(Duration.ofMinutes(1));

		Team updated = this.api.updateTeam(eng.toBuilder().setDisplayName("Engineering").setName("renamed").build());

		assertThat(updated.getDisplayName()).isEqualTo("Engineering");
		assertThat(updated.getName()).isEqualTo("eng");
		assertThat(updated.getUpdateAt()).isEqualTo(mattermost.clock().millis());
	}

	@Test
	void updateTeamRejectsAnEmptyDisplayName() {
		Team eng = mattermost.teams().create("eng").team();

		Throwable thrown = catchThrowable(() -> this.api.updateTeam(eng.toBuilder().setDisplayName("").build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.team.is_valid.name.app_error");
	}

	@Test
	void updateTeamOfAnUnknownTeamIsNotFound() {
		Team unknown = team("eng", "Eng").toBuilder().setId(Ids.newId()).build();

		Throwable thrown = catchThrowable(() -> this.api.updateTeam(unknown));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get.find.app_error");
	}

	@Test
	void deleteTeamArchivesTheTeam() {
		Team eng = mattermost.teams().create("eng").team();

		this.api.deleteTeam(eng.getId());

		assertThat(this.api.getTeam(eng.getId()).getDeleteAt()).isEqualTo(mattermost.clock().millis());
	}

	@Test
	void deleteTeamOfAnUnknownTeamIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.deleteTeam(Ids.newId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get.find.app_error");
	}

	@Test
	void createTeamMemberAddsTheUserAsTeamUser() {
		Team eng = mattermost.teams().create("eng").team();

		TeamMember member = this.api.createTeamMember(eng.getId(), this.alice.getId());

		assertThat(member.getTeamId()).isEqualTo(eng.getId());
		assertThat(member.getRoles()).isEqualTo("team_user");
		assertThat(member.getSchemeUser()).isTrue();
		assertThat(mattermost.teams().members(eng)).containsExactly(member);
	}

	@Test
	void createTeamMemberOfAnExistingMemberReturnsTheMembership() {
		Team eng = mattermost.teams().create("eng").team();
		TeamMember first = this.api.createTeamMember(eng.getId(), this.alice.getId());
		mattermost.clock().advance(Duration.ofMinutes(1));

		assertThat(this.api.createTeamMember(eng.getId(), this.alice.getId())).isEqualTo(first);
	}

	@Test
	void createTeamMemberOfAnUnknownTeamIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.createTeamMember(Ids.newId(), this.alice.getId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get.find.app_error");
	}

	@Test
	void createTeamMemberOfAnUnknownUserIsNotFound() {
		Team eng = mattermost.teams().create("eng").team();

		Throwable thrown = catchThrowable(() -> this.api.createTeamMember(eng.getId(), Ids.newId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.missing_account.const");
	}

	@Test
	void createTeamMemberRejectsAnEmailOutsideTheAllowedDomains() {
		Team corp = mattermost.teams().create(team("corp", "Corp").toBuilder().setAllowedDomains("corp.test").build())
			.team();

		Throwable thrown = catchThrowable(() -> this.api.createTeamMember(corp.getId(), this.alice.getId()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"api.team.join_user_to_team.allowed_domains.app_error");
	}

	@Test
	void createTeamMembersStopsAtTheFirstFailureKeepingEarlierMembers() {
		Team eng = mattermost.teams().create("eng").team();

		Throwable thrown = catchThrowable(() -> this.api.createTeamMembers(eng.getId(),
				List.of(this.alice.getId(), Ids.newId(), this.bob.getId()), this.alice.getId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.missing_account.const");
		assertThat(mattermost.teams().members(eng)).extracting(TeamMember::getUserId)
			.containsExactly(this.alice.getId());
	}

	@Test
	void createTeamMembersGracefullyReportsEachFailureAsAnEmbeddedAppError() {
		Team eng = mattermost.teams().create("eng").team();
		String ghost = Ids.newId();

		List<TeamMemberWithError> outcomes = this.api.createTeamMembersGracefully(eng.getId(),
				List.of(this.alice.getId(), ghost), this.alice.getId());

		assertThat(outcomes).hasSize(2);
		assertThat(outcomes.get(0).getMember().getUserId()).isEqualTo(this.alice.getId());
		assertThat(outcomes.get(1).getUserId()).isEqualTo(ghost);
		assertThat(outcomes.get(1).getError().getId()).isEqualTo("app.user.missing_account.const");
		assertThat(outcomes.get(1).getError().getStatusCode()).isEqualTo(404);
	}

	@Test
	void getTeamMemberOfANonMemberIsNotFound() {
		Team eng = mattermost.teams().create("eng").team();

		Throwable thrown = catchThrowable(() -> this.api.getTeamMember(eng.getId(), this.alice.getId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get_member.missing.app_error");
	}

	@Test
	void getTeamMembersPagesThroughTheActiveMembersByUserId() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).withMember(this.bob).team();
		List<String> ids = List.of(this.alice.getId(), this.bob.getId()).stream().sorted().toList();

		assertThat(this.api.getTeamMembers(eng.getId(), 0, 1)).extracting(TeamMember::getUserId)
			.containsExactly(ids.get(0));
		assertThat(this.api.getTeamMembers(eng.getId(), 1, 1)).extracting(TeamMember::getUserId)
			.containsExactly(ids.get(1));
	}

	@Test
	void getTeamMembersForUserIncludesRemovedMemberships() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).team();
		mattermost.teams().create("sales").withMember(this.alice);
		this.api.deleteTeamMember(eng.getId(), this.alice.getId(), this.alice.getId());

		assertThat(this.api.getTeamMembersForUser(this.alice.getId(), 0, 10)).hasSize(2);
	}

	@Test
	void deleteTeamMemberSoftDeletesTheMembership() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).withMember(this.bob).team();

		this.api.deleteTeamMember(eng.getId(), this.bob.getId(), this.alice.getId());

		assertThat(this.api.getTeamMember(eng.getId(), this.bob.getId()).getDeleteAt())
			.isEqualTo(mattermost.clock().millis());
		assertThat(this.api.getTeamMembers(eng.getId(), 0, 10)).extracting(TeamMember::getUserId)
			.containsExactly(this.alice.getId());
	}

	@Test
	void deleteTeamMemberOfANonMemberIsABadRequest() {
		Team eng = mattermost.teams().create("eng").team();

		Throwable thrown = catchThrowable(
				() -> this.api.deleteTeamMember(eng.getId(), this.alice.getId(), this.alice.getId()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"api.team.remove_user_from_team.missing.app_error");
	}

	@Test
	void deleteTeamMemberOfAnUnknownTeamIsNotFound() {
		Throwable thrown = catchThrowable(
				() -> this.api.deleteTeamMember(Ids.newId(), this.alice.getId(), this.alice.getId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get_by_invite_id.finding.app_error");
	}

	@Test
	void updateTeamMemberRolesMakesAnAdmin() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).team();

		TeamMember member = this.api.updateTeamMemberRoles(eng.getId(), this.alice.getId(), "team_user team_admin");

		assertThat(member.getRoles()).isEqualTo("team_user team_admin");
		assertThat(member.getSchemeAdmin()).isTrue();
	}

	@Test
	void updateTeamMemberRolesRejectsAnUnknownRole() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).team();

		Throwable thrown = catchThrowable(
				() -> this.api.updateTeamMemberRoles(eng.getId(), this.alice.getId(), "team_user wizard"));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"app.role.get_by_name.app_error");
	}

	@Test
	void updateTeamMemberRolesRejectsARoleOfAnotherScheme() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).team();

		Throwable thrown = catchThrowable(
				() -> this.api.updateTeamMemberRoles(eng.getId(), this.alice.getId(), "team_user channel_admin"));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"api.channel.update_team_member_roles.scheme_role.app_error");
	}

	@Test
	void updateTeamMemberRolesRejectsMakingAMemberAGuest() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).team();

		Throwable thrown = catchThrowable(
				() -> this.api.updateTeamMemberRoles(eng.getId(), this.alice.getId(), "team_guest"));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"api.channel.update_team_member_roles.changing_guest_role.app_error");
	}

	@Test
	void updateTeamMemberRolesOfANonMemberIsNotFound() {
		Team eng = mattermost.teams().create("eng").team();

		Throwable thrown = catchThrowable(
				() -> this.api.updateTeamMemberRoles(eng.getId(), this.alice.getId(), "team_user"));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.team.get_member.missing.app_error");
	}

	@Test
	void createTeamAlsoCreatesTheDefaultChannels() {
		Team eng = this.api.createTeam(team("eng", "Engineering"));

		assertThat(mattermost.channels().all()).filteredOn((channel) -> channel.getTeamId().equals(eng.getId()))
			.extracting(Channel::getName, Channel::getDisplayName, Channel::getType)
			.containsExactlyInAnyOrder(tuple("town-square", "Town Square", ChannelType.CHANNEL_TYPE_OPEN),
					tuple("off-topic", "Off-Topic", ChannelType.CHANNEL_TYPE_OPEN));
	}

	@Test
	void createTeamMemberJoinsTheDefaultChannels() {
		Team eng = this.api.createTeam(team("eng", "Engineering"));

		this.api.createTeamMember(eng.getId(), this.alice.getId());

		assertThat(this.api.getUsersInChannel(channelId(eng, "town-square"), "username", 0, 10))
			.extracting(User::getId)
			.containsExactly(this.alice.getId());
	}

	@Test
	void deleteTeamMemberRemovesTheUserFromTheTeamsChannels() {
		Team eng = this.api.createTeam(team("eng", "Engineering"));
		this.api.createTeamMember(eng.getId(), this.alice.getId());

		this.api.deleteTeamMember(eng.getId(), this.alice.getId(), this.alice.getId());

		assertThat(this.api.getUsersInChannel(channelId(eng, "town-square"), "username", 0, 10)).isEmpty();
	}

	@Test
	void getTeamStatsCountsActiveMembersAndActiveUsers() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).withMember(this.bob).team();
		this.api.deleteUser(this.bob.getId());

		assertThat(this.api.getTeamStats(eng.getId())).satisfies((stats) -> {
			assertThat(stats.getTotalMemberCount()).isEqualTo(2);
			assertThat(stats.getActiveMemberCount()).isEqualTo(1);
		});
	}

	@Test
	void seedingAddsMembersAndAdmins() {
		Team eng = mattermost.teams().create("eng").withMember(this.alice).withAdmin(this.bob).team();

		assertThat(mattermost.teams().members(eng)).extracting(TeamMember::getUserId, TeamMember::getRoles)
			.containsExactlyInAnyOrder(tuple(this.alice.getId(), "team_user"),
					tuple(this.bob.getId(), "team_user team_admin"));
	}

	@Test
	void seedingRejectsATakenName() {
		mattermost.teams().create("eng");

		assertThat(catchThrowable(() -> mattermost.teams().create("eng"))).isInstanceOf(IllegalArgumentException.class);
	}

	private static Team team(String name, String displayName) {
		return Team.newBuilder().setName(name).setDisplayName(displayName).build();
	}

	private static String channelId(Team team, String name) {
		return mattermost.channels().all()
			.stream()
			.filter((channel) -> channel.getTeamId().equals(team.getId()) && channel.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}


	private static List<String> names(List<Team> teams) {
		return teams.stream().map(Team::getName).toList();
	}

	private static void assertStatusFailure(Throwable thrown, Class<? extends PluginApiException> type,
			Status.Code code, String errorId) {
		assertThat(thrown).isExactlyInstanceOf(type);
		PluginApiException failure = (PluginApiException) thrown;
		assertThat(failure.getErrorId()).isEqualTo(errorId);
		assertThat(failure.getStatusCode()).isEqualTo(code);
		assertThat(failure.getHttpStatus()).isZero();
	}

}

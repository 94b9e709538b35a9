package dev.pluginkit.mattermost.client.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import dev.pluginkit.mattermost.test.internal.Ids;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The in-memory server's channels and channel members, through the blocking client over a
 * real socket. The server reports channel failures as a gRPC status.
 */
@WithInMemoryMattermost
class InMemoryChannelsTests {

	private static final String TEAM = Ids.newId();

	private static final String ALICE = Ids.newId();

	private static final String BOB = Ids.newId();

	private static final String CAROL = Ids.newId();

	private static InMemoryMattermost mattermost;

	private static ManagedChannel grpcChannel;

	private static PluginAPIClient api;

	@BeforeAll
	static void connect(InMemoryMattermost server) {
		mattermost = server;
		grpcChannel = mattermost.newChannel();
		api = PluginAPIClient.create(grpcChannel);
	}

	@BeforeEach
	void seedUsers() {
		// The server looks authors and members up in its user store (app.CreatePost,
		// app.createDirectChannel, app.AddChannelMember): the users must exist.
		mattermost.users().create(User.newBuilder().setId(ALICE).setUsername("alice").build());
		mattermost.users().create(User.newBuilder().setId(BOB).setUsername("bob").build());
		mattermost.users().create(User.newBuilder().setId(CAROL).setUsername("carol").build());
	}

	@Test
	void createChannelStoresAnOpenChannelStampedByTheServerClock() {
		Channel created = api.createChannel(open("town-square").setDisplayName("  Town Square ").build());
		assertThat(created.getId()).matches("[a-z0-9]{26}");
		assertThat(created.getCreateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(created.getUpdateAt()).isEqualTo(created.getCreateAt());
		assertThat(created.getDisplayName()).isEqualTo("Town Square");
		assertThat(mattermost.channels().byId(created.getId())).contains(created);
	}

	@Test
	void createChannelKeepsAPrivateChannelPrivate() {
		Channel created = api.createChannel(open("secret").setType(ChannelType.CHANNEL_TYPE_PRIVATE).build());
		assertThat(api.getChannel(created.getId()).getType()).isEqualTo(ChannelType.CHANNEL_TYPE_PRIVATE);
	}

	@Test
	void createChannelWithAnEmptyNameFails() {
		assertStatus(() -> api.createChannel(open("").build()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "model.channel.is_valid.1_or_more.app_error");
	}

	@Test
	void createChannelWithAnUppercaseNameFails() {
		assertStatus(() -> api.createChannel(open("Town").build()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "model.channel.is_valid.1_or_more.app_error");
	}

	@Test
	void createChannelWithoutATypeFails() {
		assertStatus(() -> api.createChannel(open("general").setType(ChannelType.CHANNEL_TYPE_UNSPECIFIED).build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT, "model.channel.is_valid.type.app_error");
	}

	@Test
	void createChannelWithANameTakenInTheTeamFails() {
		mattermost.channels().open(TEAM, "general");
		assertStatus(() -> api.createChannel(open("general").build()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "store.sql_channel.save_channel.exists.app_error");
	}

	@Test
	void createChannelWithANameTakenInAnotherTeamSucceeds() {
		mattermost.channels().open(Ids.newId(), "general");
		assertThat(api.createChannel(open("general").build()).getTeamId()).isEqualTo(TEAM);
	}

	@Test
	void createChannelWithAnIdFails() {
		assertStatus(() -> api.createChannel(open("general").setId(Ids.newId()).build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"store.sql_channel.save_channel.existing.app_error");
	}

	@Test
	void createChannelOfTypeDirectFails() {
		assertStatus(() -> api.createChannel(open("dm").setType(ChannelType.CHANNEL_TYPE_DIRECT).build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"store.sql_channel.save.direct_channel.app_error");
	}

	@Test
	void createChannelNamedLikeADirectChannelFails() {
		assertStatus(() -> api.createChannel(open(ALICE + "__" + BOB).build()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "model.channel.is_valid.name.app_error");
	}

	@Test
	void getChannelReturnsASeededChannel() {
		Channel seeded = mattermost.channels().open(TEAM, "town-square");
		assertThat(api.getChannel(seeded.getId())).isEqualTo(seeded);
		assertThat(seeded.getDisplayName()).isEqualTo("Town Square");
	}

	@Test
	void getChannelOfAnUnknownIdFails() {
		assertStatus(() -> api.getChannel(Ids.newId()), PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.channel.get.existing.app_error");
	}

	@Test
	void getChannelByNameFindsTheChannelOfTheTeam() {
		Channel seeded = mattermost.channels().open(TEAM, "general");
		mattermost.channels().open(Ids.newId(), "general");
		assertThat(api.getChannelByName(TEAM, "general", false)).isEqualTo(seeded);
	}

	@Test
	void getChannelByNameFindsAnArchivedChannelOnlyWhenAsked() {
		Channel archived = mattermost.channels().archive(mattermost.channels().open(TEAM, "old"));
		assertThat(api.getChannelByName(TEAM, "old", true)).isEqualTo(archived);
		assertStatus(() -> api.getChannelByName(TEAM, "old", false), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.channel.get_by_name.missing.app_error");
	}

	@Test
	void getChannelByNameForTeamNameOfAnUnknownTeamFails() {
		assertStatus(() -> api.getChannelByNameForTeamName("nowhere", "general", false), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.team.get_by_name.missing.app_error");
	}

	@Test
	void getDirectChannelCreatesTheChannelOfBothUsers() {
		Channel direct = api.getDirectChannel(BOB, ALICE);
		String sorted = (ALICE.compareTo(BOB) < 0) ? ALICE + "__" + BOB : BOB + "__" + ALICE;
		assertThat(direct.getName()).isEqualTo(sorted);
		assertThat(direct.getType()).isEqualTo(ChannelType.CHANNEL_TYPE_DIRECT);
		assertThat(direct.getTeamId()).isEmpty();
		assertThat(direct.getCreatorId()).isEqualTo(BOB);
		assertThat(mattermost.channels().members(direct.getId())).extracting(ChannelMember::getUserId)
			.containsExactlyInAnyOrder(ALICE, BOB);
	}

	@Test
	void getDirectChannelReturnsTheExistingChannel() {
		Channel seeded = mattermost.channels().direct(ALICE, BOB);
		assertThat(api.getDirectChannel(BOB, ALICE)).isEqualTo(seeded);
		assertThat(mattermost.channels().all()).hasSize(1);
	}

	@Test
	void getDirectChannelWithAMalformedUserIdFails() {
		assertStatus(() -> api.getDirectChannel(ALICE, "bob"), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.create_direct_channel.invalid_user.app_error");
	}

	@Test
	void getDirectChannelWithAnUnknownUserFails() {
		// server/channels/app/channel.go, createDirectChannel: both users are loaded from
		// the store once no channel exists; fewer than two found is a 400.
		assertStatus(() -> api.getDirectChannel(ALICE, Ids.newId()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.create_direct_channel.invalid_user.app_error");
		assertThat(mattermost.channels().all()).isEmpty();
	}

	@Test
	void getGroupChannelCreatesAChannelNamedAfterItsMembers() throws Exception {
		Channel group = api.getGroupChannel(List.of(CAROL, ALICE, BOB));
		String ids = Stream.of(ALICE, BOB, CAROL).sorted().reduce("", String::concat);
		String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(ids.getBytes(StandardCharsets.UTF_8)));
		assertThat(group.getName()).isEqualTo(sha1);
		assertThat(group.getType()).isEqualTo(ChannelType.CHANNEL_TYPE_GROUP);
		assertThat(mattermost.channels().members(group.getId())).hasSize(3);
		assertThat(api.getGroupChannel(List.of(BOB, CAROL, ALICE))).isEqualTo(group);
	}

	@Test
	void getGroupChannelOfTwoUsersFails() {
		assertStatus(() -> api.getGroupChannel(List.of(ALICE, BOB)), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.create_group.bad_size.app_error");
	}

	@Test
	void getGroupChannelWithARepeatedUserFails() {
		assertStatus(() -> api.getGroupChannel(List.of(ALICE, BOB, BOB)), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.create_group.bad_user.app_error");
	}

	@Test
	void getGroupChannelWithAnUnknownUserFails() {
		// server/channels/app/channel.go, createGroupChannel: GetProfileByIds must find every
		// id, checked before the existing channel is looked for.
		assertStatus(() -> api.getGroupChannel(List.of(ALICE, BOB, Ids.newId())), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.create_group.bad_user.app_error");
		assertThat(mattermost.channels().all()).isEmpty();
	}

	@Test
	void getPublicChannelsForTeamPagesOpenChannelsByDisplayName() {
		mattermost.channels().open(TEAM, "charlie");
		mattermost.channels().open(TEAM, "alpha");
		mattermost.channels().open(TEAM, "bravo");
		mattermost.channels().privateChannel(TEAM, "hidden");
		mattermost.channels().archive(mattermost.channels().open(TEAM, "archived"));
		assertThat(api.getPublicChannelsForTeam(TEAM, 0, 2)).extracting(Channel::getName).containsExactly("alpha", "bravo");
		assertThat(api.getPublicChannelsForTeam(TEAM, 1, 2)).extracting(Channel::getName).containsExactly("charlie");
	}

	@Test
	void getChannelsForTeamForUserListsTheTeamsChannelsAndDirectMessagesOfTheUser() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		mattermost.channels().addMember(mattermost.channels().open(Ids.newId(), "elsewhere"), ALICE);
		mattermost.channels().open(TEAM, "random");
		Channel direct = mattermost.channels().direct(ALICE, BOB);
		assertThat(api.getChannelsForTeamForUser(TEAM, ALICE, false)).extracting(Channel::getId)
			.containsExactlyInAnyOrder(general.getId(), direct.getId());
	}

	@Test
	void getChannelsForTeamForUserWithoutChannelsFails() {
		assertStatus(() -> api.getChannelsForTeamForUser(TEAM, ALICE, false), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.channel.get_channels.not_found.app_error");
	}

	@Test
	void searchChannelsMatchesTheStartOfAWordOfPublicChannels() {
		mattermost.channels().open(TEAM, "release-planning");
		mattermost.channels().open(TEAM, "random");
		mattermost.channels().privateChannel(TEAM, "planning-private");
		assertThat(api.searchChannels(TEAM, "plan")).extracting(Channel::getName).containsExactly("release-planning");
	}

	@Test
	void updateChannelStoresTheChangeAndMovesUpdateAt() {
		Channel seeded = mattermost.channels().open(TEAM, "general");
		mattermost.clock().advance(Duration.ofMinutes(1));
		Channel updated = api.updateChannel(seeded.toBuilder().setHeader("Be nice").build());
		assertThat(updated.getHeader()).isEqualTo("Be nice");
		assertThat(updated.getUpdateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(mattermost.channels().byId(seeded.getId())).contains(updated);
	}

	@Test
	void updateChannelToANameTakenInTheTeamFails() {
		mattermost.channels().open(TEAM, "general");
		Channel other = mattermost.channels().open(TEAM, "other");
		assertStatus(() -> api.updateChannel(other.toBuilder().setName("general").build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"store.sql_channel.save_channel.exists.app_error");
	}

	@Test
	void updateChannelThatIsArchivedFails() {
		Channel archived = mattermost.channels().archive(mattermost.channels().open(TEAM, "old"));
		assertStatus(() -> api.updateChannel(archived), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "app.channel.update.bad_id");
	}

	@Test
	void deleteChannelArchivesTheChannel() {
		Channel seeded = mattermost.channels().open(TEAM, "general");
		mattermost.clock().advance(Duration.ofMinutes(1));
		api.deleteChannel(seeded.getId());
		assertThat(mattermost.channels().byId(seeded.getId())).get()
			.extracting(Channel::getDeleteAt)
			.isEqualTo(mattermost.clock().millis());
	}

	@Test
	void deleteChannelOfTownSquareFails() {
		Channel townSquare = mattermost.channels().open(TEAM, "town-square");
		assertStatus(() -> api.deleteChannel(townSquare.getId()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.delete_channel.cannot.app_error");
	}

	@Test
	void deleteChannelThatIsArchivedFails() {
		Channel archived = mattermost.channels().archive(mattermost.channels().open(TEAM, "old"));
		assertStatus(() -> api.deleteChannel(archived.getId()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.delete_channel.deleted.app_error");
	}

	@Test
	void addChannelMemberAddsAChannelUserAndPostsTheJoinMessage() {
		Channel general = mattermost.channels().open(TEAM, "general");
		ChannelMember member = api.addChannelMember(general.getId(), ALICE);
		assertThat(member.getRoles()).isEqualTo("channel_user");
		assertThat(member.getSchemeUser()).isTrue();
		assertThat(member.getNotifyPropsMap()).containsEntry("mark_unread", "all");
		assertThat(api.getChannelMember(general.getId(), ALICE)).isEqualTo(member);
		assertThat(mattermost.posts().inChannel(general.getId())).singleElement()
			.satisfies((post) -> assertThat(post.getType()).isEqualTo("system_join_channel"));
	}

	@Test
	void addChannelMemberReturnsAnExistingMemberUnchanged() {
		Channel general = mattermost.channels().open(TEAM, "general");
		ChannelMember admin = mattermost.channels().addAdmin(general, ALICE);
		assertThat(api.addChannelMember(general.getId(), ALICE)).isEqualTo(admin);
		assertThat(mattermost.posts().inChannel(general.getId())).isEmpty();
	}

	@Test
	void addUserToChannelPostsWhoAddedTheUser() {
		Channel general = mattermost.channels().open(TEAM, "general");
		api.addUserToChannel(general.getId(), BOB, ALICE);
		Post added = mattermost.posts().inChannel(general.getId()).get(0);
		assertThat(added.getType()).isEqualTo("system_add_to_channel");
		assertThat(added.getUserId()).isEqualTo(ALICE);
	}

	@Test
	void addChannelMemberToADirectChannelFails() {
		Channel direct = mattermost.channels().direct(ALICE, BOB);
		assertStatus(() -> api.addChannelMember(direct.getId(), CAROL), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.team.get_member.missing.app_error");
	}

	@Test
	void addChannelMemberWithAMalformedUserIdFails() {
		Channel general = mattermost.channels().open(TEAM, "general");
		assertStatus(() -> api.addChannelMember(general.getId(), "alice"), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.user.missing_account.const");
	}

	@Test
	void addChannelMemberOfAnUnknownUserFailsBeforeTheTeamMembershipIsChecked() {
		// server/channels/app/channel.go, AddChannelMember: app.GetUser answers 404
		// app.user.missing_account.const before AddUserToChannel checks the team member.
		Channel general = mattermost.channels().open(mattermost.teams().create("team").team(), "general");
		assertStatus(() -> api.addChannelMember(general.getId(), Ids.newId()), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.user.missing_account.const");
		assertStatus(() -> api.addChannelMember(general.getId(), ALICE), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.team.get_member.missing.app_error");
	}

	@Test
	void addChannelMemberToAnUnknownChannelFails() {
		assertStatus(() -> api.addChannelMember(Ids.newId(), ALICE), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.channel.get.existing.app_error");
	}

	@Test
	void getChannelMemberOfANonMemberFails() {
		Channel general = mattermost.channels().open(TEAM, "general");
		assertStatus(() -> api.getChannelMember(general.getId(), ALICE), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.channel.get_member.missing.app_error");
	}

	@Test
	void getChannelMembersPagesTheMembers() {
		Channel general = mattermost.channels().open(TEAM, "general");
		List.of(ALICE, BOB, CAROL).forEach((user) -> mattermost.channels().addMember(general, user));
		List<String> sorted = Stream.of(ALICE, BOB, CAROL).sorted().toList();
		assertThat(api.getChannelMembers(general.getId(), 0, 2)).extracting(ChannelMember::getUserId)
			.containsExactlyElementsOf(sorted.subList(0, 2));
		assertThat(api.getChannelMembers(general.getId(), 1, 2)).extracting(ChannelMember::getUserId)
			.containsExactly(sorted.get(2));
	}

	@Test
	void getChannelMembersByIdsSkipsNonMembers() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		assertThat(api.getChannelMembersByIds(general.getId(), List.of(ALICE, BOB))).extracting(ChannelMember::getUserId)
			.containsExactly(ALICE);
	}

	@Test
	void getChannelMembersForUserListsEveryMembershipOfTheUser() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		Channel direct = mattermost.channels().direct(ALICE, BOB);
		assertThat(api.getChannelMembersForUser(TEAM, ALICE, 0, 10)).extracting(ChannelMember::getChannelId)
			.containsExactlyInAnyOrder(general.getId(), direct.getId());
	}

	@Test
	void updateChannelMemberRolesMakesAChannelAdmin() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		ChannelMember admin = api.updateChannelMemberRoles(general.getId(), ALICE, "channel_user channel_admin");
		assertThat(admin.getSchemeAdmin()).isTrue();
		assertThat(admin.getRoles()).isEqualTo("channel_user channel_admin");
		assertThat(mattermost.channels().member(general.getId(), ALICE)).contains(admin);
	}

	@Test
	void updateChannelMemberRolesWithoutTheUserRoleFails() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		assertStatus(() -> api.updateChannelMemberRoles(general.getId(), ALICE, "channel_admin"),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"api.channel.update_channel_member_roles.unset_user_scheme.app_error");
	}

	@Test
	void updateChannelMemberRolesWithATeamRoleFails() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		assertStatus(() -> api.updateChannelMemberRoles(general.getId(), ALICE, "channel_user team_admin"),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"api.channel.update_channel_member_roles.scheme_role.app_error");
	}

	@Test
	void updateChannelMemberNotificationsChangesOnlyTheKnownSettings() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		ChannelMember updated = api.updateChannelMemberNotifications(general.getId(), ALICE,
				Map.of("desktop", "mention", "favourite_colour", "blue"));
		assertThat(updated.getNotifyPropsMap()).containsEntry("desktop", "mention")
			.containsEntry("push", "default")
			.doesNotContainKey("favourite_colour");
	}

	@Test
	void updateChannelMemberNotificationsOfANonMemberFails() {
		Channel general = mattermost.channels().open(TEAM, "general");
		assertStatus(() -> api.updateChannelMemberNotifications(general.getId(), ALICE, Map.of("desktop", "all")),
				PluginApiNotFoundException.class, Status.Code.NOT_FOUND, "app.channel.get_member.missing.app_error");
	}

	@Test
	void getChannelStatsCountsTheMembers() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		mattermost.channels().addMember(general, BOB);
		assertThat(api.getChannelStats(general.getId()).getMemberCount()).isEqualTo(2);
	}

	@Test
	void updateChannelWithoutCreateAtFails() {
		Channel seeded = mattermost.channels().open(TEAM, "general");
		assertStatus(() -> api.updateChannel(seeded.toBuilder().setCreateAt(0).build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.channel.is_valid.create_at.app_error");
	}

	@Test
	void deleteChannelMemberRemovesTheMemberAndPostsTheLeaveMessage() {
		Channel general = mattermost.channels().open(TEAM, "general");
		mattermost.channels().addMember(general, ALICE);
		api.deleteChannelMember(general.getId(), ALICE);
		assertThat(mattermost.channels().members(general.getId())).isEmpty();
		assertThat(mattermost.posts().inChannel(general.getId())).extracting(Post::getType)
			.containsExactly("system_leave_channel");
	}

	@Test
	void deleteChannelMemberFromTownSquareFails() {
		Channel townSquare = mattermost.channels().open(TEAM, "town-square");
		mattermost.channels().addMember(townSquare, ALICE);
		assertStatus(() -> api.deleteChannelMember(townSquare.getId(), ALICE), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.remove.default.app_error");
	}

	@Test
	void deleteChannelMemberFromADirectChannelFails() {
		Channel direct = mattermost.channels().direct(ALICE, BOB);
		assertStatus(() -> api.deleteChannelMember(direct.getId(), ALICE), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.channel.leave.direct.app_error");
	}

	@Test
	void deleteChannelMemberOfANonMemberFails() {
		Channel general = mattermost.channels().open(TEAM, "general");
		assertStatus(() -> api.deleteChannelMember(general.getId(), ALICE), PluginApiNotFoundException.class,
				Status.Code.NOT_FOUND, "app.channel.get_member.missing.app_error");
	}

	@Test
	void seedingAChannelWithATakenNameFails() {
		mattermost.channels().open(TEAM, "general");
		assertThatIllegalArgumentException().isThrownBy(() -> mattermost.channels().privateChannel(TEAM, "general"))
			.withMessageStartingWith("store.sql_channel.save_channel.exists.app_error");
	}

	private static Channel.Builder open(String name) {
		return Channel.newBuilder().setTeamId(TEAM).setName(name).setDisplayName(name).setType(ChannelType.CHANNEL_TYPE_OPEN);
	}

	private static void assertStatus(Executable call, Class<? extends PluginApiException> type, Status.Code code,
			String errorId) {
		Throwable thrown = catchThrowable(call::execute);
		assertThat(thrown).isExactlyInstanceOf(type);
		PluginApiException failure = (PluginApiException) thrown;
		assertThat(failure.getErrorId()).isEqualTo(errorId);
		assertThat(failure.getStatusCode()).isEqualTo(code);
		assertThat(failure.getHttpStatus()).as("a gRPC status carries no HTTP status").isZero();
	}

}

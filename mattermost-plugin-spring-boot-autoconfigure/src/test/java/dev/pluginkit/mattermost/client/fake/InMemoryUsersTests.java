package dev.pluginkit.mattermost.client.fake;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.Preference;
import dev.pluginkit.mattermost.pluginapi.v1.SearchUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
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
 * The in-memory server's users, through {@link PluginAPIClient} over a real socket. Every
 * user RPC fails with a gRPC status, as the server's gRPC bridge reports it.
 */
@WithInMemoryMattermost
class InMemoryUsersTests {

	private static InMemoryMattermost mattermost;

	private static ManagedChannel channel;

	private PluginAPIClient api;

	@BeforeAll
	static void connect(InMemoryMattermost server) {
		mattermost = server;
		channel = mattermost.newChannel();
	}

	@BeforeEach
	void createClient() {
		this.api = PluginAPIClient.create(channel);
	}

	@Test
	void createUserStoresTheUserWithTheServersDefaults() {
		mattermost.users().create("admin");

		User created = this.api.createUser(User.newBuilder()
			.setUsername("Alice")
			.setEmail("Alice@Example.com")
			.setPassword("correct-horse")
			.build());

		assertThat(Ids.isValid(created.getId())).isTrue();
		assertThat(created.getUsername()).isEqualTo("alice");
		assertThat(created.getEmail()).isEqualTo("alice@example.com");
		assertThat(created.getRoles()).isEqualTo("system_user");
		assertThat(created.getCreateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(created.getLocale()).isEqualTo("en");
		assertThat(created.getNotifyPropsMap()).containsEntry("email", "true").containsEntry("push", "mention");
		assertThat(created.getPassword()).isEmpty();
		assertThat(mattermost.users().byUsername("alice")).hasValueSatisfying(
				(stored) -> assertThat(stored.getPassword()).isNotEmpty().isNotEqualTo("correct-horse"));
	}

	@Test
	void createUserMakesTheFirstUserASystemAdmin() {
		User created = this.api.createUser(user("alice"));

		assertThat(created.getRoles()).isEqualTo("system_admin system_user");
	}

	@Test
	void createUserRejectsAnInvalidUsername() {
		Throwable thrown = catchThrowable(() -> this.api.createUser(user("al ice")));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.user.is_valid.username.app_error");
	}

	@Test
	void createUserRejectsARestrictedUsername() {
		Throwable thrown = catchThrowable(() -> this.api.createUser(user("channel")));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.user.is_valid.username.app_error");
	}

	@Test
	void createUserRejectsAnInvalidEmail() {
		Throwable thrown = catchThrowable(
				() -> this.api.createUser(user("alice").toBuilder().setEmail("alice.example.com").build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.user.is_valid.email.app_error");
	}

	@Test
	void createUserRejectsAPasswordShorterThanTheDefaultMinimum() {
		Throwable thrown = catchThrowable(
				() -> this.api.createUser(user("alice").toBuilder().setPassword("short").build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.user.is_valid.pwd.app_error");
	}

	@Test
	void createUserRejectsATakenUsername() {
		mattermost.users().create("alice");

		Throwable thrown = catchThrowable(
				() -> this.api.createUser(user("alice").toBuilder().setEmail("other@example.com").build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"app.user.save.username_exists.app_error");
	}

	@Test
	void createUserRejectsATakenEmail() {
		mattermost.users().create("alice");

		Throwable thrown = catchThrowable(
				() -> this.api.createUser(user("bob").toBuilder().setEmail("alice@example.com").build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"app.user.save.email_exists.app_error");
	}

	@Test
	void createUserRejectsAUserThatAlreadyHasAnId() {
		Throwable thrown = catchThrowable(
				() -> this.api.createUser(user("alice").toBuilder().setId(Ids.newId()).build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"app.user.save.existing.app_error");
	}

	@Test
	void getUserReturnsTheStoredUser() {
		User alice = mattermost.users().create("alice");

		assertThat(this.api.getUser(alice.getId())).isEqualTo(alice);
	}

	@Test
	void getUserOfAnUnknownIdIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.getUser(Ids.newId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.missing_account.const");
	}

	@Test
	void getUserByEmailIgnoresCase() {
		User alice = mattermost.users().create("alice");

		assertThat(this.api.getUserByEmail("ALICE@example.com")).isEqualTo(alice);
	}

	@Test
	void getUserByEmailOfAnUnknownAddressIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.getUserByEmail("nobody@example.com"));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.missing_account.const");
	}

	@Test
	void getUserByUsernameIgnoresCase() {
		User alice = mattermost.users().create("alice");

		assertThat(this.api.getUserByUsername("Alice")).isEqualTo(alice);
	}

	@Test
	void getUserByUsernameOfAnUnknownNameIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.getUserByUsername("nobody"));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.get_by_username.app_error");
	}

	@Test
	void getUsersPagesThroughUsersByUsername() {
		seed("charlie", "alice", "bob");

		assertThat(usernames(this.api.getUsers(GetUsersRequest.newBuilder().setPage(0).setPerPage(2).build())))
			.containsExactly("alice", "bob");
		assertThat(usernames(this.api.getUsers(GetUsersRequest.newBuilder().setPage(1).setPerPage(2).build())))
			.containsExactly("charlie");
	}

	@Test
	void getUsersWithInactiveListsOnlyDeactivatedUsers() {
		seed("alice", "bob");
		this.api.updateUserActive(mattermost.users().byUsername("bob").orElseThrow().getId(), false);

		List<User> users = this.api.getUsers(GetUsersRequest.newBuilder().setInactive(true).setPerPage(10).build());

		assertThat(usernames(users)).containsExactly("bob");
	}

	@Test
	void getUsersWithActiveLeavesOutDeactivatedUsers() {
		seed("alice", "bob");
		this.api.updateUserActive(mattermost.users().byUsername("bob").orElseThrow().getId(), false);

		List<User> users = this.api.getUsers(GetUsersRequest.newBuilder().setActive(true).setPerPage(10).build());

		assertThat(usernames(users)).containsExactly("alice");
	}

	@Test
	void getUsersIgnoresTheTeamFilterAsTheServerDoes() {
		seed("alice", "bob");
		Team eng = mattermost.teams().create("eng").withMember(mattermost.users().byUsername("alice").orElseThrow())
			.team();

		List<User> users = this.api
			.getUsers(GetUsersRequest.newBuilder().setInTeamId(eng.getId()).setPerPage(10).build());

		assertThat(usernames(users)).containsExactly("alice", "bob");
	}

	@Test
	void getUsersLeavesOutPasswords() {
		mattermost.users().create(User.newBuilder().setUsername("alice").setPassword("correct-horse").build());

		List<User> users = this.api.getUsers(GetUsersRequest.newBuilder().setPerPage(10).build());

		assertThat(users).singleElement().satisfies((user) -> assertThat(user.getPassword()).isEmpty());
	}

	@Test
	void getUsersByIdsLeavesOutUnknownIds() {
		User alice = mattermost.users().create("alice");

		assertThat(this.api.getUsersByIds(List.of(alice.getId(), Ids.newId()))).containsExactly(alice);
	}

	@Test
	void getUsersByUsernamesReturnsTheMatchingUsersByUsername() {
		seed("alice", "bob", "charlie");

		assertThat(usernames(this.api.getUsersByUsernames(List.of("charlie", "alice", "nobody"))))
			.containsExactly("alice", "charlie");
	}

	@Test
	void getUsersInTeamListsTheActiveMembers() {
		seed("alice", "bob", "charlie");
		Team eng = mattermost.teams().create("eng").withMember(byName("charlie")).withMember(byName("alice"))
			.team();

		assertThat(usernames(this.api.getUsersInTeam(eng.getId(), 0, 10))).containsExactly("alice", "charlie");
	}

	@Test
	void getUsersInTeamLeavesOutRemovedMembers() {
		seed("alice", "bob");
		Team eng = mattermost.teams().create("eng").withMember(byName("alice")).withMember(byName("bob")).team();
		this.api.deleteTeamMember(eng.getId(), byName("bob").getId(), byName("alice").getId());

		assertThat(usernames(this.api.getUsersInTeam(eng.getId(), 0, 10))).containsExactly("alice");
	}

	@Test
	void getUsersInChannelListsTheChannelMembersByUsername() {
		seed("alice", "bob", "charlie");
		Channel channel = mattermost.channels().open(Ids.newId(), "general");
		String channelId = channel.getId();
		mattermost.channels().addMember(channel, byName("charlie"));
		mattermost.channels().addMember(channel, byName("alice"));

		assertThat(usernames(this.api.getUsersInChannel(channelId, "username", 0, 10)))
			.containsExactly("alice", "charlie");
	}

	@Test
	void getUsersInChannelRejectsAnUnknownSortOrder() {
		Throwable thrown = catchThrowable(() -> this.api.getUsersInChannel(Ids.newId(), "age", 0, 10));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"plugin.api.get_users_in_channel");
	}

	@Test
	void searchUsersMatchesUsernamesAndNicknames() {
		seed("alice", "bob");
		mattermost.users().create(User.newBuilder().setUsername("carol").setNickname("Malice").build());

		List<User> found = this.api.searchUsers(SearchUsersRequest.newBuilder().setTerm("@ALIC").setLimit(10).build());

		assertThat(usernames(found)).containsExactly("alice", "carol");
	}

	@Test
	void searchUsersDoesNotMatchEmailsOrFullNames() {
		mattermost.users().create(User.newBuilder().setUsername("alice").setFirstName("Zed").build());

		List<User> found = this.api.searchUsers(SearchUsersRequest.newBuilder().setTerm("zed").setLimit(10).build());

		assertThat(found).isEmpty();
	}

	@Test
	void searchUsersWithinATeamFindsOnlyItsMembers() {
		seed("alice", "alina");
		Team eng = mattermost.teams().create("eng").withMember(byName("alina")).team();

		List<User> found = this.api
			.searchUsers(SearchUsersRequest.newBuilder().setTerm("ali").setTeamId(eng.getId()).setLimit(10).build());

		assertThat(usernames(found)).containsExactly("alina");
	}

	@Test
	void searchUsersStopsAtTheLimit() {
		seed("alice", "alina", "alison");

		List<User> found = this.api.searchUsers(SearchUsersRequest.newBuilder().setTerm("ali").setLimit(2).build());

		assertThat(usernames(found)).containsExactly("alice", "alina");
	}

	@Test
	void searchUsersLeavesOutDeactivatedUsersUnlessAllowed() {
		seed("alice");
		this.api.deleteUser(byName("alice").getId());

		assertThat(this.api.searchUsers(SearchUsersRequest.newBuilder().setTerm("alice").setLimit(10).build()))
			.isEmpty();
		assertThat(this.api.searchUsers(
				SearchUsersRequest.newBuilder().setTerm("alice").setAllowInactive(true).setLimit(10).build()))
			.hasSize(1);
	}

	@Test
	void updateUserChangesTheProfileAndKeepsTheRoles() {
		User alice = mattermost.users().create("alice");
		mattermost.clock().advance(Duration.ofMinutes(1));

		User updated = this.api
			.updateUser(alice.toBuilder().setNickname("Al").setRoles("system_user system_admin").build());

		assertThat(updated.getNickname()).isEqualTo("Al");
		assertThat(updated.getRoles()).isEqualTo("system_user");
		assertThat(updated.getUpdateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(this.api.getUser(alice.getId()).getNickname()).isEqualTo("Al");
	}

	@Test
	void updateUserRejectsATakenUsername() {
		seed("alice", "bob");

		Throwable thrown = catchThrowable(
				() -> this.api.updateUser(byName("bob").toBuilder().setUsername("alice").build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"app.user.save.username_exists.app_error");
	}

	@Test
	void updateUserRejectsAnInvalidEmail() {
		User alice = mattermost.users().create("alice");

		Throwable thrown = catchThrowable(() -> this.api.updateUser(alice.toBuilder().setEmail("").build()));

		assertStatusFailure(thrown, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT,
				"model.user.is_valid.email.app_error");
	}

	@Test
	void updateUserOfAnUnknownUserIsNotFound() {
		User unknown = user("ghost").toBuilder().setId(Ids.newId()).build();

		Throwable thrown = catchThrowable(() -> this.api.updateUser(unknown));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.missing_account.const");
	}

	@Test
	void updateUserActiveDeactivatesAndReactivates() {
		User alice = mattermost.users().create("alice");

		this.api.updateUserActive(alice.getId(), false);
		assertThat(this.api.getUser(alice.getId()).getDeleteAt()).isEqualTo(mattermost.clock().millis());

		this.api.updateUserActive(alice.getId(), true);
		assertThat(this.api.getUser(alice.getId()).getDeleteAt()).isZero();
	}

	@Test
	void createUserSavesThePreferencesTheServerSavesForANewUser() {
		// server/channels/app/user.go, createUserOrGuest: three preferences are saved for
		// every new user.
		User created = this.api.createUser(user("alice"));

		assertThat(this.api.getPreferencesForUser(created.getId()))
			.extracting(Preference::getCategory, Preference::getName, Preference::getValue)
			.containsExactlyInAnyOrder(tuple("recommended_next_steps", "hide", "false"),
					tuple("tutorial_step", created.getId(), "0"), tuple("system_notice", "GMasDM", "true"));
	}

	@Test
	void updateUserActiveDisablesTheBotsTheUserOwns() {
		// server/channels/app/user.go, userDeactivated: with
		// ServiceSettings.DisableBotsWhenOwnerIsDeactivated (on by default) the owner's bots
		// are deactivated through App.UpdateBotActive (server/channels/app/bot.go).
		User alice = mattermost.users().create("alice");
		Bot owned = mattermost.bots().create(Bot.newBuilder().setUsername("helper").setOwnerId(alice.getId()).build());
		Bot pluginBot = mattermost.bots().create("plugin-bot");

		this.api.updateUserActive(alice.getId(), false);

		long now = mattermost.clock().millis();
		assertThat(this.api.getBot(owned.getUserId(), true).getDeleteAt()).isEqualTo(now);
		assertThat(this.api.getUser(owned.getUserId()).getDeleteAt()).isEqualTo(now);
		assertThat(this.api.getBot(pluginBot.getUserId(), true).getDeleteAt()).isZero();
	}

	@Test
	void updateUserActiveLeavesTheDirectChannelsOfTheUserUnarchived() {
		// server/channels/app/user.go, UpdateActive and userDeactivated: no channel is
		// touched; clients only show such direct channels as archived (mattermost/mattermost
		// issue 15025 asks for the server to archive them and is still open).
		User alice = mattermost.users().create("alice");
		User bob = mattermost.users().create("bob");
		Channel direct = mattermost.channels().direct(alice, bob);

		this.api.updateUserActive(alice.getId(), false);

		assertThat(this.api.getChannel(direct.getId()).getDeleteAt()).isZero();
	}

	@Test
	void updateUserActiveOfAnUnknownUserIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.updateUserActive(Ids.newId(), false));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.missing_account.const");
	}

	@Test
	void deleteUserOnlyDeactivates() {
		User alice = mattermost.users().create("alice");

		this.api.deleteUser(alice.getId());

		assertThat(this.api.getUser(alice.getId()).getDeleteAt()).isEqualTo(mattermost.clock().millis());
	}

	@Test
	void deleteUserOfAnUnknownUserIsNotFound() {
		Throwable thrown = catchThrowable(() -> this.api.deleteUser(Ids.newId()));

		assertStatusFailure(thrown, PluginApiNotFoundException.class, Status.Code.NOT_FOUND,
				"app.user.missing_account.const");
	}

	@Test
	void seedingRejectsATakenUsername() {
		mattermost.users().create("alice");

		assertThat(catchThrowable(() -> mattermost.users().create("Alice")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void seedingListsUsersByUsername() {
		seed("bob", "alice");

		assertThat(usernames(mattermost.users().all())).containsExactly("alice", "bob");
	}

	private static User user(String username) {
		return User.newBuilder()
			.setUsername(username)
			.setEmail(username.replace(" ", "") + "@example.com")
			.setPassword("correct-horse")
			.build();
	}

	private static void seed(String... usernames) {
		for (String username : usernames) {
			mattermost.users().create(username);
		}
	}

	private static User byName(String username) {
		return mattermost.users().byUsername(username).orElseThrow();
	}

	private static List<String> usernames(List<User> users) {
		return users.stream().map(User::getUsername).toList();
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

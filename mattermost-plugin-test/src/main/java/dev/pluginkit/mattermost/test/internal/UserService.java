package dev.pluginkit.mattermost.test.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByEmailRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByEmailResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByUsernameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByUsernameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByIdsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByIdsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByUsernamesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersByUsernamesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersInTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUsersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Preference;
import dev.pluginkit.mattermost.pluginapi.v1.SearchUsersRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchUsersResponse;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserActiveRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserActiveResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for users. Like the server's gRPC bridge
 * ({@code pluginapi/grpc/server/handlers_user.go}), every failure is a gRPC status made
 * from the {@code AppError}; behaviour follows {@code app/user.go},
 * {@code app/plugin_api.go} and {@code store/sqlstore/user_store.go} with the default
 * configuration.
 */
public final class UserService implements PluginAPIGrpc.AsyncService {

	/** {@code app.MissingAccountError}. */
	static final String MISSING_ACCOUNT = "app.user.missing_account.const";

	private static final Comparator<User> BY_USERNAME = Comparator.comparing(User::getUsername);

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public UserService(FakeData data) {
		this.data = data;
	}

	@Override
	public void createUser(CreateUserRequest request, StreamObserver<CreateUserResponse> responseObserver) {
		if (!request.hasUser()) {
			// The server dereferences the missing user and fails; no AppError to mirror
			responseObserver.onError(Status.INTERNAL.withDescription("user is required").asRuntimeException());
			return;
		}
		User given = request.getUser();
		synchronized (this.data.lock()) {
			boolean firstUser = !given.getIsBot()
					&& this.data.users.values().stream().noneMatch((user) -> !user.getIsBot());
			User.Builder user = given.toBuilder()
				.setRoles(firstUser ? UserRules.FIRST_USER_ROLES : UserRules.SYSTEM_USER)
				.setLocale(UserRules.supportedLocale(given.getLocale()));
			if (given.getAuthService().isEmpty()) {
				StatusRuntimeException invalidPassword = UserRules.checkPassword(given.getPassword());
				if (invalidPassword != null) {
					responseObserver.onError(invalidPassword);
					return;
				}
			}
			boolean remote = given.hasRemoteId() && !given.getRemoteId().isEmpty();
			if (!given.getId().isEmpty() && !remote) {
				responseObserver.onError(ServerErrors.status(400, "app.user.save.existing.app_error",
						"An account with that id already exists."));
				return;
			}
			User saved = preSave(user);
			StatusRuntimeException failure = firstNonNull(UserRules.validate(saved), uniqueness(saved, null));
			if (failure != null) {
				responseObserver.onError(failure);
				return;
			}
			this.data.users.put(saved.getId(), saved);
			saveNewUserPreferences(saved.getId());
			User created = UserRules.sanitize(saved).toBuilder()
				.setDisableWelcomeEmail(given.getDisableWelcomeEmail())
				.build();
			reply(responseObserver, CreateUserResponse.newBuilder().setUser(created).build());
		}
	}

	private void saveNewUserPreferences(String userId) {
		// App.createUserOrGuest (server/channels/app/user.go) saves these three preferences
		// for every user it creates: the recommended next steps shown, the tutorial at its
		// first step, and group messages listed with the direct ones.
		List.of(preference(userId, "recommended_next_steps", "hide", "false"),
				preference(userId, "tutorial_step", userId, "0"), preference(userId, "system_notice", "GMasDM", "true"))
			.forEach((preference) -> this.data.preferences.put(
					PreferenceService.key(userId, preference.getCategory(), preference.getName()), preference));
	}

	private static Preference preference(String userId, String category, String name, String value) {
		return Preference.newBuilder().setUserId(userId).setCategory(category).setName(name).setValue(value).build();
	}

	@Override
	public void getUser(GetUserRequest request, StreamObserver<GetUserResponse> responseObserver) {
		User user = this.data.users.get(request.getUserId());
		if (user == null) {
			responseObserver.onError(missingAccount());
			return;
		}
		reply(responseObserver, GetUserResponse.newBuilder().setUser(user).build());
	}

	@Override
	public void getUserByEmail(GetUserByEmailRequest request, StreamObserver<GetUserByEmailResponse> responseObserver) {
		String email = request.getEmail().toLowerCase(Locale.ROOT);
		findUser((user) -> user.getEmail().equals(email)).ifPresentOrElse(
				(user) -> reply(responseObserver, GetUserByEmailResponse.newBuilder().setUser(user).build()),
				() -> responseObserver.onError(missingAccount()));
	}

	@Override
	public void getUserByUsername(GetUserByUsernameRequest request,
			StreamObserver<GetUserByUsernameResponse> responseObserver) {
		String username = request.getName().toLowerCase(Locale.ROOT);
		findUser((user) -> user.getUsername().equals(username)).ifPresentOrElse(
				(user) -> reply(responseObserver, GetUserByUsernameResponse.newBuilder().setUser(user).build()),
				() -> responseObserver.onError(ServerErrors.status(404, "app.user.get_by_username.app_error",
						"Unable to find an existing account matching your username for this team.")));
	}

	/**
	 * {@code GetUsersFromProfiles}, which the server answers from
	 * {@code SqlUserStore.GetAllProfiles}: it honours the role, roles, inactive and active
	 * filters and paging, and ignores the team, channel and group filters.
	 */
	@Override
	public void getUsers(GetUsersRequest request, StreamObserver<GetUsersResponse> responseObserver) {
		List<User> users = sortedUsers((user) -> UserRules.matchesRole(user, request.getRole())
				&& UserRules.matchesRoles(user, request.getRolesList())
				&& (request.getInactive() ? user.getDeleteAt() != 0 : !request.getActive() || user.getDeleteAt() == 0));
		reply(responseObserver, GetUsersResponse.newBuilder()
			.addAllUsers(sanitizedPage(users, request.getPage(), request.getPerPage()))
			.build());
	}

	/**
	 * Unknown ids are left out, as the store's {@code GetMany} does. The server's plugin API
	 * method behind this RPC was not found in the stored source; this follows
	 * {@code App.GetUsers}, which it is expected to call.
	 */
	@Override
	public void getUsersByIds(GetUsersByIdsRequest request, StreamObserver<GetUsersByIdsResponse> responseObserver) {
		List<User> users = new LinkedHashSet<>(request.getUserIdsList()).stream()
			.map(this.data.users::get)
			.filter(Objects::nonNull)
			.toList();
		reply(responseObserver, GetUsersByIdsResponse.newBuilder().addAllUsers(users).build());
	}

	@Override
	public void getUsersByUsernames(GetUsersByUsernamesRequest request,
			StreamObserver<GetUsersByUsernamesResponse> responseObserver) {
		Set<String> usernames = Set.copyOf(request.getUsernamesList());
		List<User> users = sortedUsers((user) -> usernames.contains(user.getUsername()));
		reply(responseObserver, GetUsersByUsernamesResponse.newBuilder()
			.addAllUsers(users.stream().map(UserRules::profileForAdmin).toList())
			.build());
	}

	@Override
	public void getUsersInTeam(GetUsersInTeamRequest request, StreamObserver<GetUsersInTeamResponse> responseObserver) {
		Set<String> members = activeTeamMembers(request.getTeamId());
		List<User> users = sortedUsers((user) -> members.contains(user.getId()));
		reply(responseObserver, GetUsersInTeamResponse.newBuilder()
			.addAllUsers(sanitizedPage(users, request.getPage(), request.getPerPage()))
			.build());
	}

	/**
	 * Sorted by username for {@code username}. For {@code status} the server sorts by
	 * online, away, do not disturb, then the rest; this part keeps no statuses, so every user
	 * counts as offline and the order is by username too.
	 */
	@Override
	public void getUsersInChannel(GetUsersInChannelRequest request,
			StreamObserver<GetUsersInChannelResponse> responseObserver) {
		String sortBy = request.getSortBy();
		if (!sortBy.equals("username") && !sortBy.equals("status")) {
			responseObserver.onError(
					ServerErrors.status(400, "plugin.api.get_users_in_channel", "invalid sort option"));
			return;
		}
		Set<String> members = channelMembers(request.getChannelId());
		List<User> users = sortedUsers((user) -> members.contains(user.getId()));
		reply(responseObserver, GetUsersInChannelResponse.newBuilder()
			.addAllUsers(sanitizedPage(users, request.getPage(), request.getPerPage()))
			.build());
	}

	/**
	 * {@code App.SearchUsers} with the plugin API's options: as an admin, without emails or
	 * full names, so each word of the term must be contained in the username or nickname
	 * (ignoring case and a leading {@code @}) or be the user's id. A limit of 0 finds nobody.
	 * Groups are not modelled: nobody is in a group.
	 */
	@Override
	public void searchUsers(SearchUsersRequest request, StreamObserver<SearchUsersResponse> responseObserver) {
		Predicate<User> scope = searchScope(request);
		List<String> words = List.of(request.getTerm().trim().split("\\s+"))
			.stream()
			.filter((word) -> !word.isEmpty())
			.map((word) -> word.replaceAll("^@+", ""))
			.toList();
		List<User> found = sortedUsers((user) -> scope.test(user)
				&& (request.getAllowInactive() || user.getDeleteAt() == 0)
				&& UserRules.matchesRole(user, request.getRole())
				&& UserRules.matchesRoles(user, request.getRolesList())
				&& words.stream().allMatch((word) -> UserRules.matchesWord(user, word)));
		int limit = Math.max(request.getLimit(), 0);
		reply(responseObserver, SearchUsersResponse.newBuilder()
			.addAllUsers(found.stream().limit(limit).map(UserRules::profileForAdmin).toList())
			.build());
	}

	@Override
	public void updateUser(UpdateUserRequest request, StreamObserver<UpdateUserResponse> responseObserver) {
		if (!request.hasUser()) {
			// The server dereferences the missing user and fails; no AppError to mirror
			responseObserver.onError(Status.INTERNAL.withDescription("user is required").asRuntimeException());
			return;
		}
		User given = request.getUser();
		synchronized (this.data.lock()) {
			User old = this.data.users.get(given.getId());
			if (old == null) {
				responseObserver.onError(missingAccount());
				return;
			}
			User.Builder user = given.toBuilder()
				.setUsername(given.getUsername().toLowerCase(Locale.ROOT))
				.setEmail(given.getEmail().toLowerCase(Locale.ROOT))
				.setUpdateAt(this.data.now())
				.clearNotifyProps()
				.putAllNotifyProps(UserRules.cleanNotifyProps(given.getNotifyPropsMap()));
			if (given.hasAuthData() && given.getAuthData().isEmpty()) {
				user.clearAuthData();
			}
			user.setCreateAt(old.getCreateAt());
			StatusRuntimeException invalid = UserRules.validate(user.build());
			if (invalid != null) {
				responseObserver.onError(invalid);
				return;
			}
			keepStoredFields(user, old);
			user.setRoles(old.getRoles()).setDeleteAt(old.getDeleteAt());
			if (!user.getEmail().equals(old.getEmail())) {
				user.setEmailVerified(false);
			}
			if (!user.getUsername().equals(old.getUsername())) {
				user.clearNotifyProps()
					.putAllNotifyProps(UserRules.dropUsernameMentionKeys(user.getNotifyPropsMap(), old.getUsername()));
				if (old.getLastPictureUpdate() <= 0) {
					// The default profile image is redrawn for the new name
					user.setLastPictureUpdate(-this.data.now());
				}
			}
			User updated = user.build();
			StatusRuntimeException conflict = uniqueness(updated, old.getId());
			if (conflict != null) {
				responseObserver.onError(conflict);
				return;
			}
			this.data.users.put(updated.getId(), updated);
			reply(responseObserver, UpdateUserResponse.newBuilder().setUser(UserRules.sanitize(updated)).build());
		}
	}

	@Override
	public void updateUserActive(UpdateUserActiveRequest request,
			StreamObserver<UpdateUserActiveResponse> responseObserver) {
		StatusRuntimeException failure = updateActive(request.getUserId(), request.getActive());
		if (failure != null) {
			responseObserver.onError(failure);
			return;
		}
		reply(responseObserver, UpdateUserActiveResponse.getDefaultInstance());
	}

	/**
	 * A soft delete: the plugin API deactivates the user, as {@code UpdateUserActive} with
	 * {@code false} does.
	 */
	@Override
	public void deleteUser(DeleteUserRequest request, StreamObserver<DeleteUserResponse> responseObserver) {
		StatusRuntimeException failure = updateActive(request.getUserId(), false);
		if (failure != null) {
			responseObserver.onError(failure);
			return;
		}
		reply(responseObserver, DeleteUserResponse.getDefaultInstance());
	}

	/**
	 * {@code App.UpdateActive} ({@code server/channels/app/user.go}): sets {@code delete_at}
	 * to the update time or back to 0. On deactivation {@code App.userDeactivated} disables
	 * the active bots the user owns ({@code ServiceSettings.DisableBotsWhenOwnerIsDeactivated},
	 * on by default and fixed here), each through {@code App.UpdateBotActive}. It does not
	 * archive the user's direct message channels: their {@code delete_at} stays 0 (clients
	 * only show them as archived; mattermost/mattermost issue 15025 is still open). Revoking
	 * sessions is not modelled.
	 */
	private StatusRuntimeException updateActive(String userId, boolean active) {
		synchronized (this.data.lock()) {
			User user = this.data.users.get(userId);
			if (user == null) {
				return missingAccount();
			}
			long now = this.data.now();
			this.data.users.put(userId, user.toBuilder().setUpdateAt(now).setDeleteAt(active ? 0 : now).build());
			if (!active) {
				disableOwnedBots(userId, now);
			}
			return null;
		}
	}

	private void disableOwnedBots(String ownerId, long now) {
		// App.disableUserBots pages through the owner's bots that are not deleted and runs
		// App.UpdateBotActive(false) on each: the bot's user is deactivated (so its own bots
		// follow) and the bot gets a delete_at.
		for (Bot bot : List.copyOf(this.data.bots.values())) {
			if (bot.getOwnerId().equals(ownerId) && bot.getDeleteAt() == 0) {
				User botUser = this.data.users.get(bot.getUserId());
				if (botUser != null && botUser.getDeleteAt() == 0) {
					this.data.users.put(bot.getUserId(), botUser.toBuilder().setUpdateAt(now).setDeleteAt(now).build());
					disableOwnedBots(bot.getUserId(), now);
				}
				this.data.bots.put(bot.getUserId(), bot.toBuilder().setDeleteAt(now).setUpdateAt(now).build());
			}
		}
	}

	/**
	 * {@code model.User.PreSave}: fills the id, username, time stamps and defaults,
	 * lower-cases the username and email, and hashes the password.
	 */
	private User preSave(User.Builder user) {
		if (user.getId().isEmpty()) {
			user.setId(Ids.newId());
		}
		if (user.getUsername().isEmpty()) {
			user.setUsername(Ids.newId());
		}
		if (user.hasAuthData() && user.getAuthData().isEmpty()) {
			user.clearAuthData();
		}
		user.setUsername(user.getUsername().toLowerCase(Locale.ROOT))
			.setEmail(user.getEmail().toLowerCase(Locale.ROOT));
		if (user.getCreateAt() == 0) {
			user.setCreateAt(this.data.now());
		}
		user.setUpdateAt(user.getCreateAt()).setLastPasswordUpdate(user.getCreateAt()).setMfaActive(false);
		if (user.getLocale().isEmpty()) {
			user.setLocale("en");
		}
		if (user.getNotifyPropsMap().isEmpty()) {
			user.putAllNotifyProps(UserRules.defaultNotifyProps());
		}
		if (user.getTimezoneMap().isEmpty()) {
			user.putAllTimezone(UserRules.defaultTimezone());
		}
		if (!user.getPassword().isEmpty()) {
			user.setPassword(UserRules.hashPassword(user.getPassword()));
		}
		// Not columns of the Users table: the server reads them from elsewhere or not at all
		user.setIsBot(false).setBotDescription("").setBotLastIconUpdate(0).setLastActivityAt(0)
			.setTermsOfServiceId("").setTermsOfServiceCreateAt(0).setDisableWelcomeEmail(false);
		return user.build();
	}

	/**
	 * The fields {@code SqlUserStore.Update} keeps from the stored user, and those that are
	 * not columns of the Users table.
	 */
	private static void keepStoredFields(User.Builder user, User old) {
		user.setPassword(old.getPassword())
			.setAuthService(old.getAuthService())
			.setLastPasswordUpdate(old.getLastPasswordUpdate())
			.setLastPictureUpdate(old.getLastPictureUpdate())
			.setEmailVerified(old.getEmailVerified())
			.setFailedAttempts(old.getFailedAttempts())
			.setMfaSecret(old.getMfaSecret())
			.setMfaActive(old.getMfaActive())
			.setLastLogin(old.getLastLogin())
			.setIsBot(old.getIsBot())
			.setBotDescription(old.getBotDescription())
			.setBotLastIconUpdate(old.getBotLastIconUpdate())
			.setLastActivityAt(old.getLastActivityAt())
			.setTermsOfServiceId(old.getTermsOfServiceId())
			.setTermsOfServiceCreateAt(old.getTermsOfServiceCreateAt())
			.setDisableWelcomeEmail(old.getDisableWelcomeEmail());
		if (old.hasAuthData()) {
			user.setAuthData(old.getAuthData());
		}
		else {
			user.clearAuthData();
		}
	}

	/**
	 * The unique email and username indexes; the store's error mapping checks the email
	 * first.
	 */
	private StatusRuntimeException uniqueness(User user, String ownId) {
		for (User other : this.data.users.values()) {
			if (!other.getId().equals(ownId) && other.getEmail().equals(user.getEmail())) {
				return ServerErrors.status(400, "app.user.save.email_exists.app_error",
						"An account with that email already exists.");
			}
		}
		for (User other : this.data.users.values()) {
			if (!other.getId().equals(ownId) && other.getUsername().equals(user.getUsername())) {
				return ServerErrors.status(400, "app.user.save.username_exists.app_error",
						"An account with that username already exists.");
			}
		}
		return null;
	}

	private Predicate<User> searchScope(SearchUsersRequest request) {
		if (request.getWithoutTeam()) {
			Set<String> inSomeTeam = new LinkedHashSet<>();
			this.data.teamMembers.values().forEach((members) -> members.values()
				.stream()
				.filter((member) -> member.getDeleteAt() == 0)
				.forEach((member) -> inSomeTeam.add(member.getUserId())));
			return (user) -> !inSomeTeam.contains(user.getId());
		}
		if (!request.getInChannelId().isEmpty()) {
			Set<String> members = channelMembers(request.getInChannelId());
			return (user) -> members.contains(user.getId());
		}
		if (!request.getNotInChannelId().isEmpty()) {
			Set<String> members = channelMembers(request.getNotInChannelId());
			Set<String> team = request.getTeamId().isEmpty() ? null : activeTeamMembers(request.getTeamId());
			return (user) -> !members.contains(user.getId()) && (team == null || team.contains(user.getId()));
		}
		if (!request.getNotInTeamId().isEmpty()) {
			Set<String> members = activeTeamMembers(request.getNotInTeamId());
			return (user) -> !members.contains(user.getId());
		}
		if (!request.getInGroupId().isEmpty()) {
			return (user) -> false;
		}
		if (!request.getNotInGroupId().isEmpty()) {
			return (user) -> true;
		}
		if (!request.getTeamId().isEmpty()) {
			Set<String> members = activeTeamMembers(request.getTeamId());
			return (user) -> members.contains(user.getId());
		}
		return (user) -> true;
	}

	private Set<String> activeTeamMembers(String teamId) {
		Map<String, TeamMember> members = this.data.teamMembers.getOrDefault(teamId, Map.of());
		Set<String> active = new LinkedHashSet<>();
		members.values().stream().filter((member) -> member.getDeleteAt() == 0)
			.forEach((member) -> active.add(member.getUserId()));
		return active;
	}

	private Set<String> channelMembers(String channelId) {
		return Set.copyOf(this.data.channelMembers.getOrDefault(channelId, new LinkedHashMap<>()).keySet());
	}

	private List<User> sortedUsers(Predicate<User> filter) {
		return this.data.users.values().stream().filter(filter).sorted(BY_USERNAME).toList();
	}

	private Optional<User> findUser(Predicate<User> filter) {
		return this.data.users.values().stream().filter(filter).findFirst();
	}

	static StatusRuntimeException missingAccount() {
		return ServerErrors.status(404, MISSING_ACCOUNT, "Unable to find an existing account matching your user id.");
	}

	private static StatusRuntimeException firstNonNull(StatusRuntimeException first, StatusRuntimeException second) {
		return (first != null) ? first : second;
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}


	/** One page of users, as the server shows them to a plugin. */
	private static List<User> sanitizedPage(List<User> users, int page, int perPage) {
		return UserRules.page(users, page, perPage).stream().map(UserRules::sanitize).toList();
	}

}

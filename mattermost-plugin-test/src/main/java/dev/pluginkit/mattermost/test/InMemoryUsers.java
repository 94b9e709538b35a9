package dev.pluginkit.mattermost.test;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.Ids;
import dev.pluginkit.mattermost.test.internal.UserRules;

/**
 * Seeds and inspects the users of an in-memory server.
 *
 * <p>Seeding writes straight into the server's state, as an administrator's import would:
 * it skips the password policy and the first-user rule of {@code CreateUser}, but keeps
 * usernames and emails unique and well-formed, so that what a test seeds is what a real
 * server could hold.
 *
 * <pre>{@code
 * User alice = mattermost.users().create("alice");          // alice@example.com, system_user
 * User bob = mattermost.users().create(User.newBuilder()
 *     .setUsername("bob").setEmail("bob@corp.test").setRoles("system_user system_admin").build());
 * assertThat(mattermost.users().byUsername("alice")).contains(alice);
 * }</pre>
 *
 * @see InMemoryMattermost#users()
 */
public final class InMemoryUsers {

	private final FakeData data;

	InMemoryUsers(FakeData data) {
		this.data = data;
	}

	/**
	 * Creates an active user with the given username, the email
	 * {@code <username>@example.com}, the role {@code system_user}, the locale {@code en}
	 * and the server's default notification settings and time zone.
	 * @param username the username; lower-cased as the server does
	 * @return the stored user
	 * @throws IllegalArgumentException when the username is invalid or taken
	 */
	public User create(String username) {
		String name = username.toLowerCase(Locale.ROOT);
		return create(User.newBuilder().setUsername(name).setEmail(name + "@example.com").build());
	}

	/**
	 * Creates a user with full control over its fields. Missing essentials are filled as
	 * the server would: a new id, the clock's time for {@code create_at} and
	 * {@code update_at}, the role {@code system_user}, the locale {@code en}, the default
	 * notification settings and time zone, and {@code <username>@example.com} as email. A
	 * given password is stored hashed. Everything else is kept as given, a {@code delete_at}
	 * for a deactivated user included.
	 * @param user the user to store
	 * @return the stored user
	 * @throws IllegalArgumentException when the user is invalid as the server checks it, or
	 * its id, username or email is taken
	 */
	public User create(User user) {
		User.Builder builder = user.toBuilder()
			.setUsername(user.getUsername().toLowerCase(Locale.ROOT))
			.setEmail(user.getEmail().toLowerCase(Locale.ROOT));
		if (builder.getId().isEmpty()) {
			builder.setId(Ids.newId());
		}
		if (builder.getEmail().isEmpty()) {
			builder.setEmail(builder.getUsername() + "@example.com");
		}
		if (builder.getCreateAt() == 0) {
			builder.setCreateAt(this.data.now());
		}
		if (builder.getUpdateAt() == 0) {
			builder.setUpdateAt(builder.getCreateAt());
		}
		if (builder.getRoles().isEmpty()) {
			builder.setRoles(UserRules.SYSTEM_USER);
		}
		if (builder.getLocale().isEmpty()) {
			builder.setLocale("en");
		}
		if (builder.getNotifyPropsMap().isEmpty()) {
			builder.putAllNotifyProps(UserRules.defaultNotifyProps());
		}
		if (builder.getTimezoneMap().isEmpty()) {
			builder.putAllTimezone(UserRules.defaultTimezone());
		}
		if (!builder.getPassword().isEmpty()) {
			builder.setPassword(UserRules.hashPassword(builder.getPassword()));
		}
		User created = builder.build();
		var invalid = UserRules.validate(created);
		if (invalid != null) {
			throw new IllegalArgumentException("Cannot seed user '" + created.getUsername() + "': "
					+ invalid.getStatus().getDescription());
		}
		synchronized (this.data.lock()) {
			for (User other : this.data.users.values()) {
				if (other.getId().equals(created.getId()) || other.getUsername().equals(created.getUsername())
						|| other.getEmail().equals(created.getEmail())) {
					throw new IllegalArgumentException("Cannot seed user '" + created.getUsername()
							+ "': its id, username or email is taken by '" + other.getUsername() + "'");
				}
			}
			this.data.users.put(created.getId(), created);
		}
		return created;
	}

	/**
	 * Returns every user, bots included, by username.
	 * @return a snapshot of the users
	 */
	public List<User> all() {
		return this.data.users.values().stream().sorted(Comparator.comparing(User::getUsername)).toList();
	}

	/**
	 * Finds a user by id.
	 * @param id the user id
	 * @return the user as currently stored, if any
	 */
	public Optional<User> byId(String id) {
		return Optional.ofNullable(this.data.users.get(id));
	}

	/**
	 * Finds a user by username, ignoring case as the server does.
	 * @param username the username
	 * @return the user as currently stored, if any
	 */
	public Optional<User> byUsername(String username) {
		String name = username.toLowerCase(Locale.ROOT);
		return this.data.users.values().stream().filter((user) -> user.getUsername().equals(name)).findFirst();
	}

}

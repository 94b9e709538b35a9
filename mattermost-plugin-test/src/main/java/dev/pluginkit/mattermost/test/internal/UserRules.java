package dev.pluginkit.mattermost.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.StatusRuntimeException;

/**
 * The server's rules for user accounts, from {@code server/public/model/user.go}
 * ({@code PreSave}, {@code PreUpdate}, {@code IsValid}, {@code Sanitize}) and
 * {@code server/channels/app/users} (password policy), with the default configuration.
 */
public final class UserRules {

	/** The role every user created through {@code CreateUser} gets. */
	public static final String SYSTEM_USER = "system_user";

	/** The roles of the first non-bot user of a server. */
	public static final String FIRST_USER_ROLES = "system_admin system_user";

	/** {@code PasswordSettings.MinimumLength} of the default configuration. */
	static final int PASSWORD_MIN_LENGTH = 8;

	/** {@code model.PasswordMaximumLength}. */
	static final int PASSWORD_MAX_LENGTH = 72;

	private static final Pattern VALID_USERNAME = Pattern.compile("^[a-z0-9.\\-_]+$");

	private static final Pattern VALID_REMOTE_USERNAME = Pattern.compile("^[a-z0-9.\\-_:]+$");

	private static final Set<String> RESTRICTED_USERNAMES = Set.of("all", "channel", "matterbot", "system");

	// Roughly what golang.org/x/text/language.Parse accepts within the 5 characters the model allows
	private static final Pattern VALID_LOCALE = Pattern.compile("^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,3})?$");

	// The server's i18n bundles; not confirmed against a particular release
	private static final Set<String> SUPPORTED_LOCALES = Set.of("bg", "de", "en", "en-AU", "es", "fa", "fr", "hu",
			"it", "ja", "ko", "nl", "pl", "pt-BR", "ro", "ru", "sv", "tr", "uk", "vi", "zh-CN", "zh-TW");

	private static final String ATEXT = "a-z0-9!#$%&'*+/=?^_`{|}~\\-\\u0080-\\uFFFF";

	// An approximation of Go's net/mail.ParseAddress for a bare address
	private static final Pattern VALID_EMAIL = Pattern
		.compile("^[" + ATEXT + "]+(\\.[" + ATEXT + "]+)*@[" + ATEXT + "]+(\\.[" + ATEXT + "]+)*$");

	private UserRules() {
	}

	/**
	 * Tells whether a username is valid, as {@code model.IsValidUsername}: 1 to 64
	 * characters of {@code a-z0-9.-_}, and none of the restricted names.
	 * @param username the username, already lower-cased
	 * @param remote whether the user comes from a remote cluster, which also allows {@code :}
	 * @return whether it is valid
	 */
	public static boolean isValidUsername(String username, boolean remote) {
		if (username.isEmpty() || username.length() > 64) {
			return false;
		}
		Pattern chars = remote ? VALID_REMOTE_USERNAME : VALID_USERNAME;
		return chars.matcher(username).matches() && !RESTRICTED_USERNAMES.contains(username);
	}

	/**
	 * Tells whether an email address is valid, as {@code model.IsValidEmail}: lower case, one
	 * {@code @}, and a bare address.
	 * @param email the address
	 * @return whether it is valid
	 */
	public static boolean isValidEmail(String email) {
		return email.equals(email.toLowerCase()) && VALID_EMAIL.matcher(email).matches();
	}

	/**
	 * The notification settings of {@code model.User.SetDefaultNotifications}.
	 * @return a new map
	 */
	public static Map<String, String> defaultNotifyProps() {
		Map<String, String> props = new LinkedHashMap<>();
		props.put("email", "true");
		props.put("push", "mention");
		props.put("desktop", "mention");
		props.put("desktop_sound", "true");
		props.put("mention_keys", "");
		props.put("channel", "true");
		props.put("push_status", "away");
		props.put("comments", "never");
		props.put("first_name", "false");
		props.put("desktop_threads", "all");
		props.put("email_threads", "all");
		props.put("push_threads", "all");
		return props;
	}

	/**
	 * The time zone of {@code timezones.DefaultUserTimezone}.
	 * @return a new map
	 */
	public static Map<String, String> defaultTimezone() {
		Map<String, String> timezone = new LinkedHashMap<>();
		timezone.put("automaticTimezone", "");
		timezone.put("manualTimezone", "");
		timezone.put("useAutomaticTimezone", "true");
		return timezone;
	}

	/**
	 * Stands in for the server's bcrypt hash: never the password itself, and stable for a
	 * given password. It is not bcrypt.
	 * @param password the password
	 * @return the stored form
	 */
	public static String hashPassword(String password) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
			return "$2a$10$" + Base64.getEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Checks a new password against the default password settings, as
	 * {@code users.IsPasswordValidWithSettings}: at least 8 and at most 72 characters.
	 * @param password the password
	 * @return the failure, or {@code null} when it is acceptable
	 */
	static StatusRuntimeException checkPassword(String password) {
		if (password.length() < PASSWORD_MIN_LENGTH || password.length() > PASSWORD_MAX_LENGTH) {
			return ServerErrors.status(400, "model.user.is_valid.pwd.app_error",
					"Your password must contain at least " + PASSWORD_MIN_LENGTH + " characters.");
		}
		return null;
	}

	/**
	 * Returns a supported locale, or the default client locale {@code en}, as
	 * {@code UserService.CreateUser} does.
	 * @param locale the requested locale
	 * @return the locale to store
	 */
	static String supportedLocale(String locale) {
		return SUPPORTED_LOCALES.contains(locale) ? locale : "en";
	}

	/**
	 * Validates a user about to be stored, as {@code model.User.IsValid}.
	 * @param user the user
	 * @return the failure, a 400 status with the {@code model.user.is_valid.*} id, or
	 * {@code null} when the user is valid
	 */
	public static StatusRuntimeException validate(User user) {
		String id = user.getId();
		if (!Ids.isValid(id)) {
			return invalid("id", "Invalid user id.");
		}
		if (user.getCreateAt() == 0) {
			return invalid("create_at", "Create at must be a valid time.");
		}
		if (user.getUpdateAt() == 0) {
			return invalid("update_at", "Update at must be a valid time.");
		}
		boolean remote = user.hasRemoteId() && !user.getRemoteId().isEmpty();
		if (!isValidUsername(user.getUsername(), remote)) {
			return invalid("username", "Invalid username.");
		}
		String email = user.getEmail();
		if (email.length() > 128 || email.isEmpty() || !isValidEmail(email)) {
			return invalid("email", "Invalid email.");
		}
		if (runes(user.getNickname()) > 64) {
			return invalid("nickname", "Invalid nickname.");
		}
		if (runes(user.getPosition()) > 128) {
			return invalid("position", "Invalid position: must not be longer than 128 characters.");
		}
		if (runes(user.getFirstName()) > 64) {
			return invalid("first_name", "Invalid first name.");
		}
		if (runes(user.getLastName()) > 64) {
			return invalid("last_name", "Invalid last name.");
		}
		String authData = user.hasAuthData() ? user.getAuthData() : null;
		if (authData != null && authData.length() > 128) {
			return invalid("auth_data", "Invalid auth data.");
		}
		if (authData != null && !authData.isEmpty() && user.getAuthService().isEmpty()) {
			return invalid("auth_data_type", "Invalid user, auth data must be set with auth type.");
		}
		if (!user.getPassword().isEmpty() && authData != null && !authData.isEmpty()) {
			return invalid("auth_data_pwd", "Invalid user, password and auth data cannot both be set.");
		}
		String locale = user.getLocale();
		if (!locale.isEmpty() && (locale.length() > 5 || !VALID_LOCALE.matcher(locale).matches())) {
			return invalid("locale", "Invalid locale.");
		}
		if (!user.getTimezoneMap().isEmpty() && runes(json(user.getTimezoneMap())) > 256) {
			return invalid("timezone_limit", "Invalid timezone.");
		}
		if (user.getRoles().length() > 256) {
			return ServerErrors.status(400, "model.user.is_valid.roles_limit.app_error",
					"Invalid user roles longer than 256 characters.");
		}
		String customStatus = user.getPropsMap().getOrDefault("customStatus", "");
		if (!customStatus.isEmpty() && !looksLikeJsonObject(customStatus)) {
			return ServerErrors.status(400, "model.user.is_valid.invalidProperty.app_error", "Invalid props.");
		}
		return null;
	}

	/**
	 * Removes private data, as {@code model.User.Sanitize} with no options: the password,
	 * the auth data (set to empty), the MFA secret and the last login.
	 * @param user the user
	 * @return the sanitized user
	 */
	public static User sanitize(User user) {
		return user.toBuilder().setPassword("").setAuthData("").setMfaSecret("").setLastLogin(0).build();
	}

	/**
	 * Reduces a user to its profile as the server shows it to a system admin, as
	 * {@code App.SanitizeProfile(user, true)} does with the default privacy settings. Whether
	 * {@code email_verified} survives for admins differs between server versions; it is
	 * cleared here, as {@code model.User.ClearNonProfileFields} does.
	 * @param user the user
	 * @return the profile
	 */
	static User profileForAdmin(User user) {
		return sanitize(user).toBuilder()
			.setEmailVerified(false)
			.setAllowMarketing(false)
			.clearNotifyProps()
			.setLastPasswordUpdate(0)
			.setFailedAttempts(0)
			.build();
	}

	/**
	 * Removes blank mention keys and lower-cases the others, as {@code model.User.PreUpdate}.
	 * @param notifyProps the notification settings
	 * @return the cleaned settings, or the defaults when there are none
	 */
	static Map<String, String> cleanNotifyProps(Map<String, String> notifyProps) {
		if (notifyProps.isEmpty()) {
			return defaultNotifyProps();
		}
		Map<String, String> cleaned = new LinkedHashMap<>(notifyProps);
		String keys = cleaned.get("mention_keys");
		if (keys != null) {
			cleaned.put("mention_keys", String.join(",", List.of(keys.split(",")).stream()
				.filter((key) -> !key.isEmpty())
				.map(String::toLowerCase)
				.toList()));
		}
		return cleaned;
	}

	/**
	 * Drops the old username from the mention keys, as
	 * {@code model.User.UpdateMentionKeysFromUsername}.
	 * @param notifyProps the notification settings
	 * @param oldUsername the username before the change
	 * @return the updated settings
	 */
	static Map<String, String> dropUsernameMentionKeys(Map<String, String> notifyProps, String oldUsername) {
		Map<String, String> updated = new LinkedHashMap<>(notifyProps);
		List<String> kept = List.of(updated.getOrDefault("mention_keys", "").split(","))
			.stream()
			.map(String::trim)
			.filter((key) -> !key.isEmpty() && !key.equals(oldUsername) && !key.equals("@" + oldUsername))
			.toList();
		updated.put("mention_keys", kept.isEmpty() ? "" : "," + String.join(",", kept));
		return updated;
	}

	/**
	 * Applies the store's {@code OFFSET page * perPage LIMIT perPage} to a sorted list. A
	 * {@code perPage} of 0 selects nothing, as {@code LIMIT 0} does; negative values, which the
	 * server turns into huge unsigned numbers, also select nothing here.
	 * @param <T> the element type
	 * @param sorted the sorted list
	 * @param page the zero-based page
	 * @param perPage the page size
	 * @return the page
	 */
	static <T> List<T> page(List<T> sorted, int page, int perPage) {
		if (page < 0 || perPage <= 0) {
			return List.of();
		}
		long from = (long) page * perPage;
		if (from >= sorted.size()) {
			return List.of();
		}
		return List.copyOf(sorted.subList((int) from, (int) Math.min(sorted.size(), from + perPage)));
	}

	/**
	 * Tells whether one word of a search term matches a user as the plugin API searches:
	 * contained in the username or nickname, ignoring case, or equal to the id.
	 * @param user the user
	 * @param word the word, without leading {@code @}
	 * @return whether it matches
	 */
	static boolean matchesWord(User user, String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return user.getUsername().toLowerCase(Locale.ROOT).contains(lower)
				|| user.getNickname().toLowerCase(Locale.ROOT).contains(lower) || user.getId().equals(word);
	}

	/** {@code applyRoleFilter}: the roles contain the given text. */
	static boolean matchesRole(User user, String role) {
		return role.isEmpty() || user.getRoles().contains(role.toLowerCase(Locale.ROOT));
	}

	/**
	 * {@code applyMultiRoleFilters} for system roles: {@code system_user} means only that
	 * role; the other known system roles match anywhere in the roles.
	 */
	static boolean matchesRoles(User user, List<String> roles) {
		if (roles.isEmpty() || roles.get(0).isEmpty()) {
			return true;
		}
		Set<String> wildcard = Set.of("system_guest", "system_admin", "system_user_manager",
				"system_read_only_admin", "system_manager");
		boolean anyKnown = false;
		for (String role : roles) {
			if (role.equals(SYSTEM_USER)) {
				anyKnown = true;
				if (user.getRoles().equals(role)) {
					return true;
				}
			}
			else if (wildcard.contains(role)) {
				anyKnown = true;
				if (user.getRoles().toLowerCase(Locale.ROOT).contains(role)) {
					return true;
				}
			}
		}
		return !anyKnown;
	}

	private static StatusRuntimeException invalid(String field, String message) {
		return ServerErrors.status(400, "model.user.is_valid." + field + ".app_error", message);
	}

	private static int runes(String text) {
		return text.codePointCount(0, text.length());
	}

	private static boolean looksLikeJsonObject(String text) {
		String trimmed = text.trim();
		return trimmed.startsWith("{") && trimmed.endsWith("}");
	}

	private static String json(Map<String, String> map) {
		StringBuilder json = new StringBuilder("{");
		new TreeMap<>(map).forEach((key, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append(quote(key)).append(':').append(quote(value));
		});
		return json.append('}').toString();
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}

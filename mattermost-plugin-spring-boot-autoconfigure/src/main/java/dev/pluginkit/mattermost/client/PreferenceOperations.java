package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.Preference;

/**
 * User preferences.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncPreferenceOperations
 */
public interface PreferenceOperations {

	/**
	 * Returns one preference of a user, addressed by its category and name, or nothing
	 * when the user has not set it.
	 *
	 * <p>
	 * The server answers a preference that is not set with the error
	 * {@code app.preference.get.app_error} (HTTP 400), which this method returns as an empty
	 * {@code Optional}. The server gives the same answer when its database lookup fails for
	 * another reason; those cases cannot be told apart.
	 *
	 * <p>
	 * Minimum server version: 9.5.
	 * @param userId the id of the user
	 * @param category the category of the preference
	 * @param name the name of the preference within its category
	 * @return the preference, or an empty {@code Optional} when it is not set
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Optional<Preference> getPreferenceForUser(String userId, String category, String name);

	/**
	 * Returns all preferences a user has saved, across all categories.
	 *
	 * <p>
	 * Minimum server version: 5.26.
	 * @param userId the id of the user
	 * @return the user's preferences
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Preference> getPreferencesForUser(String userId);

	/**
	 * Saves preferences of a user, creating those that do not exist and overwriting the
	 * value of those that do. Connected clients are told of the change and the
	 * {@code PreferencesHaveChanged} hook runs for plugins.
	 *
	 * <p>
	 * Minimum server version: 5.26.
	 * @param userId the id of the user
	 * @param preferences the preferences to save; each must carry the same user id
	 * @throws PluginApiPermissionDeniedException when a preference carries a different
	 * user id than {@code userId}
	 * @throws PluginApiValidationException when a preference is invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void updatePreferencesForUser(String userId, List<Preference> preferences);

	/**
	 * Deletes preferences of a user. Each preference is matched by its category and name;
	 * its value is ignored.
	 *
	 * <p>
	 * Minimum server version: 5.26.
	 * @param userId the id of the user
	 * @param preferences the preferences to delete; each must carry the same user id
	 * @throws PluginApiPermissionDeniedException when a preference carries a different
	 * user id than {@code userId}
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deletePreferencesForUser(String userId, List<Preference> preferences);

}

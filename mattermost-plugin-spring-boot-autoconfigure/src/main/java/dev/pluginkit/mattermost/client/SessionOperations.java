package dev.pluginkit.mattermost.client;

import java.time.Instant;

import dev.pluginkit.mattermost.pluginapi.v1.Session;
import dev.pluginkit.mattermost.pluginapi.v1.UserAccessToken;

/**
 * Sessions and personal access tokens.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncSessionOperations
 */
public interface SessionOperations {

	/**
	 * Creates a login session for a user and returns it with its id and secret token
	 * filled in, for example so the plugin can act on the user's behalf.
	 *
	 * <p>
	 * The token grants the same access as the user's own login; keep it secret.
	 *
	 * <p>
	 * A session without {@code expires_at} never expires; set it to the expiry time in
	 * milliseconds since the epoch.
	 *
	 * <p>
	 * Minimum server version: 6.2.
	 * @param session the session to create, naming at least the user
	 * @return the created session, including its token
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Session createSession(Session session);

	/**
	 * Looks up a session by its id.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param sessionId the id of the session
	 * @return the session
	 * @throws PluginApiValidationException when no session has that id (the server
	 * reports a missing session as a bad request, not as not found)
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Session getSession(String sessionId);

	/**
	 * Moves the expiry of an existing session to a new time, in milliseconds since the
	 * epoch.
	 *
	 * <p>
	 * The server reports a missing session as an internal error rather than as not found.
	 *
	 * <p>
	 * Minimum server version: 6.2.
	 * @param sessionId the id of the session
	 * @param newExpiry the new expiry time in milliseconds since the epoch
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void extendSessionExpiry(String sessionId, long newExpiry);

	/**
	 * Moves the expiry of an existing session to a new time.
	 *
	 * <p>
	 * Everything else is as for {@link #extendSessionExpiry(String, long)}.
	 *
	 * <p>
	 * Minimum server version: 6.2.
	 * @param sessionId the id of the session
	 * @param newExpiry the new expiry time
	 * @throws IllegalArgumentException when {@code newExpiry} lies before the epoch or
	 * beyond what milliseconds since the epoch can hold
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void extendSessionExpiry(String sessionId, Instant newExpiry);

	/**
	 * Revokes a session so its token can no longer be used.
	 *
	 * <p>
	 * Minimum server version: 6.2.
	 * @param sessionId the id of the session to revoke
	 * @throws PluginApiValidationException when no session has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void revokeSession(String sessionId);

	/**
	 * Creates a personal access token for a user and returns it, including the secret
	 * token string, which is only available in this answer.
	 *
	 * <p>
	 * For users who are not bots the call fails when personal access tokens are disabled
	 * ({@code
	 * ServiceSettings.EnableUserAccessTokens}).
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 * @param token the token to create, naming the user and a description
	 * @return the created token, with its secret
	 * @throws PluginApiNotFoundException when the user does not exist
	 * @throws PluginApiException when the call fails for any other reason
	 */
	UserAccessToken createUserAccessToken(UserAccessToken token);

	/**
	 * Revokes a personal access token so it can no longer be used, ending the sessions
	 * created with it.
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 * @param tokenId the id of the token (not the secret token string)
	 * @throws PluginApiNotFoundException when no token has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void revokeUserAccessToken(String tokenId);

}

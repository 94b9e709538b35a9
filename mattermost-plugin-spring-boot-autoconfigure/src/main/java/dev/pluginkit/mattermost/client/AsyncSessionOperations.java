package dev.pluginkit.mattermost.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.Session;
import dev.pluginkit.mattermost.pluginapi.v1.UserAccessToken;

/**
 * Sessions and personal access tokens. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see SessionOperations
 */
public interface AsyncSessionOperations {

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
	 * @return a future of the created session, including its token
	 */
	CompletableFuture<Session> createSession(Session session);

	/**
	 * Looks up a session by its id.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no session has
	 * that id (the server reports a missing session as a bad request, not as not found).
	 * @param sessionId the id of the session
	 * @return a future of the session
	 */
	CompletableFuture<Session> getSession(String sessionId);

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
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> extendSessionExpiry(String sessionId, long newExpiry);

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
	 * @return a future that completes when the call has succeeded
	 * @throws IllegalArgumentException when {@code newExpiry} lies before the epoch or
	 * beyond what milliseconds since the epoch can hold, before any call is made
	 */
	CompletableFuture<Void> extendSessionExpiry(String sessionId, Instant newExpiry);

	/**
	 * Revokes a session so its token can no longer be used.
	 *
	 * <p>
	 * Minimum server version: 6.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no session has
	 * that id.
	 * @param sessionId the id of the session to revoke
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> revokeSession(String sessionId);

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
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the user does not
	 * exist.
	 * @param token the token to create, naming the user and a description
	 * @return a future of the created token, with its secret
	 */
	CompletableFuture<UserAccessToken> createUserAccessToken(UserAccessToken token);

	/**
	 * Revokes a personal access token so it can no longer be used, ending the sessions
	 * created with it.
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no token has that
	 * id.
	 * @param tokenId the id of the token (not the secret token string)
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> revokeUserAccessToken(String tokenId);

}

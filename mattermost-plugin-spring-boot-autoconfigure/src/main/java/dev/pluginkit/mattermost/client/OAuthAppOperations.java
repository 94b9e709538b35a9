package dev.pluginkit.mattermost.client;

import dev.pluginkit.mattermost.pluginapi.v1.OAuthApp;

/**
 * OAuth 2.0 applications registered with the server.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncOAuthAppOperations
 */
public interface OAuthAppOperations {

	/**
	 * Registers an OAuth 2.0 client application with the server acting as OAuth provider,
	 * and returns it with its new id and client secret. The server always generates the
	 * client secret itself; any value given is replaced.
	 *
	 * <p>
	 * Requires the OAuth 2.0 service provider to be enabled in the server configuration;
	 * otherwise the call fails with the base exception (HTTP status 501 in the error).
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 * @param app the application to register: name, description, homepage, icon URL,
	 * callback URLs and whether it is trusted
	 * @return the registered application, including its client secret
	 * @throws PluginApiValidationException when the application is missing or invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	OAuthApp createOAuthApp(OAuthApp app);

	/**
	 * Returns a registered OAuth 2.0 application by id, including its client secret.
	 *
	 * <p>
	 * Requires the OAuth 2.0 service provider to be enabled in the server configuration;
	 * otherwise the call fails with the base exception (HTTP status 501 in the error).
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 * @param appId the id (client id) of the application
	 * @return the application
	 * @throws PluginApiNotFoundException when no application has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	OAuthApp getOAuthApp(String appId);

	/**
	 * Replaces the stored definition of an existing OAuth 2.0 application, found by the
	 * id inside the given application. The id, creator, creation time and client secret
	 * are kept from the stored application; every other field takes the given value.
	 *
	 * <p>
	 * Requires the OAuth 2.0 service provider to be enabled in the server configuration;
	 * otherwise the call fails with the base exception (HTTP status 501 in the error).
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 * @param app the application with its id and the new values
	 * @return the updated application
	 * @throws PluginApiNotFoundException when no application has that id
	 * @throws PluginApiValidationException when the application is missing or the new
	 * values are invalid
	 * @throws PluginApiException when the call fails for any other reason
	 */
	OAuthApp updateOAuthApp(OAuthApp app);

	/**
	 * Deletes a registered OAuth 2.0 application for good, together with the access it
	 * has been granted, and clears the server's caches.
	 *
	 * <p>
	 * Requires the OAuth 2.0 service provider to be enabled in the server configuration;
	 * otherwise the call fails with the base exception (HTTP status 501 in the error).
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 * @param appId the id (client id) of the application to delete
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteOAuthApp(String appId);

}

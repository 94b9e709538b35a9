package dev.pluginkit.mattermost.web;

import java.security.Principal;

/**
 * The Mattermost user who sent a request, as the request's {@link Principal}: with a
 * {@value PluginHttpRequests#USER_ID_HEADER} header, {@code request.getUserPrincipal()} is
 * one of these and {@code request.getRemoteUser()} is the user id, so that a handler's
 * {@code Principal} parameter and Spring Security's pre-authentication see the user.
 *
 * @param userId the user's id
 */
public record MattermostUser(String userId) implements Principal {

	/**
	 * The user's id.
	 * @return the user id
	 */
	@Override
	public String getName() {
		return this.userId;
	}

}

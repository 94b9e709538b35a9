package dev.pluginkit.mattermost.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires a logged-in Mattermost user for a controller's handler methods, or for one
 * method: a request without {@value PluginHttpRequests#USER_ID_HEADER} answers 401 before the
 * handler runs. For paths rather than handlers, set
 * {@code mattermost.plugin.http.require-user} to path patterns ({@code /**} for all).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequireMattermostUser {

}

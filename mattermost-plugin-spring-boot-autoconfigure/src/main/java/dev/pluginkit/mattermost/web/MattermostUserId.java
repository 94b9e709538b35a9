package dev.pluginkit.mattermost.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler method's {@code String} parameter to the id of the Mattermost user who
 * sent the request: the {@value PluginHttpRequests#USER_ID_HEADER} header, which the server
 * deletes from what the client sent and sets only after it has checked the user's session
 * (and, for a cookie session on a request other than GET, its CSRF token).
 *
 * <pre>{@code
 * @GetMapping("/whoami")
 * Map<String, String> whoami(@MattermostUserId String userId) {
 *     return Map.of("user_id", userId);
 * }
 * }</pre>
 *
 * <p>A required id that is absent answers 401 through the application's error handling;
 * with {@code required = false} the parameter is {@code null} instead.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MattermostUserId {

	/**
	 * Whether a request without a user answers 401 instead of reaching the handler.
	 * @return whether the user is required
	 */
	boolean required() default true;

}

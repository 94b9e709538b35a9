package dev.pluginkit.mattermost.interactive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as the handler of a message button or menu: the server calls it when a
 * user clicks a button, or picks an option of a menu, that {@link InteractiveMessages} put
 * in a post with this action's name. The server sends the click to the plugin's URL
 * {@code /plugins/{plugin id}{mattermost.plugin.interactive.path}/actions/{name}}, which the
 * runtime serves through ServeHTTP with Spring MVC.
 *
 * <pre>{@code
 * @PostAction("approve")
 * PostActionIntegrationResponse approve(@MattermostUserId String userId, @ActionContext("request") String requestId) {
 *     requests.approve(requestId, userId);
 *     return PostActionIntegrationResponse.update(messages.update().message("Approved by @" + userId).build());
 * }
 * }</pre>
 *
 * <p>Parameters, in any order:
 * <ul>
 * <li>{@link PostActionIntegrationRequest}: the whole request;
 * <li>{@code @MattermostUserId String}: the user who clicked (a request without a user
 * answers 401 before the method runs);
 * <li>{@code @ActionContext} on any type: the action's context converted to that type (a
 * record, a map), or with a name, one value of the context converted to the parameter's
 * type;
 * <li>{@code @SelectedOption String}: the value picked in a menu;
 * <li>{@code PluginContext}: the server's plugin context of the request.
 * </ul>
 * Return values: a {@link PostActionIntegrationResponse}; a {@code Post}, which updates the
 * post; a {@code String}, shown to the user who clicked only (ephemeral); or {@code void}
 * (or {@code null}) to change nothing.
 *
 * <p>Each name belongs to one method; a second method for a name, a name with characters
 * other than letters, digits, {@code .}, {@code _}, {@code ~} and {@code -}, or a parameter
 * nothing binds fails the application's start.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PostAction {

	/**
	 * The action's name: the last segment of its URL.
	 * @return the name
	 */
	String value();

}

package dev.pluginkit.mattermost.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler method's {@code String} parameter to the id of the plugin that sent the
 * request, from the {@value PluginHttpRequests#PLUGIN_ID_HEADER} header. The server deletes
 * that header from requests that come from outside and sets it on calls from another plugin
 * ({@code PluginHTTP}), or to {@value PluginHttpRequests#SERVER_PLUGIN_ID} when the server
 * itself calls ({@code server/channels/app/plugin_requests.go}).
 *
 * <p>A required id that is absent answers 403 through the application's error handling: the
 * request did not come from a plugin. With {@code required = false} the parameter is
 * {@code null} instead.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MattermostPluginId {

	/**
	 * Whether a request that no plugin sent answers 403 instead of reaching the handler.
	 * @return whether the calling plugin is required
	 */
	boolean required() default true;

}

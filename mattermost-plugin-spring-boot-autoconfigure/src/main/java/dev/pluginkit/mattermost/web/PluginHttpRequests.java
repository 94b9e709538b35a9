package dev.pluginkit.mattermost.web;

import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import jakarta.servlet.ServletRequest;

/**
 * What the server tells a plugin about each HTTP request besides the request itself, and
 * where a handler finds it. A handler may also declare a {@link PluginContext} parameter.
 */
public final class PluginHttpRequests {

	/** The header in which the server names the logged-in user who sent the request. */
	public static final String USER_ID_HEADER = "Mattermost-User-Id";

	/** The header in which the server names the plugin that sent the request. */
	public static final String PLUGIN_ID_HEADER = "Mattermost-Plugin-ID";

	/** The {@value #PLUGIN_ID_HEADER} of requests that the server itself sends. */
	public static final String SERVER_PLUGIN_ID = "com.mattermost.server";

	/**
	 * The request attribute holding the request's {@link PluginContext}: the session id (set
	 * only for a logged-in user), the server's request id, the client's IP address as the
	 * server saw it, its {@code Accept-Language} and its user agent.
	 */
	public static final String PLUGIN_CONTEXT_ATTRIBUTE = PluginHttpRequests.class.getName() + ".pluginContext";

	private PluginHttpRequests() {
	}

	/**
	 * The plugin context of a request that came through {@code ServeHTTP}.
	 * @param request the request
	 * @return its plugin context, or empty for a request that did not come from the server
	 */
	public static Optional<PluginContext> pluginContext(ServletRequest request) {
		return (request.getAttribute(PLUGIN_CONTEXT_ATTRIBUTE) instanceof PluginContext context) ? Optional.of(context)
				: Optional.empty();
	}

}

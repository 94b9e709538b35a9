package dev.pluginkit.mattermost.starteronly;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.hooks.MessageWillBePosted;
import dev.pluginkit.mattermost.hooks.OnActivate;
import dev.pluginkit.mattermost.hooks.Verdict;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

import org.springframework.stereotype.Component;

/**
 * The plugin's hooks: activation writes a line to the server log through the Plugin API,
 * and posts that shout are rejected.
 */
@Component
class GreetingHooks {

	static final String ACTIVATED = "starter-only plugin activated";

	private final PluginAPIClient api;

	GreetingHooks(PluginAPIClient api) {
		this.api = api;
	}

	@OnActivate
	void activate() {
		this.api.logInfo(ACTIVATED, "server_version", this.api.getServerVersion());
	}

	@MessageWillBePosted
	Verdict<Post> moderate(Post post) {
		String message = post.getMessage();
		if (!message.isEmpty() && message.equals(message.toUpperCase()) && !message.equals(message.toLowerCase())) {
			return Verdict.reject("No shouting");
		}
		return Verdict.allow();
	}

}

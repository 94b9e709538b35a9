package dev.pluginkit.mattermost.autoconfigure.runtime;

import dev.pluginkit.mattermost.runtime.PluginHandshake;

import org.springframework.core.env.Environment;

/**
 * Decides whether the plugin runtime runs, the same way for the environment post-processor
 * (stdout, logging, web server) and the auto-configuration (the server): the property
 * {@value #ENABLED_PROPERTY} when set, otherwise the magic cookie in
 * {@value PluginHandshake#MAGIC_COOKIE_KEY}.
 */
final class PluginRuntimeActivation {

	/** The property that switches the runtime on or off whatever the cookie says. */
	static final String ENABLED_PROPERTY = "mattermost.plugin.runtime.enabled";

	private PluginRuntimeActivation() {
	}

	/**
	 * Tells whether the runtime runs in the given environment.
	 * @param environment the environment, whose system environment source holds the cookie
	 * @return whether the runtime runs
	 */
	static boolean isActive(Environment environment) {
		Boolean enabled = environment.getProperty(ENABLED_PROPERTY, Boolean.class);
		if (enabled != null) {
			return enabled;
		}
		return PluginHandshake.MAGIC_COOKIE_VALUE.equals(environment.getProperty(PluginHandshake.MAGIC_COOKIE_KEY));
	}

}

package dev.pluginkit.mattermost.test.internal;

import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The in-memory server's part for the server configuration, this plugin's settings and the licence.
 */
public final class ConfigurationService implements PluginAPIGrpc.AsyncService {

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public ConfigurationService(FakeData data) {
		this.data = data;
	}

}

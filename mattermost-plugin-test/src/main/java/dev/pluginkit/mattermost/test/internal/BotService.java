package dev.pluginkit.mattermost.test.internal;

import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The in-memory server's part for bots.
 */
public final class BotService implements PluginAPIGrpc.AsyncService {

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public BotService(FakeData data) {
		this.data = data;
	}

}

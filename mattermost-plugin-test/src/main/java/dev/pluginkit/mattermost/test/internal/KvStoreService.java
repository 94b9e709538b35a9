package dev.pluginkit.mattermost.test.internal;

import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The in-memory server's part for this plugin's KV store.
 */
public final class KvStoreService implements PluginAPIGrpc.AsyncService {

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public KvStoreService(FakeData data) {
		this.data = data;
	}

}

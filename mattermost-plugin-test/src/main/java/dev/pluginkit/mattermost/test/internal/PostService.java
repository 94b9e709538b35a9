package dev.pluginkit.mattermost.test.internal;

import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The in-memory server's part for posts, threads, ephemeral posts and reactions.
 */
public final class PostService implements PluginAPIGrpc.AsyncService {

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public PostService(FakeData data) {
		this.data = data;
	}

}

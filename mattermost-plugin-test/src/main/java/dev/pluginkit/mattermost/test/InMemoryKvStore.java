package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the KV store of an in-memory server.
 *
 * @see InMemoryMattermost#kv()
 */
public final class InMemoryKvStore {

	private final FakeData data;

	InMemoryKvStore(FakeData data) {
		this.data = data;
	}

}

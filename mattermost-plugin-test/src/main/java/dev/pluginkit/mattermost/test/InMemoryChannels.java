package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the channels and channel members of an in-memory server.
 *
 * @see InMemoryMattermost#channels()
 */
public final class InMemoryChannels {

	private final FakeData data;

	InMemoryChannels(FakeData data) {
		this.data = data;
	}

}

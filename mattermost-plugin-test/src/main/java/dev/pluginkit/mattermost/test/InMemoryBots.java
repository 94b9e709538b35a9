package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the bots of an in-memory server.
 *
 * @see InMemoryMattermost#bots()
 */
public final class InMemoryBots {

	private final FakeData data;

	InMemoryBots(FakeData data) {
		this.data = data;
	}

}

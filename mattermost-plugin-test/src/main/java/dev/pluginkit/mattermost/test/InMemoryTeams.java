package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the teams and team members of an in-memory server.
 *
 * @see InMemoryMattermost#teams()
 */
public final class InMemoryTeams {

	private final FakeData data;

	InMemoryTeams(FakeData data) {
		this.data = data;
	}

}

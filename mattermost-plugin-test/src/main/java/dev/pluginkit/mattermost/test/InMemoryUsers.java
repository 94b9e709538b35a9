package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the users of an in-memory server.
 *
 * @see InMemoryMattermost#users()
 */
public final class InMemoryUsers {

	private final FakeData data;

	InMemoryUsers(FakeData data) {
		this.data = data;
	}

}

package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Inspects the slash commands registered with an in-memory server.
 *
 * @see InMemoryMattermost#commands()
 */
public final class InMemoryCommands {

	private final FakeData data;

	InMemoryCommands(FakeData data) {
		this.data = data;
	}

}

package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the files of an in-memory server.
 *
 * @see InMemoryMattermost#files()
 */
public final class InMemoryFiles {

	private final FakeData data;

	InMemoryFiles(FakeData data) {
		this.data = data;
	}

}

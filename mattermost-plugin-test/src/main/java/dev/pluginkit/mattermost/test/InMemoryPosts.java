package dev.pluginkit.mattermost.test;

import dev.pluginkit.mattermost.test.internal.FakeData;

/**
 * Seeds and inspects the posts and reactions of an in-memory server.
 *
 * @see InMemoryMattermost#posts()
 */
public final class InMemoryPosts {

	private final FakeData data;

	InMemoryPosts(FakeData data) {
		this.data = data;
	}

}

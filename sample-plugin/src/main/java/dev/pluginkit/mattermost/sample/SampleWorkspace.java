package dev.pluginkit.mattermost.sample;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;

/**
 * What the embedded server holds for the sample to find: a user who is a member of a team
 * and of its {@code town-square} channel, named as {@link SampleProperties} names them by
 * default.
 */
final class SampleWorkspace {

	private SampleWorkspace() {
	}

	/**
	 * Seeds the user, the team and the channel.
	 * @param mattermost the in-memory server
	 * @return the channel
	 */
	static Channel seed(InMemoryMattermost mattermost) {
		User user = mattermost.users().create("sample-user");
		Team team = mattermost.teams().create("sample-team").withMember(user).team();
		Channel channel = mattermost.channels().open(team, "town-square");
		mattermost.channels().addMember(channel, user);
		return channel;
	}

}

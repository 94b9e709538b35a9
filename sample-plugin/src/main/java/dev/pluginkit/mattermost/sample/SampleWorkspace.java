package dev.pluginkit.mattermost.sample;

import java.util.concurrent.atomic.AtomicInteger;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelByNameForTeamNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserByUsernameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.Status;

/**
 * What the embedded server holds for the sample to find: one user, and one channel of one
 * team, named as {@link SampleProperties} names them by default. The server answers the
 * three calls the sample makes about them, as the real server would, and records the
 * posts.
 */
final class SampleWorkspace {

	static final User USER = User.newBuilder()
		.setId("sampleuser0000000000000000")
		.setUsername("sample-user")
		.setEmail("sample-user@example.com")
		.build();

	static final Channel CHANNEL = Channel.newBuilder()
		.setId("samplechannel0000000000000")
		.setTeamId("sampleteam0000000000000000")
		.setName("town-square")
		.setDisplayName("Town Square")
		.build();

	static final String TEAM_NAME = "sample-team";

	private SampleWorkspace() {
	}

	static void seed(InMemoryMattermost mattermost) {
		AtomicInteger posts = new AtomicInteger();
		mattermost.answerWith(PluginAPIGrpc.getGetUserByUsernameMethod(), (request) -> {
			if (!request.getName().equals(USER.getUsername())) {
				throw Status.NOT_FOUND.withDescription("app.user.get_by_username.app_error: Unable to find an existing account matching your username for this team.")
					.asRuntimeException();
			}
			return GetUserByUsernameResponse.newBuilder().setUser(USER).build();
		});
		mattermost.answerWith(PluginAPIGrpc.getGetChannelByNameForTeamNameMethod(), (request) -> {
			if (!request.getTeamName().equals(TEAM_NAME) || !request.getChannelName().equals(CHANNEL.getName())) {
				throw Status.NOT_FOUND.withDescription("app.channel.get_by_name.missing.app_error: Channel does not exist.")
					.asRuntimeException();
			}
			return GetChannelByNameForTeamNameResponse.newBuilder().setChannel(CHANNEL).build();
		});
		mattermost.answerWith(PluginAPIGrpc.getCreatePostMethod(),
				(request) -> CreatePostResponse.newBuilder()
					.setPost(request.getPost()
						.toBuilder()
						.setId(String.format("samplepost%016d", posts.incrementAndGet()))
						.setCreateAt(System.currentTimeMillis()))
					.build());
	}

}

package dev.pluginkit.mattermost.client.fake;

import java.time.Duration;
import java.util.List;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiPermissionDeniedException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostList;
import dev.pluginkit.mattermost.pluginapi.v1.Reaction;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;
import dev.pluginkit.mattermost.test.InMemoryPosts.Ephemeral;
import dev.pluginkit.mattermost.test.internal.Ids;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The in-memory server's posts, threads, ephemeral posts and reactions, through the
 * blocking client over a real socket. The server reports post failures as an AppError
 * embedded in the response.
 */
@WithInMemoryMattermost
class InMemoryPostsTests {

	private static final String TEAM = Ids.newId();

	private static final String ALICE = Ids.newId();

	private static final String BOB = Ids.newId();

	private static InMemoryMattermost mattermost;

	private static ManagedChannel grpcChannel;

	private static PluginAPIClient api;

	private Channel general;

	@BeforeAll
	static void connect(InMemoryMattermost server) {
		mattermost = server;
		grpcChannel = mattermost.newChannel();
		api = PluginAPIClient.create(grpcChannel);
	}

	@BeforeEach
	void seedUsers() {
		// app.CreatePost (server/channels/app/post.go) looks the author up in the user store.
		mattermost.users().create(User.newBuilder().setId(ALICE).setUsername("alice").build());
		mattermost.users().create(User.newBuilder().setId(BOB).setUsername("bob").build());
	}

	@BeforeEach
	void openGeneral() {
		this.general = mattermost.channels().open(TEAM, "general");
	}

	@Test
	void createPostStampsItWithAnIdAndTheServerClock() {
		Post created = api.createPost(post("hello #team").build());
		assertThat(created.getId()).matches("[a-z0-9]{26}");
		assertThat(created.getCreateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(created.getUpdateAt()).isEqualTo(created.getCreateAt());
		assertThat(created.getHashtags()).isEqualTo("#team");
		assertThat(created.getProps().getFieldsOrThrow("from_plugin").getStringValue()).isEqualTo("true");
		assertThat(mattermost.posts().inChannel(this.general.getId())).containsExactly(created);
	}

	@Test
	void createPostCountsThePostInItsChannel() {
		Post created = api.createPost(post("hello").build());
		Channel counted = api.getChannel(this.general.getId());
		assertThat(counted.getTotalMsgCount()).isEqualTo(1);
		assertThat(counted.getLastPostAt()).isEqualTo(created.getCreateAt());
	}

	@Test
	void createPostWithoutAChannelFails() {
		assertAppError(() -> api.createPost(Post.newBuilder().setUserId(ALICE).setMessage("hi").build()),
				PluginApiNotFoundException.class, 404, "app.channel.get.existing.app_error");
	}

	@Test
	void createPostInAnUnknownChannelFails() {
		assertAppError(() -> api.createPost(post("hi").setChannelId(Ids.newId()).build()),
				PluginApiNotFoundException.class, 404, "app.channel.get.existing.app_error");
	}

	@Test
	void createPostWithAMalformedUserIdFails() {
		assertAppError(() -> api.createPost(post("hi").setUserId("alice").build()), PluginApiNotFoundException.class,
				404, "app.user.missing_account.const");
	}

	@Test
	void createPostByAnUnknownAuthorFails() {
		// server/channels/app/post.go, CreatePost: the author is read from the user store
		// after the channel is found; a well-formed id of no user is a 404.
		assertAppError(() -> api.createPost(post("hi").setUserId(Ids.newId()).build()), PluginApiNotFoundException.class,
				404, "app.user.missing_account.const");
		assertThat(mattermost.posts().inChannel(this.general.getId())).isEmpty();
	}

	@Test
	void createPostByADeactivatedAuthorSucceeds() {
		// server/channels/app/post.go, CreatePost: the store lookup finds deactivated users
		// too; nothing on this path refuses them.
		User carol = mattermost.users().create(User.newBuilder().setUsername("carol").setDeleteAt(1).build());
		assertThat(api.createPost(post("hi").setUserId(carol.getId()).build()).getUserId()).isEqualTo(carol.getId());
	}

	@Test
	void createPostWithAnIdFails() {
		assertAppError(() -> api.createPost(post("hi").setId(Ids.newId()).build()), PluginApiValidationException.class,
				400, "app.post.save.existing.app_error");
	}

	@Test
	void createPostLongerThanTheServerAllowsFails() {
		assertAppError(() -> api.createPost(post("x".repeat(16384)).build()), PluginApiValidationException.class, 400,
				"model.post.is_valid.message_length.app_error");
	}

	@Test
	void createPostOfAnUnknownTypeFails() {
		assertAppError(() -> api.createPost(post("hi").setType("system_nonsense").build()),
				PluginApiValidationException.class, 400, "model.post.is_valid.type.app_error");
	}

	@Test
	void createPostWithACustomTypeSucceeds() {
		assertThat(api.createPost(post("hi").setType("custom_poll").build()).getType()).isEqualTo("custom_poll");
	}

	@Test
	void createPostWithARootIdRepliesInTheThread() {
		Post root = mattermost.posts().create(this.general, ALICE, "question");
		Post reply = api.createPost(post("answer").setRootId(root.getId()).build());
		assertThat(reply.getReplyCount()).isEqualTo(1);
		assertThat(api.getPost(root.getId()).getReplyCount()).isEqualTo(1);
	}

	@Test
	void createPostReplyingToAnUnknownRootFails() {
		assertAppError(() -> api.createPost(post("answer").setRootId(Ids.newId()).build()),
				PluginApiValidationException.class, 400, "api.post.create_post.root_id.app_error");
	}

	@Test
	void createPostReplyingToAReplyFails() {
		Post reply = mattermost.posts().reply(mattermost.posts().create(this.general, ALICE, "question"), BOB, "answer");
		assertAppError(() -> api.createPost(post("more").setRootId(reply.getId()).build()),
				PluginApiValidationException.class, 400, "api.post.create_post.root_id.app_error");
	}

	@Test
	void createPostReplyingToARootInAnotherChannelFails() {
		Post elsewhere = mattermost.posts().create(mattermost.channels().open(TEAM, "random"), ALICE, "question");
		assertAppError(() -> api.createPost(post("answer").setRootId(elsewhere.getId()).build()),
				PluginApiException.class, 500, "api.post.create_post.channel_root_id.app_error");
	}

	@Test
	void getPostReturnsASeededPost() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "hello");
		assertThat(api.getPost(seeded.getId())).isEqualTo(seeded);
	}

	@Test
	void getPostOfAnUnknownIdFails() {
		assertAppError(() -> api.getPost(Ids.newId()), PluginApiNotFoundException.class, 404, "app.post.get.app_error");
	}

	@Test
	void getPostThatIsDeletedFails() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "hello");
		api.deletePost(seeded.getId());
		assertAppError(() -> api.getPost(seeded.getId()), PluginApiNotFoundException.class, 404, "app.post.get.app_error");
	}

	@Test
	void updatePostChangesTheMessageAndMarksItEdited() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "helo");
		mattermost.clock().advance(Duration.ofMinutes(1));
		Post updated = api.updatePost(seeded.toBuilder().setMessage("hello").build());
		assertThat(updated.getMessage()).isEqualTo("hello");
		assertThat(updated.getEditAt()).isEqualTo(mattermost.clock().millis());
		assertThat(updated.getUpdateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(updated.getCreateAt()).isEqualTo(seeded.getCreateAt());
	}

	@Test
	void updatePostOfAnUnknownPostFails() {
		assertAppError(() -> api.updatePost(post("hi").setId(Ids.newId()).build()), PluginApiNotFoundException.class,
				404, "app.post.get.app_error");
	}

	@Test
	void updatePostOfASystemMessageFails() {
		api.addChannelMember(this.general.getId(), ALICE);
		Post joined = mattermost.posts().inChannel(this.general.getId()).get(0);
		assertAppError(() -> api.updatePost(joined.toBuilder().setMessage("edited").build()),
				PluginApiValidationException.class, 400, "api.post.update_post.system_message.app_error");
	}

	@Test
	void deletePostDeletesItsRepliesToo() {
		Post root = mattermost.posts().create(this.general, ALICE, "question");
		Post reply = mattermost.posts().reply(root, BOB, "answer");
		mattermost.clock().advance(Duration.ofMinutes(1));
		api.deletePost(root.getId());
		assertThat(mattermost.posts().byId(reply.getId())).get()
			.extracting(Post::getDeleteAt)
			.isEqualTo(mattermost.clock().millis());
	}

	@Test
	void deletePostOfAnUnknownPostFails() {
		assertAppError(() -> api.deletePost(Ids.newId()), PluginApiValidationException.class, 400,
				"app.post.get.app_error");
	}

	@Test
	void deletePostInAnArchivedChannelFails() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "hello");
		mattermost.channels().archive(this.general);
		assertAppError(() -> api.deletePost(seeded.getId()), PluginApiValidationException.class, 400,
				"api.post.delete_post.can_not_delete_post_in_deleted.error");
	}

	@Test
	void getPostThreadListsTheRequestedPostFirstThenTheThreadNewestFirst() {
		Post root = mattermost.posts().create(this.general, ALICE, "question");
		Post first = mattermost.posts().reply(root, BOB, "one");
		Post second = mattermost.posts().reply(root, ALICE, "two");
		mattermost.posts().create(this.general, ALICE, "unrelated");
		PostList thread = api.getPostThread(first.getId());
		assertThat(thread.getOrderList()).containsExactly(first.getId(), second.getId(), root.getId());
		assertThat(thread.getPostsMap()).hasSize(3);
	}

	@Test
	void getPostThreadOfAnUnknownPostFails() {
		assertAppError(() -> api.getPostThread(Ids.newId()), PluginApiNotFoundException.class, 404,
				"app.post.get.app_error");
	}

	@Test
	void getPostsForChannelPagesNewestFirst() {
		List<Post> posts = seedThree();
		PostList firstPage = api.getPostsForChannel(this.general.getId(), 0, 2);
		assertThat(firstPage.getOrderList()).containsExactly(posts.get(2).getId(), posts.get(1).getId());
		assertThat(api.getPostsForChannel(this.general.getId(), 1, 2).getOrderList()).containsExactly(posts.get(0).getId());
	}

	@Test
	void getPostsForChannelOrdersPostsOfTheSameMillisecondAsCreated() {
		Post first = mattermost.posts().create(this.general, ALICE, "one");
		Post second = mattermost.posts().create(this.general, ALICE, "two");
		assertThat(api.getPostsForChannel(this.general.getId(), 0, 10).getOrderList()).containsExactly(second.getId(),
				first.getId());
	}

	@Test
	void getPostsForChannelOfMoreThanAThousandPerPageFails() {
		assertAppError(() -> api.getPostsForChannel(this.general.getId(), 0, 1001), PluginApiValidationException.class,
				400, "app.post.get_posts.app_error");
	}

	@Test
	void getPostsBeforeReturnsOlderPostsNewestFirst() {
		List<Post> posts = seedThree();
		assertThat(api.getPostsBefore(this.general.getId(), posts.get(2).getId(), 0, 10).getOrderList())
			.containsExactly(posts.get(1).getId(), posts.get(0).getId());
	}

	@Test
	void getPostsAfterReturnsTheNextNewerPostsNewestFirst() {
		List<Post> posts = seedThree();
		assertThat(api.getPostsAfter(this.general.getId(), posts.get(0).getId(), 0, 1).getOrderList())
			.containsExactly(posts.get(1).getId());
	}

	@Test
	void getPostsSinceIncludesDeletedPosts() {
		List<Post> posts = seedThree();
		long since = mattermost.clock().millis();
		mattermost.clock().advance(Duration.ofSeconds(1));
		api.deletePost(posts.get(0).getId());
		PostList changed = api.getPostsSince(this.general.getId(), since);
		assertThat(changed.getOrderList()).containsExactly(posts.get(0).getId());
		assertThat(changed.getPostsOrThrow(posts.get(0).getId()).getDeleteAt()).isPositive();
	}

	@Test
	void sendEphemeralPostIsKeptApartFromStoredPosts() {
		Post sent = api.sendEphemeralPost(ALICE, post("only you can see this").build());
		assertThat(sent.getType()).isEqualTo("system_ephemeral");
		assertThat(sent.getId()).matches("[a-z0-9]{26}");
		assertThat(sent.getCreateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(mattermost.posts().ephemeral()).containsExactly(new Ephemeral(ALICE, sent));
		assertThat(mattermost.posts().all()).isEmpty();
	}

	@Test
	void updateEphemeralPostReplacesTheSentPost() {
		Post sent = api.sendEphemeralPost(ALICE, post("working...").build());
		mattermost.clock().advance(Duration.ofSeconds(1));
		Post updated = api.updateEphemeralPost(ALICE, sent.toBuilder().setMessage("done").build());
		assertThat(updated.getUpdateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(mattermost.posts().ephemeral(ALICE)).containsExactly(updated);
	}

	@Test
	void deleteEphemeralPostForgetsIt() {
		Post sent = api.sendEphemeralPost(ALICE, post("oops").build());
		api.deleteEphemeralPost(ALICE, sent.getId());
		assertThat(mattermost.posts().ephemeral()).isEmpty();
	}

	@Test
	void resetForgetsEphemeralPosts() {
		api.sendEphemeralPost(ALICE, post("before the reset").build());
		mattermost.reset();
		assertThat(mattermost.posts().ephemeral()).isEmpty();
	}

	@Test
	void addReactionStoresItAndMarksThePost() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "ship it");
		Reaction added = api.addReaction(reaction(seeded, "thumbsup"));
		assertThat(added.getChannelId()).isEqualTo(this.general.getId());
		assertThat(added.getCreateAt()).isEqualTo(mattermost.clock().millis());
		assertThat(api.getReactions(seeded.getId())).containsExactly(added);
		assertThat(api.getPost(seeded.getId()).getHasReactions()).isTrue();
	}

	@Test
	void addReactionToAnUnknownPostFails() {
		assertAppError(() -> api.addReaction(Reaction.newBuilder().setPostId(Ids.newId()).setUserId(BOB)
			.setEmojiName("thumbsup")
			.build()), PluginApiNotFoundException.class, 404, "app.post.get.app_error");
	}

	@Test
	void addReactionWithAnInvalidEmojiNameFails() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "ship it");
		assertAppError(() -> api.addReaction(reaction(seeded, "thumbs up")), PluginApiValidationException.class, 400,
				"model.reaction.is_valid.emoji_name.app_error");
	}

	@Test
	void addReactionInAnArchivedChannelFails() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "ship it");
		mattermost.channels().archive(this.general);
		assertAppError(() -> api.addReaction(reaction(seeded, "thumbsup")), PluginApiPermissionDeniedException.class,
				403, "api.reaction.save.archived_channel.app_error");
	}

	@Test
	void removeReactionRemovesItAndUnmarksThePost() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "ship it");
		mattermost.posts().react(seeded, BOB, "thumbsup");
		api.removeReaction(reaction(seeded, "thumbsup"));
		assertThat(mattermost.posts().reactions(seeded.getId())).isEmpty();
		assertThat(api.getPost(seeded.getId()).getHasReactions()).isFalse();
	}

	@Test
	void removeReactionInAnArchivedChannelFails() {
		Post seeded = mattermost.posts().create(this.general, ALICE, "ship it");
		mattermost.posts().react(seeded, BOB, "thumbsup");
		mattermost.channels().archive(this.general);
		assertAppError(() -> api.removeReaction(reaction(seeded, "thumbsup")), PluginApiPermissionDeniedException.class,
				403, "api.reaction.delete.archived_channel.app_error");
	}

	private List<Post> seedThree() {
		Post first = mattermost.posts().create(this.general, ALICE, "one");
		mattermost.clock().advance(Duration.ofSeconds(1));
		Post second = mattermost.posts().create(this.general, BOB, "two");
		mattermost.clock().advance(Duration.ofSeconds(1));
		Post third = mattermost.posts().create(this.general, ALICE, "three");
		return List.of(first, second, third);
	}

	private Post.Builder post(String message) {
		return Post.newBuilder().setChannelId(this.general.getId()).setUserId(ALICE).setMessage(message);
	}

	private static Reaction reaction(Post post, String emojiName) {
		return Reaction.newBuilder().setPostId(post.getId()).setUserId(BOB).setEmojiName(emojiName).build();
	}

	private static void assertAppError(Executable call, Class<? extends PluginApiException> type, int httpStatus,
			String errorId) {
		Throwable thrown = catchThrowable(call::execute);
		assertThat(thrown).isExactlyInstanceOf(type);
		PluginApiException failure = (PluginApiException) thrown;
		assertThat(failure.getErrorId()).isEqualTo(errorId);
		assertThat(failure.getHttpStatus()).as("an embedded AppError carries its HTTP status").isEqualTo(httpStatus);
		assertThat(failure.getStatusCode()).isEqualTo(statusFor(httpStatus));
	}

	private static Status.Code statusFor(int httpStatus) {
		return switch (httpStatus) {
			case 400 -> Status.Code.INVALID_ARGUMENT;
			case 403 -> Status.Code.PERMISSION_DENIED;
			case 404 -> Status.Code.NOT_FOUND;
			default -> Status.Code.INTERNAL;
		};
	}

}

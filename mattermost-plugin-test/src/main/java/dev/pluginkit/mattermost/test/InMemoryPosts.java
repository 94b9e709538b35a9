package dev.pluginkit.mattermost.test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.Reaction;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.internal.ChannelService;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.PostService;

/**
 * Seeds and inspects the posts, ephemeral posts and reactions of an in-memory server.
 *
 * <p>Seeded posts go through the server's rules for {@code CreatePost} (existing channel,
 * thread root in the same channel, message length), stamped by the server's clock, but are
 * not marked {@code from_plugin}: they stand for posts of users.
 *
 * <pre>{@code
 * Post question = mattermost.posts().create(townSquare, alice, "Who is on call?");
 * mattermost.posts().reply(question, bob.getId(), "I am");
 * // run the plugin, then:
 * assertThat(mattermost.posts().inChannel(townSquare.getId())).extracting(Post::getMessage).contains("...");
 * }</pre>
 *
 * @see InMemoryMattermost#posts()
 */
public final class InMemoryPosts {

	/**
	 * An ephemeral post and the user it was shown to.
	 * @param userId the user the post was sent to
	 * @param post the post as last sent or updated
	 */
	public record Ephemeral(String userId, Post post) {
	}

	private final FakeData data;

	private final PostService posts;

	InMemoryPosts(FakeData data) {
		this.data = data;
		this.posts = new PostService(data);
	}

	/**
	 * Posts a message of a user in a channel.
	 * @param channel the channel
	 * @param user the author
	 * @param message the message
	 * @return the stored post
	 * @throws IllegalArgumentException when the server would refuse the post
	 */
	public Post create(Channel channel, User user, String message) {
		return create(channel.getId(), user.getId(), message);
	}

	/**
	 * Posts a message of a user given by id in a channel.
	 * @param channel the channel
	 * @param userId the author's id
	 * @param message the message
	 * @return the stored post
	 * @throws IllegalArgumentException when the server would refuse the post
	 */
	public Post create(Channel channel, String userId, String message) {
		return create(channel.getId(), userId, message);
	}

	/**
	 * Posts a message of a user in a channel, both given by id.
	 * @param channelId the channel id
	 * @param userId the author's id
	 * @param message the message
	 * @return the stored post
	 * @throws IllegalArgumentException when the server would refuse the post
	 */
	public Post create(String channelId, String userId, String message) {
		return create(Post.newBuilder().setChannelId(channelId).setUserId(userId).setMessage(message).build());
	}

	/**
	 * Replies to a post in its thread.
	 * @param post the post replied to; a reply's thread is that of its root
	 * @param userId the author's id
	 * @param message the message
	 * @return the stored reply
	 * @throws IllegalArgumentException when the server would refuse the reply
	 */
	public Post reply(Post post, String userId, String message) {
		String rootId = post.getRootId().isEmpty() ? post.getId() : post.getRootId();
		return create(Post.newBuilder()
			.setChannelId(post.getChannelId())
			.setRootId(rootId)
			.setUserId(userId)
			.setMessage(message)
			.build());
	}

	/**
	 * Stores a post as {@code CreatePost} would, for posts that need more than a message,
	 * such as props or a type.
	 * @param post the post, without an id
	 * @return the stored post
	 * @throws IllegalArgumentException when the server would refuse the post
	 */
	public Post create(Post post) {
		try {
			return this.posts.create(post, false);
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	/**
	 * Adds a reaction of a user to a post.
	 * @param post the post
	 * @param userId the user's id
	 * @param emojiName the emoji name without colons, for example {@code thumbsup}
	 * @return the stored reaction
	 * @throws IllegalArgumentException when the server would refuse the reaction
	 */
	public Reaction react(Post post, String userId, String emojiName) {
		try {
			return this.posts.react(Reaction.newBuilder()
				.setPostId(post.getId())
				.setUserId(userId)
				.setEmojiName(emojiName)
				.build());
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	/**
	 * Updates a post as the server's {@code App.UpdatePost} does for a plugin or a message
	 * action: message (a changed one sets {@code edit_at}), file ids, pin and reaction flags
	 * and props come from the given post, everything else from the stored one, and
	 * {@code update_at} is the server's time. No {@code MessageWillBeUpdated} hook is
	 * called.
	 * @param post the post as updated, with the stored post's id
	 * @return the stored post
	 * @throws IllegalArgumentException when the server would refuse the update
	 */
	public Post update(Post post) {
		try {
			return this.posts.update(post);
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	/**
	 * Updates a post as {@link #update(Post)} does, handing the post about to be stored to a
	 * step that may replace it or refuse it by throwing, where the server runs the plugins'
	 * {@code MessageWillBeUpdated} hooks. The step runs without the fake's lock held, so it
	 * may call the plugin, which may call the fake back; what it returns is stored under the
	 * post's id.
	 * @param post the post as updated, with the stored post's id
	 * @param beforeStore sees the post about to be stored and returns the one to store
	 * @return the stored post
	 * @throws IllegalArgumentException when the server would refuse the update
	 */
	public Post update(Post post, UnaryOperator<Post> beforeStore) {
		try {
			return this.posts.update(post, beforeStore);
		}
		catch (ChannelService.Failure failure) {
			throw new IllegalArgumentException(failure.id() + ": " + failure.getMessage(), failure);
		}
	}

	/**
	 * Sends an ephemeral post to a user as the server's {@code App.SendEphemeralPost} does:
	 * typed {@code system_ephemeral}, with an id and a creation time, never stored.
	 * @param userId the user it is shown to
	 * @param post the post
	 * @return the post as sent
	 */
	public Post sendEphemeral(String userId, Post post) {
		return this.posts.sendEphemeral(userId, post);
	}

	/**
	 * Returns every stored post, deleted ones included, oldest first.
	 * @return a snapshot of the posts
	 */
	public List<Post> all() {
		return this.data.posts.values().stream().sorted(PostService.oldestFirst(this.data)).toList();
	}

	/**
	 * Returns the posts of a channel, deleted ones included (with {@code delete_at} set),
	 * oldest first. System messages of the server, such as "joined the channel", are posts
	 * too.
	 * @param channelId the channel id
	 * @return a snapshot of the posts
	 */
	public List<Post> inChannel(String channelId) {
		return this.data.posts.values()
			.stream()
			.filter((post) -> post.getChannelId().equals(channelId))
			.sorted(PostService.oldestFirst(this.data))
			.toList();
	}

	/**
	 * Returns a post by id, deleted or not.
	 * @param postId the post id
	 * @return the post, or empty
	 */
	public Optional<Post> byId(String postId) {
		return Optional.ofNullable(this.data.posts.get(postId));
	}

	/**
	 * Returns the ephemeral posts the plugin sent and has not deleted, oldest first. The
	 * server never stores them; they are kept apart from the stored posts.
	 * @return a snapshot of the ephemeral posts
	 */
	public List<Ephemeral> ephemeral() {
		return PostService.ephemeralPosts(this.data)
			.stream()
			.map((sent) -> new Ephemeral(sent.getKey(), sent.getValue()))
			.toList();
	}

	/**
	 * Returns the ephemeral posts sent to one user and not deleted, oldest first.
	 * @param userId the user's id
	 * @return a snapshot of the user's ephemeral posts
	 */
	public List<Post> ephemeral(String userId) {
		return ephemeral().stream().filter((sent) -> sent.userId().equals(userId)).map(Ephemeral::post).toList();
	}

	/**
	 * Returns the reactions to a post, oldest first.
	 * @param postId the post id
	 * @return a snapshot of the reactions
	 */
	public List<Reaction> reactions(String postId) {
		if (postId.isEmpty()) {
			return List.of();
		}
		return this.data.reactions.getOrDefault(postId, Map.of())
			.values()
			.stream()
			.sorted(Comparator.comparingLong(Reaction::getCreateAt))
			.toList();
	}

}

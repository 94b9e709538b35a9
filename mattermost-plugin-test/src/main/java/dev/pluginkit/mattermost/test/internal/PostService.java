package dev.pluginkit.mattermost.test.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.pluginkit.mattermost.pluginapi.v1.AddReactionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddReactionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteEphemeralPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteEphemeralPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostThreadRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostThreadResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsAfterRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsAfterResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsBeforeRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsBeforeResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsForChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsForChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsSinceRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsSinceResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetReactionsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetReactionsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostList;
import dev.pluginkit.mattermost.pluginapi.v1.Reaction;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveReactionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveReactionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SendEphemeralPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SendEphemeralPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateEphemeralPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateEphemeralPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePostResponse;
import dev.pluginkit.mattermost.test.internal.ChannelService.Failure;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for posts, threads, ephemeral posts and reactions. It answers
 * failures as the server's post handlers do: an {@code AppError} in field 1 of the response.
 *
 * <p>Error ids, HTTP statuses and checks follow the Mattermost server's {@code app/post.go},
 * {@code app/reaction.go}, {@code store/sqlstore/post_store.go} and {@code model/post.go}.
 * A post's author must be a user this server knows, deactivated or not, as the server's
 * store lookup in app.CreatePost requires.
 */
public final class PostService implements PluginAPIGrpc.AsyncService {

	/** The server's default {@code MaxPostSize}, in characters. */
	static final int MAX_POST_SIZE = 16383;

	/** The server's default {@code UniqueEmojiReactionLimitPerPost}. */
	static final int UNIQUE_EMOJI_LIMIT = 50;

	private static final Pattern EMOJI_NAME = Pattern.compile("^[a-zA-Z0-9\\-+_]+$");

	private static final Pattern HASHTAG = Pattern.compile("^(#\\p{L}[\\p{L}\\d\\-_.]*[\\p{L}\\d])$");

	private static final Set<String> SYSTEM_TYPES = Set.of("me", "reminder", "system_join_leave", "system_join_channel",
			"system_guest_join_channel", "system_leave_channel", "system_join_team", "system_leave_team",
			"system_auto_responder", "system_add_remove", "system_add_to_channel", "system_add_guest_to_chan",
			"system_remove_from_channel", "system_move_channel", "system_add_to_team", "system_remove_from_team",
			"system_header_change", "system_displayname_change", "system_convert_channel", "system_purpose_change",
			"system_channel_deleted", "system_channel_restored", "system_ephemeral", "system_change_chan_privacy",
			"system_generic", "system_ephemeral_add_to_channel", "system_wrangler", "system_gm_to_channel");

	private final FakeData data;

	private final ChannelService channels;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public PostService(FakeData data) {
		this.data = data;
		this.channels = new ChannelService(data);
	}

	// ---------------------------------------------------------------- operations

	/**
	 * Creates a post as app.CreatePostMissingChannel and app.CreatePost do.
	 * @param requested the post as sent
	 * @param fromPlugin whether to mark it {@code from_plugin}, as PluginAPI.CreatePost does
	 * @return the stored post
	 * @throws Failure when the server would refuse it
	 */
	public Post create(Post requested, boolean fromPlugin) {
		synchronized (this.data.lock()) {
			Channel channel = this.channels.channel(requested.getChannelId());
			// app.CreatePost looks the author up in the user store (deactivated users included)
			// after the channel and before the thread's root.
			if (!this.data.users.containsKey(requested.getUserId())) {
				throw new Failure(404, "app.user.missing_account.const", "Unable to find the user.");
			}
			if (!requested.getRootId().isEmpty()) {
				Post root = this.data.posts.get(requested.getRootId());
				if (root == null || root.getDeleteAt() != 0 || !root.getRootId().isEmpty()) {
					throw new Failure(400, "api.post.create_post.root_id.app_error", "Invalid RootId parameter.");
				}
				if (!root.getChannelId().equals(requested.getChannelId())) {
					throw new Failure(500, "api.post.create_post.channel_root_id.app_error", "Invalid ChannelId for RootId parameter.");
				}
			}
			boolean remote = !requested.getRemoteId().isEmpty();
			if (!requested.getId().isEmpty() && !remote) {
				throw new Failure(400, "app.post.save.existing.app_error", "You cannot update an existing Post.");
			}
			Post.Builder post = requested.toBuilder()
				.setId(requested.getId().isEmpty() ? Ids.newId() : requested.getId())
				.setCreateAt((requested.getCreateAt() != 0) ? requested.getCreateAt() : this.data.now())
				.setOriginalId("")
				.setHashtags(hashtags(requested.getMessage()))
				// Derived when read, not stored.
				.setReplyCount(0)
				.clearMetadata();
			post.setUpdateAt(post.getCreateAt());
			if (fromPlugin) {
				post.setProps(withProp(requested.getProps(), "from_plugin", "true"));
			}
			post.setProps(withActionIds(post.getProps()));
			validate(post.build());
			return save(post.build(), channel);
		}
	}

	/**
	 * Stores a system message of the server, as its channel actions post them.
	 * @param data the shared data
	 * @param channel the channel
	 * @param userId the author
	 * @param type the post type
	 * @param message the message
	 * @param props the string props
	 */
	static void systemPost(FakeData data, Channel channel, String userId, String type, String message,
			Map<String, String> props) {
		Struct.Builder struct = Struct.newBuilder();
		props.forEach((key, value) -> struct.putFields(key, Value.newBuilder().setStringValue(value).build()));
		long now = data.now();
		Post post = Post.newBuilder()
			.setId(Ids.newId())
			.setChannelId(channel.getId())
			.setUserId(userId)
			.setType(type)
			.setMessage(message)
			.setProps(struct)
			.setCreateAt(now)
			.setUpdateAt(now)
			.build();
		new PostService(data).save(post, channel);
	}

	private Post save(Post post, Channel stale) {
		PostState state = postState(this.data);
		synchronized (state) {
			state.sequence.put(post.getId(), ++state.next);
		}
		this.data.posts.put(post.getId(), post);
		Channel channel = this.data.channels.getOrDefault(stale.getId(), stale);
		// As SqlPostStore.Save, the channel counts the post.
		Channel.Builder counted = channel.toBuilder()
			.setLastPostAt(Math.max(channel.getLastPostAt(), post.getCreateAt()))
			.setTotalMsgCount(channel.getTotalMsgCount() + 1);
		if (post.getRootId().isEmpty()) {
			counted.setLastRootPostAt(Math.max(channel.getLastRootPostAt(), post.getCreateAt()))
				.setTotalMsgCountRoot(channel.getTotalMsgCountRoot() + 1);
		}
		this.data.channels.put(channel.getId(), counted.build());
		return read(post);
	}

	/**
	 * Returns a live post as app.GetSinglePost does.
	 * @param postId the post id
	 * @return the post, with its thread's reply count
	 * @throws Failure {@code app.post.get.app_error} (404) when missing or deleted
	 */
	public Post post(String postId) {
		Post post = this.data.posts.get(postId);
		if (post == null || post.getDeleteAt() != 0) {
			throw new Failure(404, "app.post.get.app_error", "Unable to get the post.");
		}
		return read(post);
	}

	/**
	 * Updates a post as app.UpdatePost does without its safe-update restrictions: the
	 * message (with a new edit time when it changed), the file ids, the pin and reaction
	 * flags and the props come from the received post, the rest from the stored one.
	 * @param received the post as sent
	 * @return the stored post
	 * @throws Failure when the server would refuse it
	 */
	public Post update(Post received) {
		return update(received, UnaryOperator.identity());
	}

	/**
	 * Updates a post as {@link #update(Post)} does, handing the post about to be stored to
	 * a step that may replace it, where app.UpdatePost runs the plugins'
	 * {@code MessageWillBeUpdated} hooks. The step runs without the data lock held, so that
	 * it may call the fake back; what it returns is stored under the stored post's id.
	 * @param received the post as sent
	 * @param beforeStore sees the post about to be stored and returns the one to store;
	 * it may throw to refuse the update
	 * @return the stored post
	 * @throws Failure when the server would refuse it
	 */
	public Post update(Post received, UnaryOperator<Post> beforeStore) {
		Post merged;
		synchronized (this.data.lock()) {
			merged = merge(received);
		}
		Post post = beforeStore.apply(merged).toBuilder().setId(merged.getId()).build();
		synchronized (this.data.lock()) {
			validate(post);
			// Unlike the server, no edit-history row is written for the old version.
			this.data.posts.put(post.getId(), post);
			return read(post);
		}
	}

	private Post merge(Post received) {
		if (received.getId().isEmpty()) {
			throw new Failure(400, "app.post.get.app_error", "Unable to get the post.");
		}
		post(received.getId());
		Post old = this.data.posts.get(received.getId());
		if (old.getType().startsWith("system_")) {
			throw new Failure(400, "api.post.update_post.system_message.app_error", "Unable to update system message.");
		}
		Channel channel = this.channels.channel(old.getChannelId());
		if (channel.getDeleteAt() != 0) {
			throw new Failure(400, "api.post.update_post.can_not_update_post_in_deleted.error",
					"Can not update a post in a deleted channel.");
		}
		long now = this.data.now();
		Post.Builder updated = old.toBuilder()
			.setIsPinned(received.getIsPinned())
			.setHasReactions(received.getHasReactions())
			.setProps(received.getProps())
			.clearFileIds()
			.addAllFileIds(received.getFileIdsList())
			.setUpdateAt(now);
		// The identity props of the stored post survive (Post.PreserveIdentityPropsFrom;
		// unconfirmed which props it keeps).
		for (String prop : List.of("from_plugin", "from_bot", "from_webhook", "override_username", "override_icon_url")) {
			if (old.getProps().containsFields(prop)) {
				updated.setProps(updated.getProps().toBuilder().putFields(prop, old.getProps().getFieldsOrThrow(prop)));
			}
		}
		updated.setProps(withActionIds(updated.getProps()));
		if (!old.getMessage().equals(received.getMessage())) {
			updated.setMessage(received.getMessage()).setEditAt(now).setHashtags(hashtags(received.getMessage()));
		}
		// app.UpdatePost also marks the post edited when its files or its attachments
		// (Post.AttachmentsEqual) changed.
		boolean filesChanged = !old.getFileIdsList().equals(updated.getFileIdsList());
		boolean attachmentsChanged = !old.getProps()
			.getFieldsOrDefault("attachments", Value.getDefaultInstance())
			.equals(updated.getProps().getFieldsOrDefault("attachments", Value.getDefaultInstance()));
		if (updated.getEditAt() == old.getEditAt() && (filesChanged || attachmentsChanged)) {
			updated.setEditAt(now);
		}
		Post post = updated.build();
		validate(post);
		return post;
	}

	private void delete(String postId) {
		synchronized (this.data.lock()) {
			Post post = this.data.posts.get(postId);
			if (post == null || post.getDeleteAt() != 0) {
				throw new Failure(400, "app.post.get.app_error", "Unable to get the post.");
			}
			if (this.channels.channel(post.getChannelId()).getDeleteAt() != 0) {
				throw new Failure(400, "api.post.delete_post.can_not_delete_post_in_deleted.error",
						"Can not delete a post in a deleted channel.");
			}
			long now = this.data.now();
			// As SqlPostStore.Delete: the post and its replies. The server also records the
			// deleting plugin's id in the "deleteBy" prop, which the fake does not know.
			for (Post candidate : List.copyOf(this.data.posts.values())) {
				if (candidate.getId().equals(postId) || candidate.getRootId().equals(postId)) {
					this.data.posts.put(candidate.getId(), candidate.toBuilder().setDeleteAt(now).setUpdateAt(now).build());
				}
			}
		}
	}

	private PostList thread(String postId) {
		if (postId.isEmpty()) {
			throw new Failure(400, "app.post.get.app_error", "Unable to get the post.");
		}
		Post post = post(postId);
		String rootId = post.getRootId().isEmpty() ? post.getId() : post.getRootId();
		// The requested post comes first, then the rest of its thread newest first
		// (SqlPostStore.Get); unconfirmed whether the server repeats the requested id.
		List<Post> rest = live((candidate) -> (candidate.getId().equals(rootId) || candidate.getRootId().equals(rootId))
				&& !candidate.getId().equals(postId));
		PostList.Builder list = PostList.newBuilder().addOrder(post.getId()).putPosts(post.getId(), post);
		rest.forEach((candidate) -> list.addOrder(candidate.getId()).putPosts(candidate.getId(), candidate));
		return list.build();
	}

	private PostList page(String channelId, Predicate<Post> filter, Function<List<Post>, List<Post>> pageOf) {
		List<Post> ordered = pageOf.apply(this.data.posts.values()
			.stream()
			.filter((post) -> post.getChannelId().equals(channelId) && filter.test(post))
			.map(this::read)
			.sorted(oldestFirst(this.data).reversed())
			.toList());
		PostList.Builder list = PostList.newBuilder();
		for (Post post : ordered) {
			list.addOrder(post.getId()).putPosts(post.getId(), post);
		}
		// As the store, the other posts of the threads on the page come along, out of order.
		for (Post post : ordered) {
			if (!post.getRootId().isEmpty()) {
				String rootId = post.getRootId();
				live((candidate) -> candidate.getId().equals(rootId) || candidate.getRootId().equals(rootId))
					.forEach((candidate) -> list.putPosts(candidate.getId(), candidate));
			}
		}
		return list.build();
	}

	private PostList around(String channelId, String postId, int page, int perPage, boolean before) {
		Post anchor = this.data.posts.get(postId);
		if (anchor == null) {
			return PostList.getDefaultInstance();
		}
		long at = anchor.getCreateAt();
		if (before) {
			return page(channelId, (post) -> post.getDeleteAt() == 0 && post.getCreateAt() < at,
					(posts) -> slice(posts, page, perPage));
		}
		return page(channelId, (post) -> post.getDeleteAt() == 0 && post.getCreateAt() > at,
				(posts) -> reversed(slice(reversed(posts), page, perPage)));
	}

	/**
	 * Orders posts oldest first: by {@code create_at}, then, for posts of the same
	 * millisecond (the fake clock only moves when told), in the order they were created.
	 * @param data the server's data
	 * @return the comparator
	 */
	public static Comparator<Post> oldestFirst(FakeData data) {
		PostState state = postState(data);
		return Comparator.comparingLong(Post::getCreateAt)
			.thenComparingLong((post) -> state.sequence.getOrDefault(post.getId(), 0L))
			.thenComparing(Post::getId);
	}

	private List<Post> live(Predicate<Post> filter) {
		return this.data.posts.values()
			.stream()
			.filter((post) -> post.getDeleteAt() == 0 && filter.test(post))
			.map(this::read)
			.sorted(oldestFirst(this.data).reversed())
			.toList();
	}

	private static List<Post> reversed(List<Post> posts) {
		List<Post> reversed = new ArrayList<>(posts);
		Collections.reverse(reversed);
		return reversed;
	}

	private static List<Post> slice(List<Post> posts, int page, int perPage) {
		return posts.stream().skip(Math.max(0L, (long) page * perPage)).limit(Math.max(0, perPage)).toList();
	}

	/**
	 * A stored post as the store reads it, with its thread's reply count.
	 * @param post the stored post
	 * @return the post as read
	 */
	Post read(Post post) {
		String rootId = post.getRootId().isEmpty() ? post.getId() : post.getRootId();
		long replies = this.data.posts.values()
			.stream()
			.filter((candidate) -> candidate.getRootId().equals(rootId) && candidate.getDeleteAt() == 0)
			.count();
		return post.toBuilder().setReplyCount(replies).build();
	}

	/**
	 * Adds a reaction as app.SaveReactionForPost does; adding it again only refreshes it.
	 * @param requested the reaction as sent
	 * @return the stored reaction
	 * @throws Failure when the server would refuse it
	 */
	public Reaction react(Reaction requested) {
		synchronized (this.data.lock()) {
			Post post = post(requested.getPostId());
			// Unlike the server, emoji names are not checked against the system and custom
			// emoji.
			Map<String, Reaction> reactions = reactions(post.getId());
			boolean known = reactions.values().stream().anyMatch((r) -> r.getEmojiName().equals(requested.getEmojiName()));
			if (!known && reactions.values().stream().map(Reaction::getEmojiName).distinct().count() >= UNIQUE_EMOJI_LIMIT) {
				throw new Failure(400, "app.reaction.save.save.too_many_reactions", "Reaction limit has been reached for this post.");
			}
			if (this.channels.channel(post.getChannelId()).getDeleteAt() > 0) {
				throw new Failure(403, "api.reaction.save.archived_channel.app_error", "You cannot react in an archived channel.");
			}
			long now = this.data.now();
			Reaction reaction = requested.toBuilder()
				.setChannelId(post.getChannelId())
				.setCreateAt((requested.getCreateAt() != 0) ? requested.getCreateAt() : now)
				.setUpdateAt(now)
				.setDeleteAt(0)
				.setRemoteId(requested.getRemoteId())
				.build();
			if (!Ids.isValid(reaction.getUserId())) {
				throw new Failure(400, "model.reaction.is_valid.user_id.app_error", "Invalid user id.");
			}
			if (reaction.getEmojiName().length() > 64 || !EMOJI_NAME.matcher(reaction.getEmojiName()).matches()) {
				throw new Failure(400, "model.reaction.is_valid.emoji_name.app_error", "Invalid emoji name.");
			}
			reactions.put(reaction.getUserId() + "/" + reaction.getEmojiName(), reaction);
			this.data.posts.put(post.getId(), this.data.posts.get(post.getId()).toBuilder().setHasReactions(true).setUpdateAt(now).build());
			return reaction;
		}
	}

	private void unreact(Reaction reaction) {
		synchronized (this.data.lock()) {
			Post post = post(reaction.getPostId());
			if (this.channels.channel(post.getChannelId()).getDeleteAt() > 0) {
				throw new Failure(403, "api.reaction.delete.archived_channel.app_error", "You cannot remove a reaction in an archived channel.");
			}
			Map<String, Reaction> reactions = reactions(post.getId());
			reactions.remove(reaction.getUserId() + "/" + reaction.getEmojiName());
			this.data.posts.put(post.getId(), this.data.posts.get(post.getId()).toBuilder()
				.setHasReactions(!reactions.isEmpty())
				.setUpdateAt(this.data.now())
				.build());
		}
	}

	/**
	 * Returns the live map of a post's reactions by {@code userId + "/" + emojiName}.
	 * @param postId the post id
	 * @return the reactions
	 */
	public Map<String, Reaction> reactions(String postId) {
		return this.data.reactions.computeIfAbsent(postId, (id) -> new ConcurrentHashMap<>());
	}

	/**
	 * Returns the ephemeral posts sent on a server, oldest first, each with the user it was
	 * sent to. The server only pushes them to clients and never stores them; the fake keeps
	 * them apart from the stored posts so that tests can inspect them.
	 * @param data the server's data
	 * @return user id and post pairs
	 */
	public static List<Map.Entry<String, Post>> ephemeralPosts(FakeData data) {
		PostState state = postState(data);
		synchronized (state) {
			return new ArrayList<>(state.posts.values());
		}
	}

	private static PostState postState(FakeData data) {
		return data.partState(PostState.class, PostState::new);
	}

	/**
	 * What the part keeps beside the shared data: the ephemeral posts, which the server
	 * never stores, and the order in which posts were created.
	 */
	private static final class PostState {

		private final Map<String, Map.Entry<String, Post>> posts = new LinkedHashMap<>();

		private final Map<String, Long> sequence = new ConcurrentHashMap<>();

		private long next;

	}

	/**
	 * Sends an ephemeral post to a user as app.SendEphemeralPost does: it is typed
	 * {@code system_ephemeral}, gets an id and creation time when it has none, and is kept
	 * apart from the stored posts.
	 * @param userId the user it is shown to
	 * @param requested the post
	 * @return the post as sent
	 */
	public Post sendEphemeral(String userId, Post requested) {
		return ephemeral(userId, requested, false);
	}

	private Post ephemeral(String userId, Post requested, boolean update) {
		long now = this.data.now();
		Post.Builder post = requested.toBuilder().setType("system_ephemeral");
		if (!update) {
			// app.SendEphemeralPost calls GenerateActionIds itself.
			post.setProps(withActionIds(requested.getProps()));
		}
		if (update) {
			post.setUpdateAt(now);
		}
		else {
			post.setId(requested.getId().isEmpty() ? Ids.newId() : requested.getId())
				.setCreateAt((requested.getCreateAt() != 0) ? requested.getCreateAt() : now);
		}
		Post built = post.build();
		PostState state = postState(this.data);
		synchronized (state) {
			state.posts.put(built.getId(), Map.entry(userId, built));
		}
		return built;
	}

	private static void validate(Post post) {
		if (post.getMessage().codePointCount(0, post.getMessage().length()) > MAX_POST_SIZE) {
			throw new Failure(400, "model.post.is_valid.message_length.app_error",
					"Post Message property is longer than the maximum permitted length.");
		}
		// Approximates model.Post.IsValid: the known system types and any custom_ type.
		if (!(post.getType().isEmpty() || post.getType().startsWith("custom_") || SYSTEM_TYPES.contains(post.getType()))) {
			throw new Failure(400, "model.post.is_valid.type.app_error", "Invalid type.");
		}
	}

	private static String hashtags(String message) {
		// As model.ParseHashtags.
		StringBuilder tags = new StringBuilder();
		for (String word : message.split("\\s+")) {
			word = word.replaceAll("^[^\\p{L}\\d\\s#]+", "").replaceAll("[^\\p{L}\\d\\s]+$", "").replaceAll("^#{2,}", "#");
			if (HASHTAG.matcher(word).matches()) {
				tags.append(' ').append(word);
			}
		}
		String result = tags.toString();
		if (result.length() > 1000) {
			result = result.substring(0, 999);
			result = (result.lastIndexOf(' ') > -1) ? result.substring(0, result.lastIndexOf(' ')) : "";
		}
		return result.strip();
	}

	/**
	 * {@code Post.GenerateActionIds}, which {@code Post.PreCommit} runs when a post is saved
	 * or updated ({@code server/public/model/post.go}, {@code integration_action.go}): every
	 * action of {@code props.attachments[].actions[]} without an id gets a new one.
	 */
	static Struct withActionIds(Struct props) {
		Value attachments = props.getFieldsOrDefault("attachments", null);
		if (attachments == null || !attachments.hasListValue()) {
			return props;
		}
		boolean changed = false;
		ListValue.Builder newAttachments = ListValue.newBuilder();
		for (Value attachment : attachments.getListValue().getValuesList()) {
			Value actions = attachment.hasStructValue() ? attachment.getStructValue().getFieldsOrDefault("actions", null)
					: null;
			if (actions == null || !actions.hasListValue()) {
				newAttachments.addValues(attachment);
				continue;
			}
			ListValue.Builder newActions = ListValue.newBuilder();
			for (Value action : actions.getListValue().getValuesList()) {
				Value id = action.hasStructValue() ? action.getStructValue().getFieldsOrDefault("id", null) : null;
				if (action.hasStructValue() && (id == null || (id.hasStringValue() && id.getStringValue().isEmpty()))) {
					changed = true;
					newActions.addValues(Value.newBuilder()
						.setStructValue(action.getStructValue()
							.toBuilder()
							.putFields("id", Value.newBuilder().setStringValue(Ids.newId()).build())));
				}
				else {
					newActions.addValues(action);
				}
			}
			newAttachments.addValues(Value.newBuilder()
				.setStructValue(attachment.getStructValue()
					.toBuilder()
					.putFields("actions", Value.newBuilder().setListValue(newActions).build())));
		}
		if (!changed) {
			return props;
		}
		return props.toBuilder().putFields("attachments", Value.newBuilder().setListValue(newAttachments).build()).build();
	}

	private static Struct withProp(Struct props, String key, String value) {
		return props.toBuilder().putFields(key, Value.newBuilder().setStringValue(value).build()).build();
	}

	// ---------------------------------------------------------------- RPCs

	@Override
	public void createPost(CreatePostRequest request, StreamObserver<CreatePostResponse> responseObserver) {
		CreatePostResponse.Builder response = CreatePostResponse.newBuilder();
		reply(responseObserver, "CreatePost", () -> response.setPost(create(request.getPost(), true)).build(),
				(error) -> response.setError(error).build());
	}

	@Override
	public void getPost(GetPostRequest request, StreamObserver<GetPostResponse> responseObserver) {
		GetPostResponse.Builder response = GetPostResponse.newBuilder();
		reply(responseObserver, "GetSinglePost", () -> response.setPost(post(request.getPostId())).build(),
				(error) -> response.setError(error).build());
	}

	@Override
	public void updatePost(UpdatePostRequest request, StreamObserver<UpdatePostResponse> responseObserver) {
		UpdatePostResponse.Builder response = UpdatePostResponse.newBuilder();
		reply(responseObserver, "UpdatePost", () -> response.setPost(update(request.getPost())).build(),
				(error) -> response.setError(error).build());
	}

	@Override
	public void deletePost(DeletePostRequest request, StreamObserver<DeletePostResponse> responseObserver) {
		DeletePostResponse.Builder response = DeletePostResponse.newBuilder();
		reply(responseObserver, "DeletePost", () -> {
			delete(request.getPostId());
			return response.build();
		}, (error) -> response.setError(error).build());
	}

	@Override
	public void getPostThread(GetPostThreadRequest request, StreamObserver<GetPostThreadResponse> responseObserver) {
		GetPostThreadResponse.Builder response = GetPostThreadResponse.newBuilder();
		reply(responseObserver, "GetPostThread", () -> response.setPostList(thread(request.getPostId())).build(),
				(error) -> response.setError(error).build());
	}

	@Override
	public void getPostsForChannel(GetPostsForChannelRequest request, StreamObserver<GetPostsForChannelResponse> responseObserver) {
		GetPostsForChannelResponse.Builder response = GetPostsForChannelResponse.newBuilder();
		reply(responseObserver, "GetPostsPage", () -> {
			if (request.getPerPage() > 1000) {
				// The store refuses pages over 1000 as invalid input; GetPostsPage answers 400.
				throw new Failure(400, "app.post.get_posts.app_error", "Unable to get the posts of the channel.");
			}
			return response.setPostList(page(request.getChannelId(), (post) -> post.getDeleteAt() == 0,
					(posts) -> slice(posts, request.getPage(), request.getPerPage()))).build();
		}, (error) -> response.setError(error).build());
	}

	@Override
	public void getPostsSince(GetPostsSinceRequest request, StreamObserver<GetPostsSinceResponse> responseObserver) {
		// As SqlPostStore.GetPostsSince: every post changed after the time, deleted included.
		GetPostsSinceResponse.Builder response = GetPostsSinceResponse.newBuilder();
		reply(responseObserver, "GetPostsSince", () -> response
			.setPostList(page(request.getChannelId(), (post) -> post.getUpdateAt() > request.getTime(), (posts) -> posts))
			.build(), (error) -> response.setError(error).build());
	}

	@Override
	public void getPostsBefore(GetPostsBeforeRequest request, StreamObserver<GetPostsBeforeResponse> responseObserver) {
		GetPostsBeforeResponse.Builder response = GetPostsBeforeResponse.newBuilder();
		reply(responseObserver, "GetPostsBeforePost", () -> response.setPostList(around(request.getChannelId(),
				request.getPostId(), request.getPage(), request.getPerPage(), true)).build(),
				(error) -> response.setError(error).build());
	}

	@Override
	public void getPostsAfter(GetPostsAfterRequest request, StreamObserver<GetPostsAfterResponse> responseObserver) {
		GetPostsAfterResponse.Builder response = GetPostsAfterResponse.newBuilder();
		reply(responseObserver, "GetPostsAfterPost", () -> response.setPostList(around(request.getChannelId(),
				request.getPostId(), request.getPage(), request.getPerPage(), false)).build(),
				(error) -> response.setError(error).build());
	}

	@Override
	public void sendEphemeralPost(SendEphemeralPostRequest request, StreamObserver<SendEphemeralPostResponse> responseObserver) {
		// The server never fails these three calls.
		responseObserver.onNext(SendEphemeralPostResponse.newBuilder()
			.setPost(ephemeral(request.getUserId(), request.getPost(), false))
			.build());
		responseObserver.onCompleted();
	}

	@Override
	public void updateEphemeralPost(UpdateEphemeralPostRequest request,
			StreamObserver<UpdateEphemeralPostResponse> responseObserver) {
		responseObserver.onNext(UpdateEphemeralPostResponse.newBuilder()
			.setPost(ephemeral(request.getUserId(), request.getPost(), true))
			.build());
		responseObserver.onCompleted();
	}

	@Override
	public void deleteEphemeralPost(DeleteEphemeralPostRequest request,
			StreamObserver<DeleteEphemeralPostResponse> responseObserver) {
		PostState state = postState(this.data);
		synchronized (state) {
			Map.Entry<String, Post> sent = state.posts.get(request.getPostId());
			if (sent != null && sent.getKey().equals(request.getUserId())) {
				state.posts.remove(request.getPostId());
			}
		}
		responseObserver.onNext(DeleteEphemeralPostResponse.getDefaultInstance());
		responseObserver.onCompleted();
	}

	@Override
	public void addReaction(AddReactionRequest request, StreamObserver<AddReactionResponse> responseObserver) {
		AddReactionResponse.Builder response = AddReactionResponse.newBuilder();
		reply(responseObserver, "SaveReactionForPost", () -> response.setReaction(react(request.getReaction())).build(),
				(error) -> response.setError(error).build());
	}

	@Override
	public void getReactions(GetReactionsRequest request, StreamObserver<GetReactionsResponse> responseObserver) {
		// As the store: the live reactions, oldest first.
		responseObserver.onNext(GetReactionsResponse.newBuilder()
			.addAllReactions(this.data.reactions.getOrDefault(request.getPostId(), Map.of())
				.values()
				.stream()
				.sorted(Comparator.comparingLong(Reaction::getCreateAt))
				.toList())
			.build());
		responseObserver.onCompleted();
	}

	@Override
	public void removeReaction(RemoveReactionRequest request, StreamObserver<RemoveReactionResponse> responseObserver) {
		RemoveReactionResponse.Builder response = RemoveReactionResponse.newBuilder();
		reply(responseObserver, "DeleteReactionForPost", () -> {
			unreact(request.getReaction());
			return response.build();
		}, (error) -> response.setError(error).build());
	}

	private static <T> void reply(StreamObserver<T> responseObserver, String where, Supplier<T> success,
			Function<AppError, T> failure) {
		T response;
		try {
			response = success.get();
		}
		catch (Failure ex) {
			response = failure.apply(ex.toAppError(where));
		}
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

}

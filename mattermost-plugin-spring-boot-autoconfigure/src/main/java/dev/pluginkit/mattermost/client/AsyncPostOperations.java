package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostList;
import dev.pluginkit.mattermost.pluginapi.v1.PostSearchResults;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParameter;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParams;

/**
 * Posts, threads and ephemeral posts. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see PostOperations
 */
public interface AsyncPostOperations {

	/**
	 * Creates a post in a channel, authored by the user named in the post's
	 * {@code user_id}, and returns it with its generated id and timestamps. The server
	 * marks the post with the prop {@code from_plugin = true}.
	 *
	 * <p>
	 * The post hooks of every active plugin run on it, this plugin's own included: its
	 * {@code MessageWillBePosted} may change or reject the post, and its
	 * {@code MessageHasBeenPosted} sees it afterwards. A plugin that answers posts from
	 * within those hooks must skip its own posts (for example by the author or the
	 * {@code from_plugin} prop), or it loops. A rejection by any plugin fails the call
	 * with the HTTP status 400.
	 *
	 * <p>
	 * This path does not check whether the channel is archived or read-only, nor the
	 * author's permissions: the plugin's call is trusted.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the channel does
	 * not exist, or the author is not a user of the server
	 * ({@code app.user.missing_account.const}); with a
	 * {@link PluginApiValidationException} when the post is invalid, for example a
	 * missing channel or user id, or a message that is too long, or when a plugin's
	 * {@code MessageWillBePosted} rejects it.
	 * @param post the post to create; channel id, user id and message (or attachments)
	 * must be set, and root id for a reply
	 * @return a future of the created post
	 */
	CompletableFuture<Post> createPost(Post post);

	/**
	 * Looks up a post by its id. Deleted posts are not returned.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no post has that id
	 * or the post was deleted.
	 * @param postId the id of the post
	 * @return a future of the post
	 */
	CompletableFuture<Post> getPost(String postId);

	/**
	 * Returns the whole thread a post belongs to: the root post and all its replies,
	 * whether the id given is that of the root or of a reply. The result's {@code order}
	 * lists the post ids and its {@code posts} map holds each post under its id.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no post has that
	 * id.
	 * @param postId the id of the root post or of any reply in the thread
	 * @return a future of the thread's posts as a post list
	 */
	CompletableFuture<PostList> getPostThread(String postId);

	/**
	 * Returns one page of a channel's posts, newest first, replies included. Pages are
	 * zero-based and count from the newest post: page {@code n} skips the
	 * {@code n * perPage} most recent posts. The result's {@code order} holds the ids of
	 * the page's posts newest first, and its {@code posts} map holds those posts by id,
	 * plus the root posts of any replies on the page so threads can be shown; iterate
	 * over {@code order}, not over the map.
	 *
	 * <p>
	 * Deleted posts are left out.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param page zero-based page number, counted from the newest post
	 * @param perPage how many posts a page holds
	 * @return a future of the page of posts as a post list (ids in {@code order}, posts
	 * by id in {@code posts})
	 */
	CompletableFuture<PostList> getPostsForChannel(String channelId, int page, int perPage);

	/**
	 * Returns the posts of a channel that were created or changed after the given time,
	 * in milliseconds since the epoch (the comparison is on each post's
	 * {@code update_at}). Edited and deleted posts are included, so this suits syncing a
	 * copy of the channel. The result's {@code order} lists the ids of those posts newest
	 * first, and its {@code posts} map holds them by id together with the root posts of
	 * their threads.
	 *
	 * <p>
	 * The server caps the result (at 1000 posts in the store query), so a very old time
	 * may not return every change.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param time the point in time, in milliseconds since the epoch; only posts changed
	 * strictly after it are returned
	 * @return a future of the changed posts as a post list (ids in {@code order}, posts
	 * by id in {@code posts})
	 */
	CompletableFuture<PostList> getPostsSince(String channelId, long time);

	/**
	 * Returns one page of the posts of a channel that were created before the given post,
	 * which itself is not included. Pages are zero-based and move away from the given
	 * post: page 0 holds the posts just before it, page 1 the {@code perPage} posts
	 * before those, and so on. The result's {@code order} holds the ids newest first and
	 * its {@code posts} map holds the posts by id plus the root posts of any replies.
	 *
	 * <p>
	 * Deleted posts are left out.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param postId the id of the post to page backwards from
	 * @param page zero-based page number, counted backwards from the given post
	 * @param perPage how many posts a page holds
	 * @return a future of the page of older posts as a post list
	 */
	CompletableFuture<PostList> getPostsBefore(String channelId, String postId, int page, int perPage);

	/**
	 * Returns one page of the posts of a channel that were created after the given post,
	 * which itself is not included. Pages are zero-based and move away from the given
	 * post: page 0 holds the posts just after it, page 1 the {@code perPage} posts after
	 * those, and so on. The result's {@code order} still lists the ids newest first, and
	 * its {@code posts} map holds the posts by id plus the root posts of any replies.
	 *
	 * <p>
	 * Deleted posts are left out.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param channelId the id of the channel
	 * @param postId the id of the post to page forwards from
	 * @param page zero-based page number, counted forwards from the given post
	 * @param perPage how many posts a page holds
	 * @return a future of the page of newer posts as a post list
	 */
	CompletableFuture<PostList> getPostsAfter(String channelId, String postId, int page, int perPage);

	/**
	 * Searches the posts of a team with one or more already parsed search parameter sets
	 * and returns the matches. The search is not limited to the channels of any
	 * particular user; use {@link #searchPostsInTeamForUser} to search as a user would.
	 *
	 * <p>
	 * The terms of each parameter set are used as they are, not parsed: {@code from:} and
	 * {@code in:} are words there. Channels are given by name ({@code inChannels}) and
	 * users by username ({@code fromUsers}). Each set finds at most the newest 100 posts;
	 * the hits of all sets are merged, newest first. The server answers HTTP 501
	 * ({@code store.sql_post.search.disabled}) when post search is disabled
	 * ({@code ServiceSettings.EnablePostSearch}).
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @param teamId the id of the team to search in
	 * @param paramsList the parsed searches to run; a match of any of them is returned
	 * @return a future of the matching posts
	 */
	CompletableFuture<List<Post>> searchPostsInTeam(String teamId, List<SearchParams> paramsList);

	/**
	 * Searches the posts of a team as the given user would, so only channels the user can
	 * read are searched. The terms are parsed by the server like a search typed in the
	 * client, including modifiers such as {@code from:} and {@code in:}.
	 *
	 * <p>
	 * In the Go API an unset page defaults to 0 and an unset page size to 100. A server
	 * that searches its database (no Elasticsearch or Bleve) does not page: page 0 holds
	 * every hit (at most 100 for each part of the parsed search), later pages are empty,
	 * and no matched terms are reported.
	 *
	 * <p>
	 * Minimum server version: 5.26.
	 * @param teamId the id of the team to search in
	 * @param userId the id of the user the search runs as
	 * @param searchParams the search as typed, with paging and options
	 * @return a future of the search results: post ids in rank order, the posts by id and
	 * the matched terms per post
	 */
	CompletableFuture<PostSearchResults> searchPostsInTeamForUser(String teamId, String userId,
			SearchParameter searchParams);

	/**
	 * Saves changes to an existing post, such as its message, props or attachments, and
	 * returns the stored result. The post is identified by its id; fetch it first and
	 * change only what you mean to change.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no post has that
	 * id; with a {@link PluginApiValidationException} when the post cannot be changed,
	 * for example because it was deleted or the new values are invalid; with a
	 * {@link PluginApiPermissionDeniedException} when the channel is archived.
	 * @param post the post with its id and the new values
	 * @return a future of the updated post
	 */
	CompletableFuture<Post> updatePost(Post post);

	/**
	 * Deletes a post; deleting a root post deletes its replies too. Posts are
	 * soft-deleted ({@code
	 * delete_at} is set) and disappear from the channel for everyone.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no post has that
	 * id.
	 * @param postId the id of the post
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deletePost(String postId);

	/**
	 * Shows a post to a single user in a channel without storing it: only that user's
	 * connected clients see it, and it is gone once they reload. The post needs a channel
	 * id and message; the server assigns an id and timestamps if they are missing.
	 *
	 * <p>
	 * The server does not report failures for this call; a post that cannot be delivered
	 * is silently dropped.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param userId the id of the user who sees the post
	 * @param post the post to show; channel id and message must be set
	 * @return a future of the post as sent, with its id and timestamps
	 */
	CompletableFuture<Post> sendEphemeralPost(String userId, Post post);

	/**
	 * Replaces an ephemeral post previously shown to a user, identified by the post's id,
	 * with new content. Nothing is stored on the server.
	 *
	 * <p>
	 * Marked experimental by Mattermost and may change without notice. The server does
	 * not report failures for this call.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param userId the id of the user who sees the post
	 * @param post the new version of the post, with the id of the earlier ephemeral post
	 * @return a future of the post as sent
	 */
	CompletableFuture<Post> updateEphemeralPost(String userId, Post post);

	/**
	 * Removes an ephemeral post previously shown to a user from that user's clients.
	 *
	 * <p>
	 * Marked experimental by Mattermost and may change without notice. The server does
	 * not report failures for this call, not even for an unknown post id.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param userId the id of the user who sees the post
	 * @param postId the id of the ephemeral post
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deleteEphemeralPost(String userId, String postId);

}

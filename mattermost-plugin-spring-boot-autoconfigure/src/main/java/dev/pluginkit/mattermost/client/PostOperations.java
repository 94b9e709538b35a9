package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostList;
import dev.pluginkit.mattermost.pluginapi.v1.PostSearchResults;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParameter;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParams;

/**
 * Posts, threads and ephemeral posts.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncPostOperations
 */
public interface PostOperations {

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
	 * @param post the post to create; channel id, user id and message (or attachments)
	 * must be set, and root id for a reply
	 * @return the created post
	 * @throws PluginApiNotFoundException when the channel does not exist, or the author
	 * is not a user of the server ({@code app.user.missing_account.const})
	 * @throws PluginApiValidationException when the post is invalid, for example a
	 * missing channel or user id, or a message that is too long, or when a plugin's
	 * {@code MessageWillBePosted} rejects it
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Post createPost(Post post);

	/**
	 * Looks up a post by its id. Deleted posts are not returned.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param postId the id of the post
	 * @return the post
	 * @throws PluginApiNotFoundException when no post has that id or the post was deleted
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Post getPost(String postId);

	/**
	 * Returns the whole thread a post belongs to: the root post and all its replies,
	 * whether the id given is that of the root or of a reply. The result's {@code order}
	 * lists the post ids and its {@code posts} map holds each post under its id.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param postId the id of the root post or of any reply in the thread
	 * @return the thread's posts as a post list
	 * @throws PluginApiNotFoundException when no post has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	PostList getPostThread(String postId);

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
	 * @return the page of posts as a post list (ids in {@code order}, posts by id in
	 *
	 * {@code posts})
	 * @throws PluginApiException when the call fails for any other reason
	 */
	PostList getPostsForChannel(String channelId, int page, int perPage);

	/**
	 * Streams every item of {@link #getPostsForChannel(String, int, int)}, one page at a
	 * time: a page of {@code pageSize} items is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 *
	 * <p>
	 * Posts come in the order of each page's {@code order}.
	 * @param channelId the id of the channel
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Post> getPostsForChannelStream(String channelId, int pageSize);

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
	 * @return the changed posts as a post list (ids in {@code order}, posts by id in
	 *
	 * {@code posts})
	 * @throws PluginApiException when the call fails for any other reason
	 */
	PostList getPostsSince(String channelId, long time);

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
	 * @return the page of older posts as a post list
	 * @throws PluginApiException when the call fails for any other reason
	 */
	PostList getPostsBefore(String channelId, String postId, int page, int perPage);

	/**
	 * Streams every item of {@link #getPostsBefore(String, String, int, int)}, one page
	 * at a time: a page of {@code pageSize} items is fetched only when the stream needs
	 * it, and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 *
	 * <p>
	 * Posts come in the order of each page's {@code order}.
	 * @param channelId the id of the channel
	 * @param postId the id of the post to page backwards from
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Post> getPostsBeforeStream(String channelId, String postId, int pageSize);

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
	 * @return the page of newer posts as a post list
	 * @throws PluginApiException when the call fails for any other reason
	 */
	PostList getPostsAfter(String channelId, String postId, int page, int perPage);

	/**
	 * Streams every item of {@link #getPostsAfter(String, String, int, int)}, one page at
	 * a time: a page of {@code pageSize} items is fetched only when the stream needs it,
	 * and paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 *
	 * <p>
	 * Posts come in the order of each page's {@code order}.
	 * @param channelId the id of the channel
	 * @param postId the id of the post to page forwards from
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Post> getPostsAfterStream(String channelId, String postId, int pageSize);

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
	 * @return the matching posts
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Post> searchPostsInTeam(String teamId, List<SearchParams> paramsList);

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
	 * @return the search results: post ids in rank order, the posts by id and the matched
	 * terms per post
	 * @throws PluginApiException when the call fails for any other reason
	 */
	PostSearchResults searchPostsInTeamForUser(String teamId, String userId, SearchParameter searchParams);

	/**
	 * Streams every hit of {@link #searchPostsInTeamForUser}, in the order of each page's
	 * {@code order}, one page at a time: a page of {@code pageSize} hits is fetched only
	 * when the stream needs it, and paging stops after the first page that is not full.
	 * The page and page size in the search parameters are ignored.
	 *
	 * <p>
	 * A server that searches its database answers every hit on page 0 and nothing after
	 * it; the stream then holds those hits, fetching one more, empty, page when page 0 held
	 * at least {@code pageSize} hits.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Posts made while paging can shift between pages.
	 * @param teamId the id of the team to search in
	 * @param userId the id of the user the search runs as
	 * @param searchParams the search as typed, with its options
	 * @param pageSize how many hits each call asks for; at least 1
	 * @return a lazy stream of the posts found
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Post> searchPostsInTeamForUserStream(String teamId, String userId, SearchParameter searchParams,
			int pageSize);

	/**
	 * Saves changes to an existing post, such as its message, props or attachments, and
	 * returns the stored result. The post is identified by its id; fetch it first and
	 * change only what you mean to change.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param post the post with its id and the new values
	 * @return the updated post
	 * @throws PluginApiNotFoundException when no post has that id
	 * @throws PluginApiValidationException when the post cannot be changed, for example
	 * because it was deleted or the new values are invalid
	 * @throws PluginApiPermissionDeniedException when the channel is archived
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Post updatePost(Post post);

	/**
	 * Deletes a post; deleting a root post deletes its replies too. Posts are
	 * soft-deleted ({@code
	 * delete_at} is set) and disappear from the channel for everyone.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param postId the id of the post
	 * @throws PluginApiNotFoundException when no post has that id
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deletePost(String postId);

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
	 * @return the post as sent, with its id and timestamps
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Post sendEphemeralPost(String userId, Post post);

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
	 * @return the post as sent
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Post updateEphemeralPost(String userId, Post post);

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
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void deleteEphemeralPost(String userId, String postId);

}

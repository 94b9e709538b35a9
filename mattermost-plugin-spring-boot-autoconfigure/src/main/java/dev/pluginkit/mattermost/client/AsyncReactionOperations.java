package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.Reaction;

/**
 * Emoji reactions on posts. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see ReactionOperations
 */
public interface AsyncReactionOperations {

	/**
	 * Adds an emoji reaction of a user to a post. The reaction names the user, the post
	 * and the emoji (without colons); the server fills in the timestamps.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the post does not
	 * exist; with a {@link PluginApiValidationException} when the reaction is invalid or
	 * the post already has the maximum number of different reactions; with a
	 * {@link PluginApiPermissionDeniedException} when the post is in an archived channel.
	 * @param reaction the reaction to add, with user id, post id and emoji name set
	 * @return a future of the saved reaction
	 */
	CompletableFuture<Reaction> addReaction(Reaction reaction);

	/**
	 * Returns all reactions on a post, one entry per user and emoji.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param postId the id of the post
	 * @return a future of the post's reactions, empty when it has none
	 */
	CompletableFuture<List<Reaction>> getReactions(String postId);

	/**
	 * Removes a user's emoji reaction from a post. The reaction is identified by its user
	 * id, post id and emoji name.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when the post does not
	 * exist; with a {@link PluginApiPermissionDeniedException} when the post is in an
	 * archived channel.
	 * @param reaction the reaction to remove, with user id, post id and emoji name set
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> removeReaction(Reaction reaction);

}

package dev.pluginkit.mattermost.client;

import java.util.List;

import dev.pluginkit.mattermost.pluginapi.v1.Reaction;

/**
 * Emoji reactions on posts.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncReactionOperations
 */
public interface ReactionOperations {

	/**
	 * Adds an emoji reaction of a user to a post. The reaction names the user, the post
	 * and the emoji (without colons); the server fills in the timestamps.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param reaction the reaction to add, with user id, post id and emoji name set
	 * @return the saved reaction
	 * @throws PluginApiNotFoundException when the post does not exist
	 * @throws PluginApiValidationException when the reaction is invalid or the post
	 * already has the maximum number of different reactions
	 * @throws PluginApiPermissionDeniedException when the post is in an archived channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Reaction addReaction(Reaction reaction);

	/**
	 * Returns all reactions on a post, one entry per user and emoji.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param postId the id of the post
	 * @return the post's reactions, empty when it has none
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Reaction> getReactions(String postId);

	/**
	 * Removes a user's emoji reaction from a post. The reaction is identified by its user
	 * id, post id and emoji name.
	 *
	 * <p>
	 * Minimum server version: 5.3.
	 * @param reaction the reaction to remove, with user id, post id and emoji name set
	 * @throws PluginApiNotFoundException when the post does not exist
	 * @throws PluginApiPermissionDeniedException when the post is in an archived channel
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void removeReaction(Reaction reaction);

}

package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.Emoji;

/**
 * Custom emoji. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see EmojiOperations
 */
public interface AsyncEmojiOperations {

	/**
	 * Looks up a custom emoji by its id. Only custom emoji can be found; the built-in
	 * ones are not stored on the server.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no custom emoji has
	 * that id; with a {@link PluginApiPermissionDeniedException} when custom emoji are
	 * disabled on the server or no file storage is configured.
	 * @param emojiId the id of the custom emoji
	 * @return a future of the custom emoji
	 */
	CompletableFuture<Emoji> getEmoji(String emojiId);

	/**
	 * Looks up a custom emoji by its name (without colons). Names of built-in emoji are
	 * not found.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no custom emoji has
	 * that name; with a {@link PluginApiPermissionDeniedException} when custom emoji are
	 * disabled on the server or no file storage is configured.
	 * @param name the name of the custom emoji, without colons
	 * @return a future of the custom emoji
	 */
	CompletableFuture<Emoji> getEmojiByName(String name);

	/**
	 * Reads the image of a custom emoji from the server's file storage and returns its
	 * bytes together with the image type.
	 *
	 * <p>
	 * The Go server reports the type as the decoder's format name (such as {@code png},
	 *
	 * {@code gif} or {@code jpeg}) rather than a full MIME type, so do not rely on an
	 * {@code image/} prefix.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when no custom emoji has
	 * that id or its image file is missing.
	 * @param emojiId the id of the custom emoji
	 * @return a future of the image bytes and their image type
	 */
	CompletableFuture<EmojiImage> getEmojiImage(String emojiId);

	/**
	 * Returns one page of the custom emoji on the server. Pages are zero-based: page
	 * {@code n} skips the first {@code n * perPage} emoji.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param sortBy the sort order: empty for creation order or {@code name}
	 * @param page zero-based page number
	 * @param perPage how many emoji a page holds
	 * @return a future of the custom emoji on the requested page, empty past the last
	 * page
	 */
	CompletableFuture<List<Emoji>> getEmojiList(String sortBy, int page, int perPage);

}

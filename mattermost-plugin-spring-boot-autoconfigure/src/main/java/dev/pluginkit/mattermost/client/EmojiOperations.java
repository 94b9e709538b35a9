package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.Emoji;

/**
 * Custom emoji.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncEmojiOperations
 */
public interface EmojiOperations {

	/**
	 * Looks up a custom emoji by its id. Only custom emoji can be found; the built-in
	 * ones are not stored on the server.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param emojiId the id of the custom emoji
	 * @return the custom emoji
	 * @throws PluginApiNotFoundException when no custom emoji has that id
	 * @throws PluginApiPermissionDeniedException when custom emoji are disabled on the
	 * server or no file storage is configured
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Emoji getEmoji(String emojiId);

	/**
	 * Looks up a custom emoji by its name (without colons). Names of built-in emoji are
	 * not found.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param name the name of the custom emoji, without colons
	 * @return the custom emoji
	 * @throws PluginApiNotFoundException when no custom emoji has that name
	 * @throws PluginApiPermissionDeniedException when custom emoji are disabled on the
	 * server or no file storage is configured
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Emoji getEmojiByName(String name);

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
	 * @param emojiId the id of the custom emoji
	 * @return the image bytes and their image type
	 * @throws PluginApiNotFoundException when no custom emoji has that id or its image
	 * file is missing
	 * @throws PluginApiException when the call fails for any other reason
	 */
	EmojiImage getEmojiImage(String emojiId);

	/**
	 * Returns one page of the custom emoji on the server. Pages are zero-based: page
	 * {@code n} skips the first {@code n * perPage} emoji.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param sortBy the sort order: empty for creation order or {@code name}
	 * @param page zero-based page number
	 * @param perPage how many emoji a page holds
	 * @return the custom emoji on the requested page, empty past the last page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<Emoji> getEmojiList(String sortBy, int page, int perPage);

	/**
	 * Streams every item of {@link #getEmojiList(String, int, int)}, one page at a time:
	 * a page of {@code pageSize} items is fetched only when the stream needs it, and
	 * paging stops after the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param sortBy the sort order: empty for creation order or {@code name}
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<Emoji> getEmojiListStream(String sortBy, int pageSize);

}

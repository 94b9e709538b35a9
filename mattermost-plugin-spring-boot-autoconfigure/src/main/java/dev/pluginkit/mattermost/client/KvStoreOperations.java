package dev.pluginkit.mattermost.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.pluginapi.v1.PluginKVSetOptions;

/**
 * This plugin's key-value store: values are bytes, kept per plugin, and visible to every
 * node of a cluster.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncKvStoreOperations
 */
public interface KvStoreOperations {

	/**
	 * Returns the value stored under a key in this plugin's key-value store. A key that
	 * does not exist or has expired is not an error: the result is then empty, exactly
	 * like a stored empty value.
	 *
	 * <p>
	 * A missing key and a stored empty value cannot be told apart: both give an empty
	 * result. The key is not validated on reads: an over-long key simply finds nothing.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param key the key to read
	 * @return the stored value, empty when the key is missing or expired
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Optional<byte[]> kvGet(String key);

	/**
	 * Stores a value under a key in this plugin's key-value store, replacing any existing
	 * value and removing any expiry it had.
	 *
	 * <p>
	 * Keys are limited to 150 characters (Unicode code points) and must not be empty;
	 * keys starting with {@code mmi_} are reserved for Mattermost's own helpers. Values
	 * are limited only by the request size: The server accepts at most 4 MiB per request,
	 * so the data must stay below that. The server treats a missing value as a delete, so
	 * storing empty bytes may remove the key instead of storing an empty value.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param key the key, at most 150 characters
	 * @param value the value to store, as opaque bytes
	 * @throws PluginApiValidationException when the key is empty or longer than 150
	 * characters
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void kvSet(String key, byte[] value);

	/**
	 * Stores a value under a key in this plugin's key-value store, replacing any existing
	 * value, and makes the entry expire the given number of seconds from now. An expiry
	 * of {@code 0} keeps the entry forever.
	 *
	 * <p>
	 * An entry with an expiry is invisible to reads, lists and comparisons as soon as it
	 * has expired; the server purges expired entries later in the background. A negative
	 * time to live makes the entry expire at once. Keys are limited to 150 characters
	 * (Unicode code points) and must not be empty; keys starting with {@code mmi_} are
	 * reserved for Mattermost's own helpers. Values are limited only by the request size:
	 * The server accepts at most 4 MiB per request, so the data must stay below that.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param key the key, at most 150 characters
	 * @param value the value to store, as opaque bytes
	 * @param expireInSeconds time to live in seconds; 0 means no expiry
	 * @throws PluginApiValidationException when the key is empty or longer than 150
	 * characters
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void kvSetWithExpiry(String key, byte[] value, long expireInSeconds);

	/**
	 * Stores a value under a key in this plugin's key-value store, replacing any existing
	 * value, and makes the entry expire after the given time. The server counts whole
	 * seconds: a fraction of a second is rounded up. Use {@link #kvSet} for an entry that
	 * never expires.
	 *
	 * <p>
	 * Everything else is as for {@link #kvSetWithExpiry(String, byte[], long)}.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param key the key, at most 150 characters
	 * @param value the value to store, as opaque bytes
	 * @param timeToLive how long the entry lives; positive
	 * @throws IllegalArgumentException when {@code timeToLive} is zero or negative
	 * @throws PluginApiValidationException when the key is empty or longer than 150
	 * characters
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void kvSetWithExpiry(String key, byte[] value, Duration timeToLive);

	/**
	 * Stores a value under a key according to the options and reports whether it was
	 * written. Without {@code atomic} it behaves like {@link #kvSet} (with the optional
	 * expiry) and succeeds; with {@code atomic} it writes only when the stored value
	 * equals {@code old_value} byte for byte, and an empty {@code old_value} means the
	 * key must not exist yet. The result is {@code false}, not an error, when the
	 * condition fails.
	 *
	 * <p>
	 * The value is compared byte for byte. An expired entry counts as absent when the
	 * condition is checked. An entry with an expiry is invisible to reads, lists and
	 * comparisons as soon as it has expired; the server purges expired entries later in
	 * the background. Keys are limited to 150 characters (Unicode code points) and must
	 * not be empty; keys starting with {@code mmi_} are reserved for Mattermost's own
	 * helpers. Values are limited only by the request size: The server accepts at most 4
	 * MiB per request, so the data must stay below that.
	 *
	 * <p>
	 * Minimum server version: 5.20.
	 * @param key the key, at most 150 characters
	 * @param value the value to store, as opaque bytes; with {@code atomic}, empty bytes
	 * delete the key when the condition holds
	 * @param options the write conditions and the time to live
	 * @return {@code true} when the value was written, {@code false} when the atomic
	 * condition did not hold
	 * @throws PluginApiValidationException when {@code old_value} is set without
	 * {@code atomic}, or the key is empty or longer than 150 characters
	 * @throws PluginApiException when the call fails for any other reason
	 */
	boolean kvSetWithOptions(String key, byte[] value, PluginKVSetOptions options);

	/**
	 * Replaces the value under a key only if the stored value still equals
	 * {@code oldValue} byte for byte, and reports whether it did. With an empty
	 * {@code oldValue} it inserts the key only if it does not exist yet. The result is
	 * {@code false}, not an error, when the stored value differs or the key already
	 * exists.
	 *
	 * <p>
	 * The value is compared byte for byte. A successful write removes any expiry the
	 * entry had; expired entries count as absent. Keys are limited to 150 characters
	 * (Unicode code points) and must not be empty; keys starting with {@code mmi_} are
	 * reserved for Mattermost's own helpers. Values are limited only by the request size:
	 * The server accepts at most 4 MiB per request, so the data must stay below that.
	 *
	 * <p>
	 * Minimum server version: 5.12.
	 * @param key the key, at most 150 characters
	 * @param oldValue the value expected to be stored; empty means the key must not exist
	 * @param newValue the value to store; empty bytes delete the key when the comparison
	 * holds
	 * @return {@code true} when the new value was written, {@code false} when the
	 * comparison failed
	 * @throws PluginApiValidationException when the key is empty or longer than 150
	 * characters
	 * @throws PluginApiException when the call fails for any other reason
	 */
	boolean kvCompareAndSet(String key, byte[] oldValue, byte[] newValue);

	/**
	 * Deletes a key only if its stored value still equals {@code oldValue} byte for
	 * byte, and reports whether it did. The result is {@code false}, not an error, when
	 * the value differs, the key does not exist or has expired, or {@code oldValue} is
	 * empty.
	 *
	 * <p>
	 * The value is compared byte for byte. An empty {@code oldValue} never matches, so
	 * the call then deletes nothing.
	 *
	 * <p>
	 * Minimum server version: 5.16.
	 * @param key the key, at most 150 characters
	 * @param oldValue the value expected to be stored
	 * @return {@code true} when the key was deleted, {@code false} otherwise
	 * @throws PluginApiValidationException when the key is empty or longer than 150
	 * characters
	 * @throws PluginApiException when the call fails for any other reason
	 */
	boolean kvCompareAndDelete(String key, byte[] oldValue);

	/**
	 * Removes a key and its value from this plugin's key-value store. Deleting a key that
	 * does not exist succeeds silently.
	 *
	 * <p>
	 * Minimum server version: 5.2.
	 * @param key the key to delete
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void kvDelete(String key);

	/**
	 * Removes every key of this plugin's key-value store. Other plugins' entries are not
	 * touched.
	 *
	 * <p>
	 * This also removes entries that Mattermost's helpers keep for the plugin, such as
	 * the bot id remembered by {@link BotOperations#ensureBotUser}.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void kvDeleteAll();

	/**
	 * Returns one page of the keys in this plugin's key-value store, sorted
	 * alphabetically. Expired keys are left out.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 * @param page zero-based page number
	 * @param perPage how many keys a page holds; 0 or less means 10
	 * @return the keys on the requested page, empty past the last page
	 * @throws PluginApiException when the call fails for any other reason
	 */
	List<String> kvList(int page, int perPage);

	/**
	 * Streams every item of {@link #kvList(int, int)}, one page at a time: a page of
	 *
	 * {@code pageSize} items is fetched only when the stream needs it, and paging stops after
	 * the first page that is not full.
	 *
	 * <p>
	 * Each page is one call, made by the thread that consumes the stream; a failing call
	 * throws its {@link PluginApiException} from the stream operation that needed the
	 * page. Items added or removed while paging can shift between pages.
	 * @param pageSize how many items each call asks for; at least 1
	 * @return a lazy stream of the items
	 * @throws IllegalArgumentException when {@code pageSize} is less than 1
	 */
	Stream<String> kvListStream(int pageSize);

}

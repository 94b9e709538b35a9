package dev.pluginkit.mattermost.kv;

/**
 * The rules for keys of a plugin's KV store, checked before a call so that a bad key fails
 * with a message naming it: not empty, at most {@value #MAX_LENGTH} characters (Unicode code
 * points, the server's {@code model.KeyValueKeyMaxRunes} checked by
 * {@code PluginKeyValue.IsValid}), and not starting with {@value #RESERVED_PREFIX}, which Go's
 * {@code pluginapi} {@code KVService.Set} keeps for Mattermost's own helpers.
 */
public final class KvKeys {

	/** The longest key the server stores, in Unicode code points. */
	public static final int MAX_LENGTH = 150;

	/** The prefix of keys that Mattermost's own helpers keep for a plugin. */
	public static final String RESERVED_PREFIX = "mmi_";

	private KvKeys() {
	}

	/**
	 * Checks a key that is about to be written or deleted.
	 * @param key the key
	 * @return the key
	 * @throws InvalidKvKeyException when the key is null, empty, too long or reserved
	 */
	public static String requireWritable(String key) {
		requireReadable(key);
		if (key.startsWith(RESERVED_PREFIX)) {
			throw new InvalidKvKeyException(key, "starts with '" + RESERVED_PREFIX
					+ "', which is reserved for Mattermost's own use");
		}
		return key;
	}

	/**
	 * Checks a key that is about to be read: keys reserved for Mattermost's helpers may be
	 * read, but a key no write could have stored is a mistake.
	 * @param key the key
	 * @return the key
	 * @throws InvalidKvKeyException when the key is null, empty or too long
	 */
	public static String requireReadable(String key) {
		if (key == null || key.isEmpty()) {
			throw new InvalidKvKeyException(key, "is empty");
		}
		int length = key.codePointCount(0, key.length());
		if (length > MAX_LENGTH) {
			throw new InvalidKvKeyException(key,
					"is " + length + " characters long, more than the " + MAX_LENGTH + " the server stores");
		}
		return key;
	}

}

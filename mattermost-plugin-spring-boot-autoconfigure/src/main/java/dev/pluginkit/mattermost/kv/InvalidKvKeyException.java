package dev.pluginkit.mattermost.kv;

/**
 * A KV key that the server would refuse, or that is reserved; thrown before any call is made.
 */
public class InvalidKvKeyException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String key;

	/**
	 * Creates the exception.
	 * @param key the refused key
	 * @param reason why it is refused, as the end of a sentence about the key
	 */
	public InvalidKvKeyException(String key, String reason) {
		super("KV key " + ((key != null) ? "'" + key + "'" : "null") + " " + reason);
		this.key = key;
	}

	/**
	 * Returns the refused key.
	 * @return the key, possibly {@code null}
	 */
	public String getKey() {
		return this.key;
	}

}

package dev.pluginkit.mattermost.kv;

/**
 * A KV value that could not be written as JSON, or whose stored JSON does not read into the
 * requested type.
 */
public class KvValueException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String key;

	/**
	 * Creates the exception.
	 * @param key the key of the value
	 * @param message what went wrong
	 * @param cause the JSON failure
	 */
	public KvValueException(String key, String message, Throwable cause) {
		super(message, cause);
		this.key = key;
	}

	/**
	 * Returns the key of the value.
	 * @return the key
	 */
	public String getKey() {
		return this.key;
	}

}

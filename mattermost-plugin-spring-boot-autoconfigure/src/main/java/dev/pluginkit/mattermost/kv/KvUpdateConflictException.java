package dev.pluginkit.mattermost.kv;

/**
 * An atomic update gave up: another writer changed the value between the read and the
 * conditional write in every attempt.
 */
public class KvUpdateConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String key;

	private final int attempts;

	/**
	 * Creates the exception.
	 * @param key the key being updated
	 * @param attempts how many attempts were made
	 */
	public KvUpdateConflictException(String key, int attempts) {
		super("Could not update KV key '" + key + "': another writer changed it in each of " + attempts
				+ " attempts");
		this.key = key;
		this.attempts = attempts;
	}

	/**
	 * Returns the key being updated.
	 * @return the key
	 */
	public String getKey() {
		return this.key;
	}

	/**
	 * Returns how many attempts were made.
	 * @return the number of attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

}

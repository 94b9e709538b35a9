package dev.pluginkit.mattermost.client;

/**
 * Writes to the Mattermost server's log, where the line is attributed to this plugin.
 *
 * <p>
 * The key-value pairs alternate keys and values, as in the Go plugin API:
 * {@code logInfo("user joined", "user_id", id, "attempt", 2)}. Keys are strings; a value
 * may be {@code null}, a string, a boolean, a number, an enum, a map, an iterable or an
 * array, and anything else is written as its {@code toString()}. A number that a double
 * cannot hold exactly travels as its decimal string.
 *
 * <p>
 * Every method throws a {@link PluginApiException} (or one of its subclasses) when the
 * call fails, and an {@link IllegalArgumentException} naming the problem when the pairs
 * do not alternate string keys and values.
 *
 * @see AsyncLogOperations
 */
public interface LogOperations {

	/**
	 * Writes a line at debug level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 */
	void logDebug(String message, Object... keyValuePairs);

	/**
	 * Writes a line at info level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 */
	void logInfo(String message, Object... keyValuePairs);

	/**
	 * Writes a line at warning level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 */
	void logWarn(String message, Object... keyValuePairs);

	/**
	 * Writes a line at error level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 */
	void logError(String message, Object... keyValuePairs);

}

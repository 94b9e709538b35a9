package dev.pluginkit.mattermost.client;

import java.util.concurrent.CompletableFuture;

/**
 * Writes to the Mattermost server's log without blocking. The key-value pairs follow the
 * rules of {@link LogOperations}; pairs that break them throw an
 * {@link IllegalArgumentException} at once, before any call starts.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException} (or one of its
 * subclasses) when the call fails; cancelling it cancels the call.
 *
 * @see LogOperations
 */
public interface AsyncLogOperations {

	/**
	 * Writes a line at debug level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 * @return a future that completes when the server has taken the line
	 */
	CompletableFuture<Void> logDebug(String message, Object... keyValuePairs);

	/**
	 * Writes a line at info level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 * @return a future that completes when the server has taken the line
	 */
	CompletableFuture<Void> logInfo(String message, Object... keyValuePairs);

	/**
	 * Writes a line at warning level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 * @return a future that completes when the server has taken the line
	 */
	CompletableFuture<Void> logWarn(String message, Object... keyValuePairs);

	/**
	 * Writes a line at error level.
	 * @param message the message
	 * @param keyValuePairs alternating keys and values
	 * @return a future that completes when the server has taken the line
	 */
	CompletableFuture<Void> logError(String message, Object... keyValuePairs);

}

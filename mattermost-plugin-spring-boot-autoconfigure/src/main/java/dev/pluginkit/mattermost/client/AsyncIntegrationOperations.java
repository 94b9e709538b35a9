package dev.pluginkit.mattermost.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.OpenDialogRequest;

/**
 * Interactive dialogs, calls to other plugins' HTTP endpoints, and collection and topic
 * types. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see IntegrationOperations
 */
public interface AsyncIntegrationOperations {

	/**
	 * Opens an interactive dialog in the client that produced the given trigger id (from
	 * a slash command, message button or menu). The client later posts the user's
	 * submission to the dialog's URL.
	 *
	 * <p>
	 * Trigger ids are short-lived (they expire after the server's outgoing integration
	 * timeout), so open the dialog promptly. The server does not reject a malformed
	 * dialog definition; it only logs a warning, and the client may fail to show it.
	 *
	 * <p>
	 * Minimum server version: 5.6.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the trigger id is
	 * malformed, forged or has expired.
	 * @param dialog the dialog to open, with the trigger id to answer and the URL that
	 * receives the submission
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> openInteractiveDialog(OpenDialogRequest dialog);

	/**
	 * Makes an HTTP request to another plugin's HTTP endpoint, routed inside the server
	 * without going over the network. The first path segment of the URL must be the
	 * target plugin's id (for example {@code /com.example.other/api/items}); the rest of
	 * the path and the query string reach that plugin's {@code ServeHTTP}, which sees the
	 * calling plugin as the source.
	 *
	 * <p>
	 * Routing problems are not errors: a URL without a plugin id yields status 400, and
	 * other failures likewise come back as HTTP status codes, so always check the status
	 * code. Response headers with several values are joined into one value separated by
	 * commas. The server accepts at most 4 MiB per request, so the body must stay below
	 * that.
	 *
	 * <p>
	 * Minimum server version: 5.18.
	 * @param method the HTTP method, such as {@code GET} or {@code POST}
	 * @param url the path, starting with the target plugin's id, optionally with a query
	 * string
	 * @param headers the request headers, one value per header name
	 * @param body the request body, empty for none
	 * @return a future of the target plugin's HTTP response: status code, headers and
	 * body
	 */
	CompletableFuture<PluginHttpResponse> pluginHttp(String method, String url, Map<String, String> headers,
			byte[] body);

	/**
	 * Formerly registered a collection type and topic type for the plugin. The feature
	 * has been removed: current servers accept the call and do nothing.
	 *
	 * <p>
	 * Deprecated: no longer supported by the server; the call has no effect.
	 *
	 * <p>
	 * Minimum server version: 7.6.
	 * @param collectionType the collection type name
	 * @param topicType the topic type name
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> registerCollectionAndTopic(String collectionType, String topicType);

}

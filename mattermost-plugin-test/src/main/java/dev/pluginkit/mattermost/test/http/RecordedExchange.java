package dev.pluginkit.mattermost.test.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import io.grpc.Status;

/**
 * What a {@link PluginHttpClient} recorded of one finished exchange: the request as the
 * plugin received it and how it was answered. Kept for every exchange, in the order they
 * finished, so that a test can check what was sent (see {@link PluginHttpClient#exchanges()}).
 *
 * @param init the {@code init} message sent to the plugin, or the default instance when
 * the server answered without calling the plugin (see {@link #pluginCalled()})
 * @param headers the request headers as sent, by canonical key, values in order
 * @param requestBodyBytesSent how many body bytes were sent
 * @param requestMessagesSent how many {@code ServeHTTPRequest} messages were sent
 * @param requestBodyComplete whether the last one carried {@code body_complete}
 * @param status the status the HTTP client got, after the server's rules
 * @param pluginStatus the status code the plugin sent in {@code init}, if it sent one
 * @param responseMessages how many {@code ServeHTTPResponse} messages the server read
 * @param responseBodyLength how many response body bytes the HTTP client got
 * @param cancelled whether the exchange was cancelled as by a client disconnect
 * @param callStatus how the gRPC call ended; empty when an in-process request left it open
 * @param pluginCalled whether the plugin was called at all; a plugin that did not list
 * {@code ServeHTTP} is answered 404 by the server itself
 */
public record RecordedExchange(ServeHTTPRequestInit init, Map<String, List<String>> headers,
		long requestBodyBytesSent, int requestMessagesSent, boolean requestBodyComplete, int status,
		OptionalInt pluginStatus, int responseMessages, long responseBodyLength, boolean cancelled, Optional<Status> callStatus,
		boolean pluginCalled) {

	/**
	 * Returns the request method.
	 * @return the method, such as {@code POST}
	 */
	public String method() {
		return this.init.getMethod();
	}

	/**
	 * Returns the URL the plugin received: the path without {@code /plugins/{id}}, and the
	 * query.
	 * @return the URL, such as {@code /hooks?a=1}
	 */
	public String url() {
		return this.init.getUrl();
	}

	/**
	 * Returns the path the plugin received, without the query.
	 * @return the path
	 */
	public String path() {
		String url = this.init.getUrl();
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

	/**
	 * Returns the declared body length.
	 * @return the {@code content_length} sent; -1 when unknown
	 */
	public long contentLength() {
		return this.init.getContentLength();
	}

}

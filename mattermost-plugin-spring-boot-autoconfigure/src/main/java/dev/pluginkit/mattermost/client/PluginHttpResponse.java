package dev.pluginkit.mattermost.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * What another plugin's HTTP endpoint answered to {@code pluginHttp}.
 *
 * @param statusCode the HTTP status code; routing problems on the server's side (no such
 * plugin, a malformed URL) also come back here, as 4xx statuses, not as exceptions
 * @param headers the response headers; a header sent several times has its values joined
 * with commas
 * @param body the response body, empty when there was none
 */
public record PluginHttpResponse(int statusCode, Map<String, String> headers, byte[] body) {

	/**
	 * Checks the components and keeps an unmodifiable copy of the headers.
	 * @param statusCode the HTTP status code
	 * @param headers the response headers
	 * @param body the response body
	 */
	public PluginHttpResponse {
		headers = Map.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
		Objects.requireNonNull(body, "body must not be null");
	}

	/**
	 * Returns the body decoded as UTF-8 text.
	 * @return the body as text
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PluginHttpResponse that) && this.statusCode == that.statusCode
				&& this.headers.equals(that.headers) && Arrays.equals(this.body, that.body);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.statusCode, this.headers, Arrays.hashCode(this.body));
	}

	@Override
	public String toString() {
		return "PluginHttpResponse[statusCode=" + this.statusCode + ", headers=" + this.headers + ", "
				+ this.body.length + " bytes]";
	}

}

package dev.pluginkit.mattermost.test.http;

import java.util.Optional;

import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponseInit;

/**
 * One {@code ServeHTTPResponse} message as it arrived from the plugin, without its body
 * bytes (those go to the response body): what a test needs to see how the answer travelled.
 *
 * @param index the message's position in the stream, from 0
 * @param init the {@code init} it carried; the server reads it from the first message only
 * @param bodyChunkLength the length of its {@code body_chunk}
 * @param flush whether it asked for a flush
 * @param bodyComplete whether it marked the end of the body
 * @param receivedNanos when it arrived, on {@link System#nanoTime()}'s clock
 */
public record ResponseMessage(int index, Optional<ServeHTTPResponseInit> init, int bodyChunkLength, boolean flush,
		boolean bodyComplete, long receivedNanos) {

	/**
	 * Tells whether the message carried {@code init}.
	 * @return whether {@link #init()} is present
	 */
	public boolean hasInit() {
		return this.init.isPresent();
	}

}

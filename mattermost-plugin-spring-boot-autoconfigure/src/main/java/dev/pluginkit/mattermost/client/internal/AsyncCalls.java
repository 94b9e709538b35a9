package dev.pluginkit.mattermost.client.internal;

import java.util.concurrent.CompletableFuture;

/**
 * The call path that every asynchronous domain part delegates to.
 */
interface AsyncCalls {

	/**
	 * Starts a call and returns a future of its result.
	 * @param <R> the result type
	 * @param call the call
	 * @return the future; cancelling it cancels the RPC
	 */
	<R> CompletableFuture<R> executeAsync(UnaryCall<?, ?, R> call);

}

package dev.pluginkit.mattermost.client.internal;

/**
 * The call path that every blocking domain part delegates to.
 */
interface BlockingCalls {

	/**
	 * Runs a call on the calling thread and returns its result.
	 * @param <R> the result type
	 * @param call the call
	 * @return the result
	 */
	<R> R execute(UnaryCall<?, ?, R> call);

}

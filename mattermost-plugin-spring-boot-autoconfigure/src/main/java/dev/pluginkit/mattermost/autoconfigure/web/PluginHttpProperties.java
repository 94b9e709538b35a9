package dev.pluginkit.mattermost.autoconfigure.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the plugin serves the HTTP requests that the server forwards to it through ServeHTTP.
 */
@ConfigurationProperties("mattermost.plugin.http")
public class PluginHttpProperties {

	/** The largest response buffer: what one message to the server can carry, less room for headers. */
	static final DataSize MAX_RESPONSE_BUFFER = DataSize.ofBytes(4L * 1024 * 1024 - 64 * 1024);

	static final DataSize MIN_RESPONSE_BUFFER = DataSize.ofKilobytes(1);

	/**
	 * How much of a response is held before it is sent. A response that is complete within
	 * it goes back to the server in one message, which the server needs for the requests it
	 * makes to the plugin itself (message buttons and menus, dialog submissions, autocomplete):
	 * it keeps only the last chunk of those. A longer response, or one the handler flushes,
	 * streams in 64 KiB chunks. At most 4 MiB less 64 KiB, the most one message to the server
	 * can carry with its headers.
	 */
	private DataSize responseBufferSize = DataSize.ofMegabytes(1);

	/**
	 * Path patterns (Spring MVC's, for example '/api/**', or '/**' for all) under which a
	 * request without a logged-in Mattermost user answers 401 before any handler runs.
	 * Handlers elsewhere may require one with @RequireMattermostUser.
	 */
	private List<String> requireUser = new ArrayList<>();

	/**
	 * How long a flush of the response waits before it is sent, in case the response
	 * completes meanwhile and can still go back in one message. Spring's message converters
	 * flush at the end of every body they write, just before the handler returns; without
	 * the wait, every such response would leave as its body and then a separate end. A
	 * handler that flushes and goes on working has its flush sent after this delay, or as
	 * soon as it writes again. Zero sends every flush at once.
	 */
	private Duration flushDelay = Duration.ofMillis(50);

	private final Executor executor = new Executor();

	/**
	 * The response buffer size.
	 * @return the size
	 */
	public DataSize getResponseBufferSize() {
		return this.responseBufferSize;
	}

	/**
	 * Sets the response buffer size.
	 * @param responseBufferSize the size, from 1 KB to 4 MiB less 64 KiB
	 */
	public void setResponseBufferSize(DataSize responseBufferSize) {
		if (responseBufferSize.compareTo(MIN_RESPONSE_BUFFER) < 0
				|| responseBufferSize.compareTo(MAX_RESPONSE_BUFFER) > 0) {
			throw new IllegalArgumentException("mattermost.plugin.http.response-buffer-size must be from "
					+ MIN_RESPONSE_BUFFER.toBytes() + " to " + MAX_RESPONSE_BUFFER.toBytes() + " bytes (4 MiB, the "
					+ "most one message to the server can carry, less 64 KiB for headers), not "
					+ responseBufferSize.toBytes());
		}
		this.responseBufferSize = responseBufferSize;
	}

	/**
	 * The flush delay.
	 * @return the delay
	 */
	public Duration getFlushDelay() {
		return this.flushDelay;
	}

	/**
	 * Sets the flush delay.
	 * @param flushDelay zero or more, at most a second
	 */
	public void setFlushDelay(Duration flushDelay) {
		if (flushDelay.isNegative() || flushDelay.compareTo(Duration.ofSeconds(1)) > 0) {
			throw new IllegalArgumentException(
					"mattermost.plugin.http.flush-delay must be from 0 to 1s, not " + flushDelay);
		}
		this.flushDelay = flushDelay;
	}

	/**
	 * The path patterns that require a user.
	 * @return the patterns
	 */
	public List<String> getRequireUser() {
		return this.requireUser;
	}

	/**
	 * Sets the path patterns that require a user.
	 * @param requireUser the patterns
	 */
	public void setRequireUser(List<String> requireUser) {
		this.requireUser = requireUser;
	}

	/**
	 * The executor settings.
	 * @return the executor settings
	 */
	public Executor getExecutor() {
		return this.executor;
	}

	/**
	 * The threads that run the plugin's HTTP requests.
	 */
	public static class Executor {

		/**
		 * How many HTTP requests may run at once; further streams wait for a thread. These are
		 * not the hook threads: an HTTP request has no 30 s limit and may stream for as long as
		 * its client stays.
		 */
		private int threads = 16;

		/**
		 * The number of threads.
		 * @return the number of threads
		 */
		public int getThreads() {
			return this.threads;
		}

		/**
		 * Sets the number of threads.
		 * @param threads at least 1
		 */
		public void setThreads(int threads) {
			if (threads < 1) {
				throw new IllegalArgumentException(
						"mattermost.plugin.http.executor.threads must be at least 1, not " + threads);
			}
			this.threads = threads;
		}

	}

}

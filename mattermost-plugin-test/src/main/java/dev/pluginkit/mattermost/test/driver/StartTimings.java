package dev.pluginkit.mattermost.test.driver;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a plugin took to start, as the server would see it: each step measured from the
 * process start (right after the process runs, where go-plugin starts its start timeout),
 * or, for an attached plugin, from the {@link PluginDriver#attach(String)} call. The steps
 * come in this order, so each duration is at least the one before.
 *
 * @param handshake to the arrival of the handshake line on stdout, which must come within
 * the server's 3 seconds; empty for an attached plugin, which prints none
 * @param implemented to the answer of {@code Implemented}, after connecting and the health
 * check
 * @param activated to the answer of {@code OnActivate}, from when on the server counts the
 * plugin active; the same as {@code implemented} for a plugin that does not implement
 * {@code OnActivate}, which the server then does not call
 */
public record StartTimings(Optional<Duration> handshake, Duration implemented, Duration activated) {

	/**
	 * Checks that every step is there.
	 * @param handshake to the handshake line, if there is a process
	 * @param implemented to the {@code Implemented} answer
	 * @param activated to the {@code OnActivate} answer
	 */
	public StartTimings {
		Objects.requireNonNull(handshake, "handshake");
		Objects.requireNonNull(implemented, "implemented");
		Objects.requireNonNull(activated, "activated");
	}

}

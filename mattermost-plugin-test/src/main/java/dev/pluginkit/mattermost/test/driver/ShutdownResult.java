package dev.pluginkit.mattermost.test.driver;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * How a plugin ended after {@link PluginDriver#shutdown()}.
 *
 * @param exitCode the process's exit code; empty for a plugin attached in-process, which
 * has no process of its own
 * @param exitedInTime whether the plugin ended within go-plugin's 2 seconds after
 * {@code Shutdown} (for an attached plugin: stopped serving); otherwise the server would
 * log "plugin failed to exit gracefully" and kill it, and so did the driver
 * @param timeToExit the time from the {@code Shutdown} answer to the end
 * @param problems what went wrong on the way, in order, as the server would log it:
 * an {@code OnDeactivate} error, a failed {@code Shutdown} call; empty when none
 */
public record ShutdownResult(OptionalInt exitCode, boolean exitedInTime, Duration timeToExit, List<String> problems) {

	/**
	 * Copies the problems.
	 * @param exitCode the exit code, if there is a process
	 * @param exitedInTime whether it ended in time
	 * @param timeToExit the time to the end
	 * @param problems what went wrong
	 */
	public ShutdownResult {
		problems = List.copyOf(problems);
	}

	/**
	 * Returns whether the plugin ended the way go-plugin wants: in time, with exit code 0
	 * (for a process), and without problems.
	 * @return whether the shutdown was clean
	 */
	public boolean clean() {
		return this.exitedInTime && this.exitCode.orElse(0) == 0 && this.problems.isEmpty();
	}

}

package dev.pluginkit.mattermost.test.driver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The process side of a plugin, as go-plugin's client handles it: the process started in
 * the plugin folder with the server's environment, its stdout and stderr collected, the
 * handshake line awaited within the start timeout, the exit awaited within go-plugin's
 * grace period, and a kill. Knows nothing of gRPC.
 */
final class PluginProcess {

	private static final int STDERR_LINES_IN_MESSAGES = 30;

	private final PluginLaunch launch;

	private final Process process;

	private final long startedNanos;

	private final ProcessOutput stdout;

	private final ProcessOutput stderr;

	private PluginProcess(PluginLaunch launch, Process process, long startedNanos) {
		this.launch = launch;
		this.process = process;
		this.startedNanos = startedNanos;
		PrintStream echo = launch.echoOutput() ? System.err : null;
		this.stdout = ProcessOutput.collect("stdout", process.getInputStream(), echo);
		this.stderr = ProcessOutput.collect("stderr", process.getErrorStream(), echo);
	}

	/**
	 * Starts the plugin process in its folder with the server's environment and starts
	 * collecting its output.
	 * @param launch the command, folder and environment
	 * @return the running process
	 * @throws PluginStartException when the program cannot run
	 */
	static PluginProcess start(PluginLaunch launch) {
		List<String> command = new ArrayList<>(launch.command());
		Path program = Path.of(command.get(0));
		if (!program.isAbsolute() && program.getNameCount() > 1) {
			// The server runs venv/bin/python from the plugin folder; ProcessBuilder would look in ours.
			command.set(0, launch.directory().resolve(program).toString());
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(launch.directory().toFile());
		Map<String, String> environment = builder.environment();
		if (launch.apiTarget() != null) {
			environment.put(PluginDriver.API_TARGET_VARIABLE, launch.apiTarget());
		}
		environment.putAll(launch.environment());
		// go-plugin appends these last, so they win over anything else.
		environment.put(PluginDriver.MAGIC_COOKIE_KEY, PluginDriver.MAGIC_COOKIE_VALUE);
		environment.put("PLUGIN_PROTOCOL_VERSIONS", "1");
		environment.put("PLUGIN_MIN_PORT", "10000");
		environment.put("PLUGIN_MAX_PORT", "25000");
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new PluginStartException("Could not start the plugin process " + launch.command() + " in "
					+ launch.directory() + ": " + ex.getMessage(), ex);
		}
		// go-plugin starts its start timeout once the process runs, not before.
		return new PluginProcess(launch, process, System.nanoTime());
	}

	/**
	 * Waits for the handshake line, the first line on stdout, within the launch's start
	 * timeout counted from the process start, as go-plugin does. On failure the process is
	 * killed.
	 * @return the handshake
	 * @throws PluginStartException when no line came in time, the process ended first, or
	 * the first line is not a handshake
	 */
	Handshake awaitHandshake() {
		Duration timeout = this.launch.startTimeout();
		Duration left = Duration.ofNanos(Math.max(0, this.startedNanos + timeout.toNanos() - System.nanoTime()));
		Optional<String> first = this.stdout.awaitLine((line) -> true, left);
		if (first.isEmpty()) {
			String why;
			if (!this.stdout.isClosed()) {
				why = "No handshake line on stdout within " + timeout.toMillis()
						+ " ms of the start (the server's start timeout); stdout so far: '" + this.stdout.partialLine()
						+ "'";
			}
			else if (waitFor(System.nanoTime() + PluginDriver.EXIT_GRACE.toNanos())) {
				why = "The plugin process exited with code " + this.process.exitValue()
						+ " before printing the handshake line";
			}
			else {
				why = "The plugin process closed its stdout without printing the handshake line";
			}
			throw startFailed(why, null);
		}
		try {
			return Handshake.parse(first.get());
		}
		catch (IllegalArgumentException ex) {
			throw startFailed("The first line on stdout must be the handshake, and nothing may come before it (go-plugin: "
					+ "\"Unrecognized remote plugin message\"). " + ex.getMessage(), ex);
		}
	}

	private PluginStartException startFailed(String why, Throwable cause) {
		kill();
		// The pipe ends when the process is gone: wait so that the message shows all of stderr.
		this.stderr.awaitClosed(PluginDriver.EXIT_GRACE);
		return new PluginStartException(why + stderrTail(), cause);
	}

	/**
	 * Returns the end of stderr for a failure message: what the server log would show.
	 * @return the last lines, introduced, or a note that stderr was empty
	 */
	String stderrTail() {
		List<String> lines = this.stderr.lines();
		if (lines.isEmpty()) {
			return "; stderr was empty";
		}
		List<String> tail = lines.subList(Math.max(0, lines.size() - STDERR_LINES_IN_MESSAGES), lines.size());
		return "; stderr" + ((tail.size() < lines.size()) ? " (last " + tail.size() + " lines)" : "") + ":\n  "
				+ String.join("\n  ", tail);
	}

	/**
	 * Waits until the process has exited and closed stdout and stderr, as go-plugin waits
	 * after {@code Shutdown}: a child that keeps a pipe open delays the end.
	 * @param deadline the {@link System#nanoTime()} to give up at
	 * @return whether all of it happened in time
	 */
	boolean awaitEnd(long deadline) {
		return waitFor(deadline) && this.stdout.awaitClosed(remaining(deadline))
				&& this.stderr.awaitClosed(remaining(deadline));
	}

	private boolean waitFor(long deadline) {
		try {
			return this.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Duration remaining(long deadline) {
		return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
	}

	/**
	 * Kills the process if it still runs, and waits until it is gone.
	 */
	void kill() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroyForcibly();
		boolean interrupted = false;
		while (true) {
			try {
				this.process.waitFor();
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Returns the process.
	 * @return the process
	 */
	Process process() {
		return this.process;
	}

	/**
	 * Returns when the process was started.
	 * @return the {@link System#nanoTime()} right after the start
	 */
	long startedNanos() {
		return this.startedNanos;
	}

	/**
	 * Returns the time from the process start to the handshake line's arrival.
	 * @return the time, or empty before a line arrived
	 */
	Optional<Duration> timeToHandshake() {
		return this.stdout.firstLineNanos().map((at) -> Duration.ofNanos(at - this.startedNanos));
	}

	/**
	 * Returns the collected stdout.
	 * @return stdout
	 */
	ProcessOutput stdout() {
		return this.stdout;
	}

	/**
	 * Returns the collected stderr.
	 * @return stderr
	 */
	ProcessOutput stderr() {
		return this.stderr;
	}

}

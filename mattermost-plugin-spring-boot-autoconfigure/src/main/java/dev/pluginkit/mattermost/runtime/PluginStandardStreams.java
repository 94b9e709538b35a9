package dev.pluginkit.mattermost.runtime;

import java.io.PrintStream;

/**
 * Keeps the process's stdout for the handshake line alone.
 *
 * <p>go-plugin fails the start when anything but the handshake comes first on stdout, and
 * reads and drops every stdout line after it. So, once the runtime is active, the original
 * stdout is kept here and {@link System#out} is re-pointed at {@link System#err}: the
 * banner, a library's stray output or a plugin author's {@code println} reach the server
 * log instead of breaking the start or vanishing.
 */
public final class PluginStandardStreams {

	private static PrintStream originalStdout;

	private PluginStandardStreams() {
	}

	/**
	 * Keeps the current {@link System#out} as the handshake stream and re-points
	 * {@link System#out} at {@link System#err}. Calling it again changes nothing.
	 */
	public static synchronized void redirectStdoutToStderr() {
		if (originalStdout == null) {
			originalStdout = System.out;
			System.setOut(System.err);
		}
	}

	/**
	 * Returns the stream the handshake line goes to: the process's original stdout once
	 * {@link #redirectStdoutToStderr()} has run, otherwise the current {@link System#out}.
	 * @return the handshake stream
	 */
	public static synchronized PrintStream handshakeStream() {
		return (originalStdout != null) ? originalStdout : System.out;
	}

	/**
	 * Tells whether stdout has been re-pointed at stderr.
	 * @return whether {@link #redirectStdoutToStderr()} has run
	 */
	public static synchronized boolean isStdoutRedirected() {
		return originalStdout != null;
	}

	/**
	 * Writes the handshake line to the handshake stream and flushes it.
	 * @param line the line, ending with a newline
	 */
	public static void printHandshake(String line) {
		PrintStream stream = handshakeStream();
		synchronized (stream) {
			stream.print(line);
			stream.flush();
		}
	}

}

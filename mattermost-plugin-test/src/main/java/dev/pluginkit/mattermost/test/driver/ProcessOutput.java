package dev.pluginkit.mattermost.test.driver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Collects one output stream of the plugin line by line, so that tests can read and wait
 * for lines while the plugin keeps writing: a pipe of the process, read on a thread of its
 * own, or the chunks of go-plugin's stdio stream, fed as they arrive. Reading a pipe never
 * stops before its end: a child whose pipe fills up would block.
 */
final class ProcessOutput {

	private final Object lock = new Object();

	private final String name;

	private final PrintStream echo;

	private final Consumer<String> listener;

	private final List<String> lines = new ArrayList<>();

	/** Bytes after the last newline: what a process printed without finishing the line. */
	private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

	private long firstLineNanos;

	private boolean closed;

	private ProcessOutput(String name, PrintStream echo, Consumer<String> listener) {
		this.name = name;
		this.echo = echo;
		this.listener = listener;
	}

	/**
	 * Starts reading a stream until its end.
	 * @param name the stream's name, for the thread and the echo prefix
	 * @param stream the stream
	 * @param echo where to copy each line as it arrives, or {@code null}
	 * @return the collected output
	 */
	static ProcessOutput collect(String name, InputStream stream, PrintStream echo) {
		ProcessOutput output = new ProcessOutput(name, echo, null);
		Thread reader = new Thread(() -> output.readAll(stream), "plugin-" + name);
		reader.setDaemon(true);
		reader.start();
		return output;
	}

	/**
	 * Creates an output that is fed chunks with {@link #accept(byte[])} and ended with
	 * {@link #finish()}.
	 * @param name the output's name, for the echo prefix
	 * @param echo where to copy each line as it arrives, or {@code null}
	 * @param listener told of each complete line, under this output's lock, or
	 * {@code null}
	 * @return the output
	 */
	static ProcessOutput fed(String name, PrintStream echo, Consumer<String> listener) {
		return new ProcessOutput(name, echo, listener);
	}

	private void readAll(InputStream stream) {
		byte[] buffer = new byte[8192];
		try (stream) {
			int count;
			while ((count = stream.read(buffer)) != -1) {
				accept(buffer, count);
			}
		}
		catch (IOException ex) {
			// The pipe broke because the process was killed: what arrived is all there is.
		}
		finally {
			finish();
		}
	}

	/**
	 * Adds a chunk of output; lines may span chunks.
	 * @param chunk the bytes
	 */
	void accept(byte[] chunk) {
		accept(chunk, chunk.length);
	}

	private void accept(byte[] chunk, int count) {
		synchronized (this.lock) {
			for (int i = 0; i < count; i++) {
				if (chunk[i] != '\n') {
					this.partial.write(chunk[i]);
				}
				else {
					addLine(takePartial());
				}
			}
		}
	}

	/**
	 * Ends the output: an unfinished last line counts as a line, and waiting stops.
	 */
	void finish() {
		synchronized (this.lock) {
			if (this.closed) {
				return;
			}
			if (this.partial.size() > 0) {
				addLine(takePartial());
			}
			this.closed = true;
			this.lock.notifyAll();
		}
	}

	private String takePartial() {
		String line = this.partial.toString(StandardCharsets.UTF_8);
		this.partial.reset();
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	/**
	 * Adds a complete line.
	 * @param line the line, without its newline
	 */
	void addLine(String line) {
		synchronized (this.lock) {
			if (this.lines.isEmpty()) {
				this.firstLineNanos = System.nanoTime();
			}
			this.lines.add(line);
			this.lock.notifyAll();
			if (this.listener != null) {
				this.listener.accept(line);
			}
			if (this.echo != null) {
				this.echo.println("[plugin " + this.name + "] " + line);
			}
		}
	}

	/**
	 * Returns when the first line arrived, as {@link System#nanoTime()}: for stdout, when
	 * the handshake line was read.
	 * @return the arrival time, or empty before the first line
	 */
	Optional<Long> firstLineNanos() {
		synchronized (this.lock) {
			return this.lines.isEmpty() ? Optional.empty() : Optional.of(this.firstLineNanos);
		}
	}

	/**
	 * Returns the complete lines read so far.
	 * @return a copy of the lines
	 */
	List<String> lines() {
		synchronized (this.lock) {
			return List.copyOf(this.lines);
		}
	}

	/**
	 * Returns what was printed after the last complete line.
	 * @return the unfinished line, empty if none
	 */
	String partialLine() {
		synchronized (this.lock) {
			return this.partial.toString(StandardCharsets.UTF_8);
		}
	}

	/**
	 * Returns whether the stream has ended.
	 * @return whether everything was read
	 */
	boolean isClosed() {
		synchronized (this.lock) {
			return this.closed;
		}
	}

	/**
	 * Waits for a line, among those already read and those to come.
	 * @param condition what the line must satisfy
	 * @param timeout how long to wait at most
	 * @return the first matching line, or empty when the stream ended or the time ran out
	 */
	Optional<String> awaitLine(Predicate<String> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			int checked = 0;
			while (true) {
				for (; checked < this.lines.size(); checked++) {
					if (condition.test(this.lines.get(checked))) {
						return Optional.of(this.lines.get(checked));
					}
				}
				long remaining = deadline - System.nanoTime();
				if (this.closed || remaining <= 0) {
					return Optional.empty();
				}
				waitNanos(remaining);
			}
		}
	}

	/**
	 * Waits for the end of the stream.
	 * @param timeout how long to wait at most
	 * @return whether the stream ended in time
	 */
	boolean awaitClosed(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (!this.closed) {
				long remaining = deadline - System.nanoTime();
				if (remaining <= 0) {
					return false;
				}
				waitNanos(remaining);
			}
			return true;
		}
	}

	private void waitNanos(long nanos) {
		try {
			this.lock.wait(Math.max(1, nanos / 1_000_000), 0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for plugin output", ex);
		}
	}

}

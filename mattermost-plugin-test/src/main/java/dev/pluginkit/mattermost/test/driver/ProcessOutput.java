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
import java.util.function.Predicate;

/**
 * Collects one output stream of the plugin process line by line, on a thread of its own, so
 * that tests can read and wait for lines while the process keeps writing. Reading never
 * stops before the end of the stream: a child whose pipe fills up would block.
 */
final class ProcessOutput {

	private final Object lock = new Object();

	private final List<String> lines = new ArrayList<>();

	/** Bytes after the last newline: what a process printed without finishing the line. */
	private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

	private boolean closed;

	private ProcessOutput() {
	}

	/**
	 * Starts reading a stream until its end.
	 * @param name the stream's name, for the thread and the echo prefix
	 * @param stream the stream
	 * @param echo where to copy each line as it arrives, or {@code null}
	 * @return the collected output
	 */
	static ProcessOutput collect(String name, InputStream stream, PrintStream echo) {
		ProcessOutput output = new ProcessOutput();
		Thread reader = new Thread(() -> output.readAll(stream, name, echo), "plugin-" + name);
		reader.setDaemon(true);
		reader.start();
		return output;
	}

	private void readAll(InputStream stream, String name, PrintStream echo) {
		byte[] buffer = new byte[8192];
		try (stream) {
			int count;
			while ((count = stream.read(buffer)) != -1) {
				for (int i = 0; i < count; i++) {
					accept(buffer[i], name, echo);
				}
			}
		}
		catch (IOException ex) {
			// The pipe broke because the process was killed: what arrived is all there is.
		}
		finally {
			finish(name, echo);
		}
	}

	private void accept(byte b, String name, PrintStream echo) {
		synchronized (this.lock) {
			if (b != '\n') {
				this.partial.write(b);
				return;
			}
			addLine(takePartial(), name, echo);
		}
	}

	private void finish(String name, PrintStream echo) {
		synchronized (this.lock) {
			if (this.partial.size() > 0) {
				addLine(takePartial(), name, echo);
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

	private void addLine(String line, String name, PrintStream echo) {
		this.lines.add(line);
		this.lock.notifyAll();
		if (echo != null) {
			echo.println("[plugin " + name + "] " + line);
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

package dev.pluginkit.mattermost.web.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.google.protobuf.ByteString;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.springframework.lang.Nullable;

/**
 * A request body as it arrives on the stream, chunk by chunk. The stream asks gRPC for the
 * next message only when the reader has taken a chunk, so that at most a chunk or two of a
 * body is ever held, whatever its size, and a handler that never reads leaves the rest
 * unsent.
 */
final class RequestBodyStream extends ServletInputStream {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final ArrayDeque<ByteString> chunks = new ArrayDeque<>();

	private final Runnable demand;

	private ByteString current = ByteString.EMPTY;

	private int position;

	private boolean complete;

	@Nullable
	private IOException failure;

	/**
	 * @param demand asks the stream for one more message
	 */
	RequestBodyStream(Runnable demand) {
		this.demand = demand;
	}

	void offer(ByteString chunk, boolean last) {
		this.lock.lock();
		try {
			if (!chunk.isEmpty()) {
				this.chunks.add(chunk);
			}
			if (last) {
				this.complete = true;
			}
			else if (chunk.isEmpty()) {
				// Nothing to hand the reader, so nothing will ask for the next message.
				this.demand.run();
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The stream ended: the body too, if it has not said so already. */
	void ended() {
		fail(new IOException("The request body ended before the server marked it complete"));
	}

	void fail(IOException ex) {
		this.lock.lock();
		try {
			if (!this.complete && this.failure == null) {
				this.failure = ex;
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The client went: reads fail even if the body was complete. */
	void abort(IOException ex) {
		this.lock.lock();
		try {
			this.failure = ex;
			this.complete = false;
			this.chunks.clear();
			this.current = ByteString.EMPTY;
			this.position = 0;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public int read() throws IOException {
		this.lock.lock();
		try {
			if (!awaitData()) {
				return -1;
			}
			return this.current.byteAt(this.position++) & 0xff;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (offset < 0 || length < 0 || length > buffer.length - offset) {
			throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", buffer " + buffer.length);
		}
		if (length == 0) {
			return 0;
		}
		this.lock.lock();
		try {
			if (!awaitData()) {
				return -1;
			}
			int count = Math.min(length, this.current.size() - this.position);
			this.current.copyTo(buffer, this.position, offset, count);
			this.position += count;
			return count;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public int available() {
		this.lock.lock();
		try {
			return (this.current.size() - this.position) + this.chunks.stream().mapToInt(ByteString::size).sum();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Waits, under the lock, until unread bytes are in {@link #current}; false at the end. */
	private boolean awaitData() throws IOException {
		while (this.position >= this.current.size()) {
			ByteString next = this.chunks.poll();
			if (next != null) {
				this.current = next;
				this.position = 0;
				this.demand.run();
				continue;
			}
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.complete) {
				return false;
			}
			try {
				this.changed.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting for the request body");
			}
		}
		return true;
	}

	@Override
	public boolean isFinished() {
		this.lock.lock();
		try {
			return this.complete && this.chunks.isEmpty() && this.position >= this.current.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public boolean isReady() {
		this.lock.lock();
		try {
			return this.position < this.current.size() || !this.chunks.isEmpty() || this.complete || this.failure != null;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void setReadListener(ReadListener readListener) {
		throw new IllegalStateException("Non-blocking reads need asynchronous processing, which the plugin's "
				+ "ServeHTTP bridge does not offer; read the body with blocking reads");
	}

}

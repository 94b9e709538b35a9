package dev.pluginkit.mattermost.web.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.web.ClientAbortException;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;

/**
 * Sends a response's messages on the stream, one writer thread at a time, waiting while
 * gRPC's outbound window is full so that a large body is never queued in memory, and failing
 * with {@link ClientAbortException} once the call is cancelled.
 */
final class ResponseMessages {

	private final ServerCallStreamObserver<ServeHTTPResponse> responses;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private volatile boolean cancelled;

	private boolean closed;

	ResponseMessages(ServerCallStreamObserver<ServeHTTPResponse> responses) {
		this.responses = responses;
	}

	/** gRPC's on-ready handler. */
	void onReady() {
		signal();
	}

	/** gRPC's on-cancel handler. */
	void onCancel() {
		this.cancelled = true;
		signal();
	}

	boolean isCancelled() {
		return this.cancelled;
	}

	private void signal() {
		this.lock.lock();
		try {
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	void send(ServeHTTPResponse message) throws IOException {
		this.lock.lock();
		try {
			while (!this.cancelled && !this.responses.isReady()) {
				try {
					this.changed.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new InterruptedIOException("Interrupted while waiting to send the response");
				}
			}
			if (this.cancelled) {
				throw new ClientAbortException("The client disconnected; the ServeHTTP stream was cancelled");
			}
			if (this.closed) {
				throw new IllegalStateException("The response is already complete");
			}
			this.responses.onNext(message);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Sends a whole answer at once, without waiting for the outbound window: for gRPC's own
	 * threads, which must not block, and which answer only small refusals.
	 */
	void answerNow(ServeHTTPResponse message) {
		this.lock.lock();
		try {
			if (!this.closed && !this.cancelled) {
				this.closed = true;
				this.responses.onNext(message);
				this.responses.onCompleted();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	void complete() {
		this.lock.lock();
		try {
			if (!this.closed && !this.cancelled) {
				this.closed = true;
				this.responses.onCompleted();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Ends the stream with an error, for a failure after the response was committed. */
	void abort(Status status) {
		this.lock.lock();
		try {
			if (!this.closed && !this.cancelled) {
				this.closed = true;
				this.responses.onError(status.asRuntimeException());
			}
		}
		finally {
			this.lock.unlock();
		}
	}

}

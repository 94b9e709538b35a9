package dev.pluginkit.mattermost.hooks.internal;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Consumer;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * One hook call in flight. The handler's thread, the time limit and the server's
 * cancellation race to finish it; the first one answers and the others find it answered.
 */
final class HookCall {

	// A field updater rather than an AtomicBoolean: one object less for every hook call.
	private static final AtomicIntegerFieldUpdater<HookCall> FINISHED = AtomicIntegerFieldUpdater
		.newUpdater(HookCall.class, "finished");

	private final Hook hook;

	private final StreamObserver<Message> responses;

	private final Consumer<HookCall> onFinish;

	private volatile int finished;

	private volatile Future<?> handlerTask;

	private long limitNanos;

	private volatile long deadline;

	HookCall(Hook hook, StreamObserver<Message> responses, Consumer<HookCall> onFinish) {
		this.hook = hook;
		this.responses = responses;
		this.onFinish = onFinish;
	}

	Hook hook() {
		return this.hook;
	}

	/**
	 * Answers the response, unless the call is already finished.
	 * @return whether this finished the call
	 */
	boolean answer(Message response) {
		if (!finish()) {
			return false;
		}
		try {
			this.responses.onNext(response);
			this.responses.onCompleted();
		}
		catch (RuntimeException ex) {
			// The server cancelled the call meanwhile: nobody is left to answer.
		}
		return true;
	}

	/**
	 * Fails the call with the status, unless it is already finished.
	 * @return whether this finished the call
	 */
	boolean fail(Status status) {
		if (!finish()) {
			return false;
		}
		try {
			this.responses.onError(status.asRuntimeException());
		}
		catch (RuntimeException ex) {
			// The server cancelled the call meanwhile: nobody is left to answer.
		}
		return true;
	}

	/** Finishes the call without an answer: the server gave up on it. */
	void cancelled() {
		if (finish()) {
			interruptHandler();
		}
	}

	boolean isFinished() {
		return this.finished != 0;
	}

	void handlerTask(Future<?> task) {
		this.handlerTask = task;
		if (isFinished()) {
			// Timed out or cancelled before the task was known: stop it now.
			interruptHandler();
		}
	}

	/** How long the call was given, in nanoseconds. */
	long limitNanos() {
		return this.limitNanos;
	}

	/** When the call runs out of time, in {@link System#nanoTime()} terms. */
	long deadline() {
		return this.deadline;
	}

	void timeLimit(long limitNanos, long deadline) {
		this.limitNanos = limitNanos;
		// Written last: the time limit's sweep reads the limit after this.
		this.deadline = deadline;
	}

	/** Interrupts the handler's thread; the handler's late answer is dropped anyway. */
	void interruptHandler() {
		Future<?> task = this.handlerTask;
		if (task != null) {
			task.cancel(true);
		}
	}

	private boolean finish() {
		if (!FINISHED.compareAndSet(this, 0, 1)) {
			return false;
		}
		this.onFinish.accept(this);
		return true;
	}

}

package dev.pluginkit.mattermost.hooks.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookExceptionHandlerMethod;
import dev.pluginkit.mattermost.hooks.HookHandler;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.HookPolicy;
import dev.pluginkit.mattermost.hooks.PluginHooksOptions;
import dev.pluginkit.mattermost.hooks.VetoFailurePolicy;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnConfigurationChangeRequest;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Runs hook calls: each on the hook executor, under the time limit, through the hook's
 * handlers as its {@link HookPolicy} says (every matching one, the first match, or a chain),
 * skipping those whose condition does not match (and, for a notification, through the
 * application listeners of its request), and turns the outcome into the hook's answer. A
 * handler's exception first goes to the {@code @HookExceptionHandler} that takes it, whose
 * answer stands in for the handler's; otherwise:
 * <ul>
 * <li>a handler's exception in a hook whose response carries an {@code AppError} becomes
 * that error, with the exception's message, and the handlers after it do not run, since
 * they may rely on what it failed to do (OnActivate: the activation fails anyway). OnDeactivate
 * is the exception: each handler releases something of its own, so every one runs, and the
 * first failure is answered, its detailed error naming the others;</li>
 * <li>in a veto hook it fails the call ({@code INTERNAL}: the server lets the input through)
 * or, failing closed, rejects the input with a generic reason;</li>
 * <li>in any other hook it fails the call with {@code INTERNAL};</li>
 * <li>past the time limit the call answers {@code DEADLINE_EXCEEDED} (or the rejection, for
 * a veto hook failing closed) and the handler's thread is interrupted, while other calls go
 * on.</li>
 * <li>a call the dispatcher cannot run, because the executor refuses it or the plugin is
 * shutting down, answers {@code UNAVAILABLE} (or the rejection, for a veto hook failing
 * closed).</li>
 * </ul>
 * The time limit of a call is the configured timeout, or the caller's deadline less a safety
 * margin when that comes first, so that the caller hears the answer: the server's deadline
 * started before the call arrived, and a call it gives up on fails open whatever the veto
 * policy.
 * On OnActivate the OnConfigurationChange handlers run first, as Go's plugin runtime does.
 */
public class HookDispatcher implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(HookDispatcher.class);

	private static final Hook ON_ACTIVATE = Hook.named("OnActivate");

	private static final Hook ON_CONFIGURATION_CHANGE = Hook.named("OnConfigurationChange");

	private static final Hook ON_DEACTIVATE = Hook.named("OnDeactivate");

	private static final Hook EXECUTE_COMMAND = Hook.named("ExecuteCommand");

	private static final FieldDescriptor COMMAND_RESPONSE = EXECUTE_COMMAND.responseDescriptor()
		.findFieldByName("response");

	private static final int INTERNAL_SERVER_ERROR = 500;

	/**
	 * The most a call's time limit keeps back from the caller's deadline. The margin is a
	 * tenth of the time the caller has left, up to this: room for the answer to be written,
	 * cross the connection and be read before the caller's timer fires, on a host busy
	 * starting or running plugins where a thread may wait a while for a core. It costs a
	 * handler 500 ms of the server's 30 s.
	 */
	private static final long MAX_DEADLINE_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

	private static final String SHUTTING_DOWN = "the plugin is shutting down";

	private final HookHandlerRegistry registry;

	private final ApplicationEventPublisher events;

	private final AsyncTaskExecutor executor;

	private final PluginHooksOptions options;

	private final long timeoutNanos;

	private final HookTimeLimits timeLimits;

	private final Consumer<HookCall> release;

	private final Runnable executorShutdown;

	private volatile boolean closed;

	/**
	 * Creates the dispatcher.
	 * @param registry the handlers
	 * @param events where notification requests are published
	 * @param executor where handlers run
	 * @param options the time limit and the veto failure policy
	 */
	public HookDispatcher(HookHandlerRegistry registry, ApplicationEventPublisher events, AsyncTaskExecutor executor,
			PluginHooksOptions options) {
		this(registry, events, executor, options, () -> {
		});
	}

	/**
	 * Creates a dispatcher that owns its executor.
	 * @param registry the handlers
	 * @param events where notification requests are published
	 * @param executor where handlers run
	 * @param options the time limit and the veto failure policy
	 * @param executorShutdown stops the executor when the dispatcher closes
	 */
	public HookDispatcher(HookHandlerRegistry registry, ApplicationEventPublisher events, AsyncTaskExecutor executor,
			PluginHooksOptions options, Runnable executorShutdown) {
		this.registry = registry;
		this.executorShutdown = executorShutdown;
		this.events = events;
		this.executor = executor;
		this.options = options;
		this.timeoutNanos = options.timeout().toNanos();
		this.timeLimits = new HookTimeLimits(options.timeout(), this::timedOut);
		// Bound once: a method reference in dispatch() would be a new object every call.
		this.release = this.timeLimits::release;
	}

	/**
	 * The names {@code Implemented} answers.
	 * @return the implemented hooks
	 */
	public List<String> implementedHooks() {
		return this.registry.implementedHooks();
	}

	/**
	 * Runs one call of the hook and answers it on the observer, from another thread; returns
	 * at once. Called in the gRPC call's {@link Context}, whose deadline bounds the call's time
	 * limit.
	 * @param hook the hook called
	 * @param request its request
	 * @param responses where the answer goes
	 */
	public void dispatch(Hook hook, Message request, StreamObserver<Message> responses) {
		HookCall call = new HookCall(hook, responses, this.release);
		if (responses instanceof ServerCallStreamObserver<Message> serverResponses) {
			serverResponses.setOnCancelHandler(call::cancelled);
		}
		this.timeLimits.watch(call, timeLimitNanos());
		// Read after the call is watched: either close() finds the call, or the call finds the
		// dispatcher closed.
		if (this.closed) {
			refuse(call, "was refused: " + SHUTTING_DOWN, null);
			return;
		}
		try {
			call.handlerTask(this.executor.submit(() -> run(hook, request, call)));
		}
		catch (RejectedExecutionException ex) {
			refuse(call, "could not start: " + (this.closed ? SHUTTING_DOWN : "the hook executor refused it"), ex);
		}
	}

	/**
	 * Refuses further calls and answers every call still in flight, running or waiting for a
	 * thread, {@code UNAVAILABLE} ("the plugin is shutting down"; a veto hook failing closed:
	 * the rejection), interrupting the running handlers; then stops the executor if the
	 * dispatcher owns it. Does not wait for handlers: the runtime stops the gRPC server, with
	 * its grace period for calls in flight, before the context closes, and go-plugin gives the
	 * process 2 s to exit.
	 */
	@Override
	public void close() {
		this.closed = true;
		AtomicInteger answered = new AtomicInteger();
		this.timeLimits.close((call) -> {
			if (refuse(call, "was cut short: " + SHUTTING_DOWN, null)) {
				answered.incrementAndGet();
			}
			call.interruptHandler();
		});
		this.executorShutdown.run();
		if (answered.get() > 0) {
			logger.warn("Answered " + answered.get() + " hook call(s) still running or waiting for a thread: "
					+ SHUTTING_DOWN);
		}
	}

	/**
	 * Runs the handlers of one call where the caller is, and returns the response.
	 * @param hook the hook
	 * @param request its request
	 * @return the response
	 * @throws HandlerFailure when a handler or listener of a hook without an error field
	 * threw
	 */
	Message invoke(Hook hook, Message request) throws HandlerFailure {
		Message.Builder response = hook.responsePrototype().newBuilderForType();
		if (hook == ON_ACTIVATE) {
			Message configuration = OnConfigurationChangeRequest.newBuilder()
				.setContext(((OnActivateRequest) request).getContext())
				.build();
			Message.Builder configured = ON_CONFIGURATION_CHANGE.responsePrototype().newBuilderForType();
			runHandlers(ON_CONFIGURATION_CHANGE, configuration, configured);
			FieldDescriptor error = ON_CONFIGURATION_CHANGE.errorField();
			if (configured.hasField(error)) {
				return response.setField(hook.errorField(), configured.getField(error)).build();
			}
		}
		runHandlers(hook, request, response);
		if (hook == EXECUTE_COMMAND) {
			answerSomething(response);
		}
		if (hook.kind() == Hook.Kind.NOTIFICATION && this.registry.hasListeners(hook)) {
			try {
				this.events.publishEvent(request);
			}
			catch (RuntimeException ex) {
				throw new HandlerFailure("an application listener of " + hook.requestType().getSimpleName(), ex);
			}
		}
		return response.build();
	}

	/**
	 * Runs the handlers of a call as the hook's policy says: every matching one, the first
	 * match, or a chain that passes each handler the input as the previous one left it.
	 */
	private void runHandlers(Hook hook, Message request, Message.Builder response) throws HandlerFailure {
		if (hook == ON_DEACTIVATE) {
			runEveryHandler(hook, request, response);
			return;
		}
		HookInvocation invocation = HookInvocation.of(hook, request);
		FieldDescriptor error = hook.errorField();
		HookPolicy policy = hook.policy();
		for (HookHandler handler : this.registry.handlers(hook)) {
			try {
				if (!handler.matches(invocation)) {
					continue;
				}
				invoke(hook, handler, invocation, response);
			}
			catch (Exception ex) {
				if (error == null) {
					throw new HandlerFailure(handler.description(), ex);
				}
				if (!(ex instanceof InterruptedException)) {
					// Interrupted past the time limit: the call has been answered and logged.
					logger.error(hook.name() + " failed in " + handler.description(), ex);
				}
				response.setField(error, appError(hook, handler, ex));
				return;
			}
			if ((error != null && response.hasField(error)) || policy == HookPolicy.FIRST_MATCH) {
				return;
			}
			if (policy == HookPolicy.CHAIN) {
				if (isRejected(hook, response)) {
					return;
				}
				invocation = passOn(hook, invocation, response);
			}
		}
	}

	/**
	 * Runs a handler; a failure goes to the exception handler that takes it, if any, whose
	 * answer stands in for the handler's.
	 */
	private void invoke(Hook hook, HookHandler handler, HookInvocation invocation, Message.Builder response)
			throws Exception {
		try {
			handler.invoke(invocation, response);
		}
		catch (Exception ex) {
			HookExceptionHandlerMethod exceptionHandler = (ex instanceof InterruptedException) ? null
					: this.registry.exceptionHandler(hook, handler, ex);
			if (exceptionHandler == null) {
				throw ex;
			}
			exceptionHandler.handle(ex, handler, invocation, response);
		}
	}

	/**
	 * An ExecuteCommand answer with neither error nor response (a handler returning
	 * {@code void} or {@code null}, or none matching) becomes an empty response: the server
	 * takes a missing one for a command nobody handles and tells the user the trigger was not
	 * found ({@code App.ExecuteCommand} after {@code tryExecutePluginCommand}, app/command.go).
	 */
	private static void answerSomething(Message.Builder response) {
		if (!response.hasField(EXECUTE_COMMAND.errorField()) && !response.hasField(COMMAND_RESPONSE)) {
			response.setField(COMMAND_RESPONSE, CommandResponse.getDefaultInstance());
		}
	}

	private static boolean isRejected(Hook hook, Message.Builder response) {
		FieldDescriptor reason = hook.rejectionReasonField();
		return reason != null && !((String) response.getField(reason)).isEmpty();
	}

	/**
	 * The call as the next handler of a chain sees it: the request with the values the
	 * handlers so far replaced.
	 */
	private static HookInvocation passOn(Hook hook, HookInvocation invocation, Message.Builder response) {
		Message.Builder next = null;
		for (Map.Entry<FieldDescriptor, FieldDescriptor> chained : hook.chainedFields().entrySet()) {
			FieldDescriptor replacement = chained.getKey();
			boolean replaced = replacement.isRepeated() ? response.getRepeatedFieldCount(replacement) > 0
					: response.hasField(replacement);
			if (replaced) {
				next = (next != null) ? next : invocation.request().toBuilder();
				next.setField(chained.getValue(), response.getField(replacement));
			}
		}
		return (next != null) ? HookInvocation.of(hook, next.build()) : invocation;
	}

	/**
	 * Runs every handler of a hook with an {@code AppError} field, whatever the others do, and
	 * answers the first failure; its detailed error, which the server logs, names the others.
	 * Stops early only when the thread is interrupted: past the time limit or at shutdown,
	 * the call has been answered already.
	 */
	private void runEveryHandler(Hook hook, Message request, Message.Builder response) {
		HookInvocation invocation = HookInvocation.of(hook, request);
		FieldDescriptor error = hook.errorField();
		AppError first = null;
		StringBuilder others = null;
		for (HookHandler handler : this.registry.handlers(hook)) {
			AppError failure;
			try {
				if (!handler.matches(invocation)) {
					continue;
				}
				invoke(hook, handler, invocation, response);
				if (!response.hasField(error)) {
					continue;
				}
				// An AppError return value: cleared, so that the next handler's own shows.
				failure = (AppError) response.getField(error);
				response.clearField(error);
			}
			catch (Exception ex) {
				failure = appError(hook, handler, ex);
				if (ex instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
					first = (first != null) ? first : failure;
					break;
				}
				logger.error(hook.name() + " failed in " + handler.description(), ex);
			}
			if (first == null) {
				first = failure;
			}
			else {
				others = (others != null) ? others.append("; ") : new StringBuilder();
				others.append(handler.description()).append(": ").append(failure.getMessage());
			}
		}
		if (first != null) {
			response.setField(error, (others != null)
					? first.toBuilder().setDetailedError(first.getDetailedError() + " (also failed: " + others + ")").build()
					: first);
		}
	}

	private void run(Hook hook, Message request, HookCall call) {
		if (call.isFinished()) {
			// Waited in the executor's queue past the time limit: already answered.
			return;
		}
		try {
			call.answer(invoke(hook, request));
		}
		catch (HandlerFailure failure) {
			if (call.isFinished()) {
				// Interrupted past the time limit, or cancelled: the call has been answered.
				return;
			}
			logger.error(hook.name() + " failed in " + failure.handler(), failure.getCause());
			if (failsClosed(hook)) {
				call.answer(rejection(hook));
			}
			else {
				call.fail(Status.INTERNAL.withDescription(hook.name() + " failed in " + failure.handler() + ": "
						+ describe(failure.getCause())).withCause(failure.getCause()));
			}
		}
		catch (RuntimeException | Error ex) {
			logger.error(hook.name() + " failed", ex);
			call.fail(Status.INTERNAL.withDescription(hook.name() + " failed: " + describe(ex)).withCause(ex));
		}
	}

	/**
	 * The time limit of a call dispatched now: the configured timeout, or the caller's
	 * deadline less the margin when that comes first.
	 */
	private long timeLimitNanos() {
		Deadline deadline = Context.current().getDeadline();
		if (deadline == null) {
			return this.timeoutNanos;
		}
		long remaining = deadline.timeRemaining(TimeUnit.NANOSECONDS);
		long margin = Math.min(Math.max(remaining, 0) / 10, MAX_DEADLINE_MARGIN_NANOS);
		return Math.min(this.timeoutNanos, remaining - margin);
	}

	private void timedOut(HookCall call) {
		if (call.isFinished()) {
			return;
		}
		Hook hook = call.hook();
		String limit = describeTimeLimit(call);
		logger.warn(hook.name() + " did not finish within its time limit of " + limit + "; interrupting its handler");
		if (failsClosed(hook)) {
			call.answer(rejection(hook));
		}
		else {
			call.fail(Status.DEADLINE_EXCEEDED.withDescription(hook.name() + " did not finish within its time limit of "
					+ limit));
		}
		call.interruptHandler();
	}

	private String describeTimeLimit(HookCall call) {
		if (call.limitNanos() >= this.timeoutNanos) {
			return this.options.timeout().toString();
		}
		return Duration.ofMillis(Math.max(TimeUnit.NANOSECONDS.toMillis(call.limitNanos()), 0))
				+ " (the caller's deadline less a safety margin)";
	}

	/**
	 * Answers a call that cannot run, or cannot finish, as unavailable: a veto hook failing
	 * closed rejects, since nothing may pass unchecked.
	 */
	private boolean refuse(HookCall call, String reason, Throwable cause) {
		Hook hook = call.hook();
		if (failsClosed(hook)) {
			return call.answer(rejection(hook));
		}
		return call.fail(Status.UNAVAILABLE.withDescription(hook.name() + " " + reason).withCause(cause));
	}

	private boolean failsClosed(Hook hook) {
		return hook.kind() == Hook.Kind.VETO && this.options.vetoFailurePolicy() == VetoFailurePolicy.FAIL_CLOSED;
	}

	private Message rejection(Hook hook) {
		return hook.responsePrototype()
			.newBuilderForType()
			.setField(hook.rejectionReasonField(), this.options.vetoFailureReason())
			.build();
	}

	/**
	 * The error a failed handler answers: its exception's message, which the server shows
	 * when it fails activation; a Plugin API failure keeps the server's error id and status.
	 */
	private static AppError appError(Hook hook, HookHandler handler, Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		AppError.Builder error = AppError.newBuilder()
			.setId("plugin.hooks." + snakeCase(hook.name()) + ".app_error")
			.setMessage(message)
			// The server builds its error from id and detailed_error, not message: repeat it.
			.setDetailedError(message)
			.setWhere(handler.description())
			.setStatusCode(INTERNAL_SERVER_ERROR);
		if (ex instanceof PluginApiException apiException) {
			if (!apiException.getErrorId().isEmpty()) {
				error.setId(apiException.getErrorId());
			}
			if (apiException.getHttpStatus() > 0) {
				error.setStatusCode(apiException.getHttpStatus());
			}
		}
		return error.build();
	}

	private static String describe(Throwable ex) {
		return ex.getClass().getName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	/** A handler or listener threw, in a hook whose response cannot carry the error. */
	static final class HandlerFailure extends Exception {

		private final String handler;

		HandlerFailure(String handler, Throwable cause) {
			super(handler, cause);
			this.handler = handler;
		}

		String handler() {
			return this.handler;
		}

	}

}

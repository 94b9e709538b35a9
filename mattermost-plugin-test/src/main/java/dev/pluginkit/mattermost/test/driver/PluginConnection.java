package dev.pluginkit.mattermost.test.driver;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.google.protobuf.Empty;

import dev.pluginkit.mattermost.goplugin.v1.GRPCStdioGrpc;
import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.test.driver.GoPluginController.NoFields;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;

/**
 * The connection side of a plugin, as the server's go-plugin client uses it: the channel,
 * go-plugin's broker and stdio streams opened right after connecting and kept open for the
 * plugin's life, the health check, activation ({@code Implemented}, then
 * {@code OnActivate}), hook calls with the server's deadline, {@code OnDeactivate} and
 * {@code GRPCController.Shutdown}. Knows nothing of the process.
 */
final class PluginConnection {

	private static final System.Logger logger = System.getLogger(PluginDriver.class.getName());

	private final String target;

	private final ManagedChannel channel;

	private final String pluginId;

	private final Duration hookTimeout;

	private final ProcessOutput stdio;

	private final ProcessOutput stdioStdout;

	private final ProcessOutput stdioStderr;

	private final List<String> warnings = new CopyOnWriteArrayList<>();

	private volatile List<String> implementedHooks = List.of();

	private volatile long implementedNanos;

	private volatile long activatedNanos;

	private volatile boolean closed;

	private PluginConnection(String target, String pluginId, Duration hookTimeout, PrintStream echo) {
		this.target = target;
		this.channel = openChannel(target);
		this.pluginId = pluginId;
		this.hookTimeout = hookTimeout;
		this.stdio = ProcessOutput.fed("stdio", null, null);
		this.stdioStdout = ProcessOutput.fed("stdio stdout", echo, this.stdio::addLine);
		this.stdioStderr = ProcessOutput.fed("stdio stderr", echo, this.stdio::addLine);
	}

	/**
	 * Connects to a plugin's hooks server and opens go-plugin's broker and stdio streams,
	 * without waiting for either: go-plugin does not wait.
	 * @param target {@code 127.0.0.1:<port>}, any grpc-java target, or
	 * {@code in-process:<name>}
	 * @param pluginId the plugin id for hook contexts
	 * @param hookTimeout the deadline of each call
	 * @param echo where to copy the stdio stream's lines, or {@code null}
	 * @return the connection
	 */
	static PluginConnection open(String target, String pluginId, Duration hookTimeout, PrintStream echo) {
		PluginConnection connection = new PluginConnection(target, pluginId, hookTimeout, echo);
		connection.openStreams();
		return connection;
	}

	private static ManagedChannel openChannel(String target) {
		if (target.startsWith("in-process:")) {
			return InProcessChannelBuilder.forName(target.substring("in-process:".length())).build();
		}
		return NettyChannelBuilder.forTarget(target).usePlaintext().build();
	}

	private void openStreams() {
		// Neither stream has a deadline: go-plugin keeps both until it closes the connection.
		ClientCalls.asyncBidiStreamingCall(this.channel.newCall(GoPluginBroker.START_STREAM, CallOptions.DEFAULT),
				new BrokerObserver());
		ClientCalls.asyncServerStreamingCall(
				this.channel.newCall(GRPCStdioGrpc.getStreamStdioMethod(), CallOptions.DEFAULT),
				Empty.getDefaultInstance(), new StdioObserver());
	}

	private void warn(String warning) {
		this.warnings.add(warning);
		logger.log(System.Logger.Level.WARNING, "Plugin at " + this.target + ": " + warning);
	}

	/**
	 * Activates the plugin as the server does: health for service {@code plugin}, then
	 * {@code Implemented}, then {@code OnActivate} when the plugin listed it.
	 * @throws ActivationException naming the step that failed
	 */
	void activate() {
		String step = "the health check";
		try {
			ServingStatus health = health();
			if (health != ServingStatus.SERVING) {
				throw new IllegalStateException(
						"Health for service '" + PluginDriver.HEALTH_SERVICE + "' is " + health);
			}
			step = "Implemented";
			ImplementedResponse implemented = unary(PluginHooksGrpc.getImplementedMethod(),
					HookContexts.fill(ImplementedRequest.getDefaultInstance(), this.pluginId));
			failOnAppError("Implemented", implemented.getError());
			this.implementedHooks = List.copyOf(implemented.getHooksList());
			this.implementedNanos = System.nanoTime();
			if (isImplemented("OnActivate")) {
				step = "OnActivate";
				OnActivateResponse activation = unary(PluginHooksGrpc.getOnActivateMethod(),
						HookContexts.fill(OnActivateRequest.getDefaultInstance(), this.pluginId));
				failOnAppError("OnActivate", activation.getError());
			}
			this.activatedNanos = System.nanoTime();
		}
		catch (RuntimeException ex) {
			throw new ActivationException(step, ex);
		}
	}

	private static void failOnAppError(String hook, AppError error) {
		if (isError(error)) {
			throw new IllegalStateException(hook + " answered the error " + describe(error));
		}
	}

	/**
	 * Tells whether the connection was closed, after which no call can be made.
	 * @return whether it is closed
	 */
	boolean isClosed() {
		return this.closed;
	}

	/**
	 * Returns the plugin id the hook contexts carry.
	 * @return the plugin id
	 */
	String pluginId() {
		return this.pluginId;
	}

	/**
	 * Checks health as the server does: {@code grpc.health.v1.Health/Check} for service
	 * {@code plugin}, with the hook deadline so that a stuck plugin cannot hang a test.
	 * @return the serving status
	 */
	ServingStatus health() {
		return HealthGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(this.hookTimeout.toNanos(), TimeUnit.NANOSECONDS)
			.check(HealthCheckRequest.newBuilder().setService(PluginDriver.HEALTH_SERVICE).build())
			.getStatus();
	}

	/**
	 * Fires a unary hook the plugin listed in {@code Implemented}, filling its contexts.
	 * @param <Req> the request type
	 * @param <Resp> the response type
	 * @param hook the hook's method
	 * @param request the request
	 * @return the plugin's response
	 */
	<Req, Resp> Resp call(MethodDescriptor<Req, Resp> hook, Req request) {
		if (hook.getType() != MethodDescriptor.MethodType.UNARY) {
			throw new IllegalArgumentException(hook.getFullMethodName() + " is not a unary hook");
		}
		String name = hook.getBareMethodName();
		if (!"Implemented".equals(name) && !isImplemented(name)) {
			throw new IllegalStateException("The plugin does not implement " + name + " (Implemented answered "
					+ this.implementedHooks + "), so the server would never call it");
		}
		return unary(hook, HookContexts.fill(request, this.pluginId));
	}

	private <Req, Resp> Resp unary(MethodDescriptor<Req, Resp> method, Req request) {
		if (this.closed) {
			throw new IllegalStateException("The plugin was shut down");
		}
		return ClientCalls.blockingUnaryCall(this.channel, method,
				CallOptions.DEFAULT.withDeadlineAfter(this.hookTimeout.toNanos(), TimeUnit.NANOSECONDS), request);
	}

	/**
	 * Fires {@code OnDeactivate} when the plugin implements it, as the server does first on
	 * shutdown.
	 * @param problems where to add what went wrong
	 */
	void deactivate(List<String> problems) {
		if (!isImplemented("OnDeactivate")) {
			return;
		}
		try {
			OnDeactivateResponse deactivation = call(PluginHooksGrpc.getOnDeactivateMethod(),
					OnDeactivateRequest.getDefaultInstance());
			if (isError(deactivation.getError())) {
				problems.add("OnDeactivate answered the error " + describe(deactivation.getError()));
			}
		}
		catch (StatusRuntimeException ex) {
			problems.add("OnDeactivate failed: " + describe(ex));
		}
	}

	/**
	 * Calls {@code GRPCController.Shutdown}, as go-plugin does before closing the
	 * connection.
	 * @param problems where to add what went wrong
	 * @return whether the plugin answered, so that a graceful exit can be awaited
	 */
	boolean requestShutdown(List<String> problems) {
		try {
			ClientCalls.blockingUnaryCall(this.channel, GoPluginController.SHUTDOWN,
					CallOptions.DEFAULT.withDeadlineAfter(this.hookTimeout.toNanos(), TimeUnit.NANOSECONDS),
					NoFields.INSTANCE);
			return true;
		}
		catch (StatusRuntimeException ex) {
			problems.add("GRPCController.Shutdown failed: " + describe(ex));
			return false;
		}
	}

	/**
	 * Closes the connection, as go-plugin does right after {@code Shutdown}: the broker and
	 * stdio streams end with it, so an open stream cannot keep the plugin from exiting.
	 * Hooks can no longer be fired.
	 */
	void close() {
		this.closed = true;
		this.channel.shutdownNow();
	}

	/**
	 * Waits until nothing serves at a target any more: how an attached plugin, which has no
	 * process, shows that it ended.
	 * @param target the plugin's target
	 * @param deadline the {@link System#nanoTime()} to give up at
	 * @return whether it stopped serving in time
	 */
	static boolean awaitServerEnd(String target, long deadline) {
		ManagedChannel probe = openChannel(target);
		try {
			while (System.nanoTime() < deadline) {
				if (!serves(probe)) {
					return true;
				}
				// A short pause between probes; the server needs a moment to close its port.
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
			}
			return false;
		}
		finally {
			probe.shutdownNow();
		}
	}

	private static boolean serves(ManagedChannel probe) {
		try {
			HealthGrpc.newBlockingStub(probe)
				.withDeadlineAfter(200, TimeUnit.MILLISECONDS)
				.check(HealthCheckRequest.newBuilder().setService(PluginDriver.HEALTH_SERVICE).build());
			return true;
		}
		catch (StatusRuntimeException ex) {
			// NOT_FOUND and friends come from a server that still runs; only a closed one is gone.
			return ex.getStatus().getCode() != Status.Code.UNAVAILABLE;
		}
	}

	/**
	 * Returns whether an embedded {@code AppError} is set, as the server reads it.
	 * @param error the error field of a response
	 * @return whether it holds an error
	 */
	static boolean isError(AppError error) {
		return !error.getId().isEmpty() || !error.getMessage().isEmpty();
	}

	/**
	 * Describes an {@code AppError} for a message.
	 * @param error the error
	 * @return its id, message and details
	 */
	static String describe(AppError error) {
		return "'" + error.getId() + ": " + error.getMessage() + "'"
				+ (error.getDetailedError().isEmpty() ? "" : " (" + error.getDetailedError() + ")");
	}

	/**
	 * Describes a failed call for a message.
	 * @param ex the failure
	 * @return its status and description, or its message
	 */
	static String describe(RuntimeException ex) {
		if (ex instanceof StatusRuntimeException status) {
			return "the call failed with " + status.getStatus().getCode() + ": " + status.getStatus().getDescription();
		}
		return ex.getMessage();
	}

	/**
	 * Returns where the plugin's hooks server is reached.
	 * @return the target
	 */
	String target() {
		return this.target;
	}

	/**
	 * Returns the channel to the plugin.
	 * @return the channel
	 */
	ManagedChannel channel() {
		return this.channel;
	}

	/**
	 * Returns the hooks the plugin listed in {@code Implemented}.
	 * @return the hook names; empty before activation
	 */
	List<String> implementedHooks() {
		return this.implementedHooks;
	}

	/**
	 * Returns whether the plugin listed a hook in {@code Implemented}.
	 * @param hook the hook name
	 * @return whether the server would call it
	 */
	boolean isImplemented(String hook) {
		return this.implementedHooks.contains(hook);
	}

	/**
	 * Returns when {@code Implemented} answered.
	 * @return the {@link System#nanoTime()} of the answer, 0 before it
	 */
	long implementedNanos() {
		return this.implementedNanos;
	}

	/**
	 * Returns when activation ended: {@code OnActivate} answered, or {@code Implemented}
	 * for a plugin that does not implement it.
	 * @return the {@link System#nanoTime()}, 0 before it
	 */
	long activatedNanos() {
		return this.activatedNanos;
	}

	/**
	 * Returns the lines of the stdio stream, both channels in order of arrival.
	 * @return the lines
	 */
	ProcessOutput stdio() {
		return this.stdio;
	}

	/**
	 * Returns the lines of one channel of the stdio stream.
	 * @param channel {@code STDOUT} or {@code STDERR}
	 * @return the lines
	 */
	ProcessOutput stdio(StdioData.Channel channel) {
		return switch (channel) {
			case STDOUT -> this.stdioStdout;
			case STDERR -> this.stdioStderr;
			default -> throw new IllegalArgumentException("The stdio stream has no channel " + channel);
		};
	}

	/**
	 * Returns what go-plugin would log as warnings.
	 * @return a copy of the warnings
	 */
	List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	/**
	 * Reads the stdio stream as go-plugin's stdio client does, into lines per channel.
	 */
	private final class StdioObserver implements StreamObserver<StdioData> {

		@Override
		public void onNext(StdioData data) {
			switch (data.getChannel()) {
				case STDOUT -> PluginConnection.this.stdioStdout.accept(data.getData().toByteArray());
				case STDERR -> PluginConnection.this.stdioStderr.accept(data.getData().toByteArray());
				default -> warn("stdio data on unknown channel " + data.getChannelValue() + " dropped");
			}
		}

		@Override
		public void onError(Throwable ex) {
			Status status = Status.fromThrowable(ex);
			if (status.getCode() == Status.Code.UNIMPLEMENTED) {
				// What go-plugin logs at WARN; the plugin works on without it.
				warn("stdio service not available, stdout/stderr syncing unavailable (plugin.GRPCStdio/StreamStdio is "
						+ "not served)");
			}
			else if (!PluginConnection.this.closed && status.getCode() != Status.Code.UNAVAILABLE
					&& status.getCode() != Status.Code.CANCELLED) {
				// go-plugin takes UNAVAILABLE and CANCELLED for the end of the plugin; anything else it logs.
				warn("error receiving stdio data: " + status.getCode() + ": " + status.getDescription());
			}
			end();
		}

		@Override
		public void onCompleted() {
			end();
		}

		private void end() {
			PluginConnection.this.stdioStdout.finish();
			PluginConnection.this.stdioStderr.finish();
			PluginConnection.this.stdio.finish();
		}

	}

	/**
	 * Holds go-plugin's broker stream open. The server brokers no connections for
	 * Mattermost plugins, so whatever the plugin sends is dropped, and a plugin that does
	 * not serve the broker is fine: go-plugin ignores the error too.
	 */
	private static final class BrokerObserver implements StreamObserver<byte[]> {

		@Override
		public void onNext(byte[] connInfo) {
		}

		@Override
		public void onError(Throwable ex) {
		}

		@Override
		public void onCompleted() {
		}

	}

	/**
	 * Activation failed at one step.
	 */
	static final class ActivationException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String step;

		ActivationException(String step, RuntimeException cause) {
			super(describe(cause), cause);
			this.step = step;
		}

		/**
		 * Returns the step that failed.
		 * @return {@code the health check}, {@code Implemented} or {@code OnActivate}
		 */
		String step() {
			return this.step;
		}

	}

}

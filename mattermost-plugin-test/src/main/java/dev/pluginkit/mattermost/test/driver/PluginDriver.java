package dev.pluginkit.mattermost.test.driver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnConfigurationChangeRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnConfigurationChangeResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.driver.GoPluginController.NoFields;
import io.grpc.CallOptions;
import io.grpc.Channel;
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

/**
 * Plays the Mattermost server against a plugin, in the order and with the limits that the
 * server and go-plugin use (PROTOCOL.md): it starts the plugin process in its folder with
 * the server's environment, reads the handshake line from stdout within the server's 3
 * seconds, connects, checks health for service {@code plugin}, calls {@code Implemented}
 * and then {@code OnActivate}; afterwards it fires hooks on request, and
 * {@link #shutdown()} ends the plugin as go-plugin does.
 *
 * <pre>{@code
 * try (InMemoryMattermost mattermost = InMemoryMattermost.start();
 *         PluginDriver plugin = PluginDriver.launch(PluginLaunch.command(pluginFolder + "/venv/bin/python", "plugin.jar")
 *             .inDirectory(pluginFolder)
 *             .withApiTarget(mattermost.target()))) {
 *     MessageWillBePostedResponse answer = plugin.messageWillBePosted(Post.newBuilder().setMessage("hi").build());
 *     assertThat(plugin.shutdown().clean()).isTrue();
 * }
 * }</pre>
 *
 * <p>Like the server, the driver only fires hooks that {@code Implemented} listed; firing
 * another one is a test mistake and throws {@link IllegalStateException}. Each hook call
 * has the server's 30 second deadline. Hook requests get a {@code RequestContext} and a
 * {@code PluginContext} when the test leaves them unset. Unlike the server, the driver puts
 * the hook deadline on health checks and on {@code Shutdown} too, so that a stuck plugin
 * fails a test instead of hanging it.
 *
 * <p>Not thread-safe for lifecycle calls; hooks may be fired from several threads.
 */
public final class PluginDriver implements AutoCloseable {

	/** go-plugin's magic cookie variable for Mattermost plugins. */
	public static final String MAGIC_COOKIE_KEY = "MATTERMOST_PLUGIN";

	/** The magic cookie's value. */
	public static final String MAGIC_COOKIE_VALUE = "Securely message teams, anywhere.";

	/** The variable that tells the plugin where the Plugin API is. */
	public static final String API_TARGET_VARIABLE = "MATTERMOST_PLUGIN_API_TARGET";

	/** The health service name that the server checks. */
	public static final String HEALTH_SERVICE = "plugin";

	/**
	 * How long the server waits for the handshake line after starting the process: its
	 * supervisor's {@code StartTimeout}, the same for every plugin.
	 */
	public static final Duration START_TIMEOUT = Duration.ofSeconds(3);

	/** The deadline the server puts on each unary hook call. */
	public static final Duration HOOK_TIMEOUT = Duration.ofSeconds(30);

	/** How long go-plugin waits for the process to exit after {@code Shutdown}. */
	public static final Duration EXIT_GRACE = Duration.ofSeconds(2);

	private static final int STDERR_LINES_IN_MESSAGES = 30;

	private final Process process;

	private final ProcessOutput stdout;

	private final ProcessOutput stderr;

	private final Handshake handshake;

	private final String target;

	private final ManagedChannel channel;

	private final String pluginId;

	private final Duration hookTimeout;

	private volatile List<String> implementedHooks = List.of();

	private volatile ShutdownResult shutdownResult;

	private PluginDriver(Process process, ProcessOutput stdout, ProcessOutput stderr, Handshake handshake,
			String target, String pluginId, Duration hookTimeout) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
		this.handshake = handshake;
		this.target = target;
		this.channel = openChannel(target);
		this.pluginId = pluginId;
		this.hookTimeout = hookTimeout;
	}

	/**
	 * Starts a plugin process and activates it as the server does. On any failure the
	 * process is stopped and a {@link PluginStartException} says what went wrong, quoting
	 * the plugin's output.
	 * @param launch the command, folder and Plugin API target
	 * @return a driver for the activated plugin
	 * @throws PluginStartException when the plugin does not start or activate
	 */
	public static PluginDriver launch(PluginLaunch launch) {
		Process process = startProcess(launch);
		PrintStream echo = launch.echoOutput() ? System.err : null;
		ProcessOutput stdout = ProcessOutput.collect("stdout", process.getInputStream(), echo);
		ProcessOutput stderr = ProcessOutput.collect("stderr", process.getErrorStream(), echo);
		Handshake handshake = awaitHandshake(launch, process, stdout, stderr);
		PluginDriver driver = new PluginDriver(process, stdout, stderr, handshake, handshake.address(),
				launch.pluginId(), launch.hookTimeout());
		driver.activate();
		return driver;
	}

	/**
	 * Attaches to a hooks server that already runs, for example one started in the test's
	 * own JVM, and activates it as the server does: health, {@code Implemented},
	 * {@code OnActivate}. There is no process, so there is no output to read; shutdown waits
	 * for the server to stop serving.
	 * @param target {@code 127.0.0.1:<port>}, any grpc-java target, or
	 * {@code in-process:<name>} for an in-process server
	 * @return a driver for the activated plugin
	 * @throws PluginStartException when the plugin does not activate
	 */
	public static PluginDriver attach(String target) {
		PluginDriver driver = new PluginDriver(null, null, null, null, target, "plugin-under-test", HOOK_TIMEOUT);
		driver.activate();
		return driver;
	}

	private static ManagedChannel openChannel(String target) {
		if (target.startsWith("in-process:")) {
			return InProcessChannelBuilder.forName(target.substring("in-process:".length())).build();
		}
		return NettyChannelBuilder.forTarget(target).usePlaintext().build();
	}

	private static Process startProcess(PluginLaunch launch) {
		List<String> command = new ArrayList<>(launch.command());
		Path program = Path.of(command.get(0));
		if (!program.isAbsolute() && program.getNameCount() > 1) {
			// The server runs venv/bin/python from the plugin folder; ProcessBuilder would look in ours.
			command.set(0, launch.directory().resolve(program).toString());
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(launch.directory().toFile());
		Map<String, String> environment = builder.environment();
		if (launch.apiTarget() != null) {
			environment.put(API_TARGET_VARIABLE, launch.apiTarget());
		}
		environment.putAll(launch.environment());
		// go-plugin appends these last, so they win over anything else.
		environment.put(MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE);
		environment.put("PLUGIN_PROTOCOL_VERSIONS", "1");
		environment.put("PLUGIN_MIN_PORT", "10000");
		environment.put("PLUGIN_MAX_PORT", "25000");
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new PluginStartException("Could not start the plugin process " + launch.command() + " in "
					+ launch.directory() + ": " + ex.getMessage(), ex);
		}
	}

	private static Handshake awaitHandshake(PluginLaunch launch, Process process, ProcessOutput stdout,
			ProcessOutput stderr) {
		Optional<String> first = stdout.awaitLine((line) -> true, launch.startTimeout());
		if (first.isEmpty()) {
			String why;
			if (!stdout.isClosed()) {
				why = "No handshake line on stdout within " + launch.startTimeout().toMillis()
						+ " ms of the start (the server's start timeout); stdout so far: '" + stdout.partialLine()
						+ "'";
			}
			else if (waitFor(process, System.nanoTime() + EXIT_GRACE.toNanos())) {
				why = "The plugin process exited with code " + process.exitValue()
						+ " before printing the handshake line";
			}
			else {
				why = "The plugin process closed its stdout without printing the handshake line";
			}
			throw startFailed(why, process, stderr, null);
		}
		try {
			return Handshake.parse(first.get());
		}
		catch (IllegalArgumentException ex) {
			throw startFailed("The first line on stdout must be the handshake, and nothing may come before it (go-plugin: "
					+ "\"Unrecognized remote plugin message\"). " + ex.getMessage(), process, stderr, ex);
		}
	}

	private static PluginStartException startFailed(String why, Process process, ProcessOutput stderr,
			Throwable cause) {
		process.destroyForcibly();
		awaitUninterruptibly(process);
		// The pipe ends when the process is gone: wait so that the message shows all of stderr.
		stderr.awaitClosed(EXIT_GRACE);
		return new PluginStartException(why + stderrTail(stderr.lines()), cause);
	}

	private static String stderrTail(List<String> lines) {
		if (lines.isEmpty()) {
			return "; stderr was empty";
		}
		List<String> tail = lines.subList(Math.max(0, lines.size() - STDERR_LINES_IN_MESSAGES), lines.size());
		return "; stderr" + ((tail.size() < lines.size()) ? " (last " + tail.size() + " lines)" : "") + ":\n  "
				+ String.join("\n  ", tail);
	}

	private void activate() {
		String step = "the health check";
		try {
			ServingStatus health = health();
			if (health != ServingStatus.SERVING) {
				throw new IllegalStateException("Health for service '" + HEALTH_SERVICE + "' is " + health);
			}
			step = "Implemented";
			ImplementedResponse implemented = unary(PluginHooksGrpc.getImplementedMethod(),
					HookContexts.fill(ImplementedRequest.getDefaultInstance(), this.pluginId));
			failOnAppError("Implemented", implemented.getError());
			this.implementedHooks = List.copyOf(implemented.getHooksList());
			if (isImplemented("OnActivate")) {
				step = "OnActivate";
				OnActivateResponse activation = unary(PluginHooksGrpc.getOnActivateMethod(),
						HookContexts.fill(OnActivateRequest.getDefaultInstance(), this.pluginId));
				failOnAppError("OnActivate", activation.getError());
			}
		}
		catch (RuntimeException ex) {
			// The server shuts a plugin down that fails activation; do the same, then report.
			ShutdownResult end = stop(new ArrayList<>());
			String why = "The plugin failed " + step + ": " + describe(ex) + " (then it "
					+ (end.exitedInTime() ? "exited" : "was killed") + end.exitCode().stream()
						.mapToObj((code) -> " with code " + code)
						.findFirst()
						.orElse("")
					+ ")";
			throw new PluginStartException(why + ((this.stderr != null) ? stderrTail(this.stderr.lines()) : ""), ex);
		}
	}

	private static void failOnAppError(String hook, AppError error) {
		if (isError(error)) {
			throw new IllegalStateException(hook + " answered the error " + describe(error));
		}
	}

	private static boolean isError(AppError error) {
		return !error.getId().isEmpty() || !error.getMessage().isEmpty();
	}

	private static String describe(AppError error) {
		return "'" + error.getId() + ": " + error.getMessage() + "'"
				+ (error.getDetailedError().isEmpty() ? "" : " (" + error.getDetailedError() + ")");
	}

	private static String describe(RuntimeException ex) {
		if (ex instanceof StatusRuntimeException status) {
			return "the call failed with " + status.getStatus().getCode() + ": " + status.getStatus().getDescription();
		}
		return ex.getMessage();
	}

	/**
	 * Checks health as the server does every 30 seconds: {@code grpc.health.v1.Health/Check}
	 * for service {@code plugin}.
	 * @return the serving status
	 * @throws StatusRuntimeException when the call fails, which the server counts as a
	 * failed try
	 */
	public ServingStatus health() {
		return HealthGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(this.hookTimeout.toNanos(), TimeUnit.NANOSECONDS)
			.check(HealthCheckRequest.newBuilder().setService(HEALTH_SERVICE).build())
			.getStatus();
	}

	/**
	 * Fires any unary hook, filling the request's {@code RequestContext context} and
	 * {@code PluginContext plugin_context} when the request has them and they are unset.
	 * @param <Req> the request type
	 * @param <Resp> the response type
	 * @param hook the hook's method, for example
	 * {@code PluginHooksGrpc.getUserHasJoinedChannelMethod()}
	 * @param request the request
	 * @return the plugin's response
	 * @throws IllegalStateException when the plugin did not list the hook in
	 * {@code Implemented} (the server never calls it), or after shutdown
	 * @throws StatusRuntimeException when the call fails
	 */
	public <Req, Resp> Resp call(MethodDescriptor<Req, Resp> hook, Req request) {
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
		if (this.shutdownResult != null) {
			throw new IllegalStateException("The plugin was shut down");
		}
		return ClientCalls.blockingUnaryCall(this.channel, method,
				CallOptions.DEFAULT.withDeadlineAfter(this.hookTimeout.toNanos(), TimeUnit.NANOSECONDS), request);
	}

	/**
	 * Fires {@code OnConfigurationChange}, as the server does when its configuration or the
	 * plugin's settings change.
	 * @return the response; its {@code error} is set when the plugin failed
	 */
	public OnConfigurationChangeResponse onConfigurationChange() {
		return call(PluginHooksGrpc.getOnConfigurationChangeMethod(), OnConfigurationChangeRequest.getDefaultInstance());
	}

	/**
	 * Fires {@code MessageWillBePosted} for a post about to be stored.
	 * @param post the post
	 * @return the response: a modified post, a rejection reason, or neither
	 */
	public MessageWillBePostedResponse messageWillBePosted(Post post) {
		return call(PluginHooksGrpc.getMessageWillBePostedMethod(),
				MessageWillBePostedRequest.newBuilder().setPost(post).build());
	}

	/**
	 * Fires {@code MessageWillBeUpdated} for an edit about to be stored.
	 * @param newPost the post as edited
	 * @param oldPost the post before the edit
	 * @return the response: a modified post, a rejection reason, or neither
	 */
	public MessageWillBeUpdatedResponse messageWillBeUpdated(Post newPost, Post oldPost) {
		return call(PluginHooksGrpc.getMessageWillBeUpdatedMethod(),
				MessageWillBeUpdatedRequest.newBuilder().setNewPost(newPost).setOldPost(oldPost).build());
	}

	/**
	 * Fires {@code MessageHasBeenPosted}, the notification after a post was stored.
	 * @param post the post
	 * @return the (empty) response
	 */
	public MessageHasBeenPostedResponse messageHasBeenPosted(Post post) {
		return call(PluginHooksGrpc.getMessageHasBeenPostedMethod(),
				MessageHasBeenPostedRequest.newBuilder().setPost(post).build());
	}

	/**
	 * Fires {@code ExecuteCommand} for a slash command the plugin registered.
	 * @param args the command line and where it was typed
	 * @return the response: the command's answer, or an error
	 */
	public ExecuteCommandResponse executeCommand(CommandArgs args) {
		return call(PluginHooksGrpc.getExecuteCommandMethod(), ExecuteCommandRequest.newBuilder().setArgs(args).build());
	}

	/**
	 * Returns the hooks the plugin listed in {@code Implemented}.
	 * @return the hook names, in the plugin's order
	 */
	public List<String> implementedHooks() {
		return this.implementedHooks;
	}

	/**
	 * Returns whether the plugin listed a hook in {@code Implemented}.
	 * @param hook the hook name, such as {@code MessageWillBePosted}
	 * @return whether the server would call it
	 */
	public boolean isImplemented(String hook) {
		return this.implementedHooks.contains(hook);
	}

	/**
	 * Returns the handshake the plugin printed.
	 * @return the handshake
	 * @throws IllegalStateException for an attached plugin, which printed none
	 */
	public Handshake handshake() {
		requireProcess();
		return this.handshake;
	}

	/**
	 * Returns where the driver reaches the plugin's hooks server.
	 * @return the gRPC target
	 */
	public String target() {
		return this.target;
	}

	/**
	 * Returns the channel to the plugin, for calls this class does not offer.
	 * @return the channel; closed by the driver
	 */
	public Channel channel() {
		return this.channel;
	}

	/**
	 * Returns the plugin process.
	 * @return the process, or empty for an attached plugin
	 */
	public Optional<Process> process() {
		return Optional.ofNullable(this.process);
	}

	/**
	 * Returns every complete line the plugin printed on stdout so far, the handshake line
	 * first. A well-behaved plugin prints nothing else.
	 * @return a copy of the lines
	 * @throws IllegalStateException for an attached plugin
	 */
	public List<String> stdoutLines() {
		requireProcess();
		return this.stdout.lines();
	}

	/**
	 * Returns every complete line the plugin printed on stderr so far: what becomes the
	 * server log.
	 * @return a copy of the lines
	 * @throws IllegalStateException for an attached plugin
	 */
	public List<String> stderrLines() {
		requireProcess();
		return this.stderr.lines();
	}

	/**
	 * Waits for a stderr line, among those already printed and those to come.
	 * @param condition what the line must satisfy
	 * @param timeout how long to wait at most
	 * @return the first matching line
	 * @throws AssertionError when no line matched in time or stderr ended without one
	 */
	public String awaitStderrLine(Predicate<String> condition, Duration timeout) {
		requireProcess();
		return this.stderr.awaitLine(condition, timeout)
			.orElseThrow(() -> new AssertionError("No matching line on the plugin's stderr within "
					+ timeout.toMillis() + " ms" + stderrTail(this.stderr.lines())));
	}

	/**
	 * Waits up to 10 seconds for a stderr line that contains a text.
	 * @param text the text
	 * @return the first line containing it
	 * @throws AssertionError when no line contained it in time
	 */
	public String awaitStderrLineContaining(String text) {
		return awaitStderrLine((line) -> line.contains(text), Duration.ofSeconds(10));
	}

	/**
	 * Waits for a stdout line, among those already printed and those to come.
	 * @param condition what the line must satisfy
	 * @param timeout how long to wait at most
	 * @return the first matching line
	 * @throws AssertionError when no line matched in time or stdout ended without one
	 */
	public String awaitStdoutLine(Predicate<String> condition, Duration timeout) {
		requireProcess();
		return this.stdout.awaitLine(condition, timeout)
			.orElseThrow(() -> new AssertionError("No matching line on the plugin's stdout within "
					+ timeout.toMillis() + " ms; stdout: " + this.stdout.lines()));
	}

	private void requireProcess() {
		if (this.process == null) {
			throw new IllegalStateException("An attached plugin has no process of its own");
		}
	}

	/**
	 * Shuts the plugin down as the server and go-plugin do: {@code OnDeactivate} (when
	 * implemented), then {@code GRPCController.Shutdown}, then up to 2 seconds for the
	 * process to exit and close its output, then a kill. When {@code Shutdown} fails,
	 * go-plugin does not wait: it kills at once, and so does the driver. Calling it again
	 * returns the first result.
	 * @return how the plugin ended
	 */
	public synchronized ShutdownResult shutdown() {
		if (this.shutdownResult != null) {
			return this.shutdownResult;
		}
		List<String> problems = new ArrayList<>();
		if (isImplemented("OnDeactivate")) {
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
		return stop(problems);
	}

	private ShutdownResult stop(List<String> problems) {
		boolean graceful;
		try {
			ClientCalls.blockingUnaryCall(this.channel, GoPluginController.SHUTDOWN,
					CallOptions.DEFAULT.withDeadlineAfter(this.hookTimeout.toNanos(), TimeUnit.NANOSECONDS),
					NoFields.INSTANCE);
			graceful = true;
		}
		catch (StatusRuntimeException ex) {
			problems.add("GRPCController.Shutdown failed: " + describe(ex));
			graceful = false;
		}
		long answered = System.nanoTime();
		this.channel.shutdownNow();
		ShutdownResult result = (this.process != null) ? awaitProcessEnd(graceful, answered, problems)
				: awaitServerEnd(graceful, answered, problems);
		this.shutdownResult = result;
		return result;
	}

	private ShutdownResult awaitProcessEnd(boolean graceful, long answered, List<String> problems) {
		long deadline = answered + EXIT_GRACE.toNanos();
		boolean exited = graceful && waitFor(this.process, deadline) && this.stdout.awaitClosed(remaining(deadline))
				&& this.stderr.awaitClosed(remaining(deadline));
		Duration timeToExit = Duration.ofNanos(System.nanoTime() - answered);
		if (!exited) {
			this.process.destroyForcibly();
			awaitUninterruptibly(this.process);
		}
		return new ShutdownResult(OptionalInt.of(this.process.exitValue()), exited, timeToExit, problems);
	}

	private static boolean waitFor(Process process, long deadline) {
		try {
			return process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Duration remaining(long deadline) {
		return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
	}

	private ShutdownResult awaitServerEnd(boolean graceful, long answered, List<String> problems) {
		long deadline = answered + EXIT_GRACE.toNanos();
		boolean stopped = false;
		ManagedChannel probe = openChannel(this.target);
		try {
			while (graceful && !stopped && System.nanoTime() < deadline) {
				stopped = !serves(probe);
				if (!stopped) {
					// A short pause between probes; the server needs a moment to close its port.
					LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
				}
			}
		}
		finally {
			probe.shutdownNow();
		}
		return new ShutdownResult(OptionalInt.empty(), stopped, Duration.ofNanos(System.nanoTime() - answered),
				problems);
	}

	private static boolean serves(ManagedChannel probe) {
		try {
			HealthGrpc.newBlockingStub(probe)
				.withDeadlineAfter(200, TimeUnit.MILLISECONDS)
				.check(HealthCheckRequest.newBuilder().setService(HEALTH_SERVICE).build());
			return true;
		}
		catch (StatusRuntimeException ex) {
			// NOT_FOUND and friends come from a server that still runs; only a closed one is gone.
			return ex.getStatus().getCode() != Status.Code.UNAVAILABLE;
		}
	}

	private static void awaitUninterruptibly(Process process) {
		boolean interrupted = false;
		while (true) {
			try {
				process.waitFor();
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
	 * Closes the connection without shutting the plugin down, for a plugin whose life
	 * belongs to someone else: an attached hooks server in a Spring test's context, which
	 * the test framework closes. Hooks can no longer be fired, and a later
	 * {@link #close()} only releases what is left.
	 */
	public synchronized void disconnect() {
		if (this.shutdownResult == null) {
			this.shutdownResult = new ShutdownResult(OptionalInt.empty(), false, Duration.ZERO,
					List.of("disconnected without shutting the plugin down"));
		}
		this.channel.shutdownNow();
	}

	/**
	 * Shuts the plugin down if that has not happened yet, and releases everything: the
	 * process is gone and the channel closed when this returns.
	 */
	@Override
	public void close() {
		try {
			shutdown();
		}
		finally {
			this.channel.shutdownNow();
			if (this.process != null && this.process.isAlive()) {
				this.process.destroyForcibly();
				awaitUninterruptibly(this.process);
			}
		}
	}

}

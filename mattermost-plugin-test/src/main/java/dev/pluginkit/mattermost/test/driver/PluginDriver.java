package dev.pluginkit.mattermost.test.driver;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenPostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnConfigurationChangeRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnConfigurationChangeResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginConnection.ActivationException;
import dev.pluginkit.mattermost.test.http.PluginHttpClient;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;

/**
 * Plays the Mattermost server against a plugin, in the order and with the limits that the
 * server and go-plugin use (PROTOCOL.md): it starts the plugin process in its folder with
 * the server's environment, reads the handshake line from stdout within the server's 3
 * seconds, connects, checks health for service {@code plugin}, calls {@code Implemented}
 * and then {@code OnActivate}; afterwards it fires hooks on request, and
 * {@link #shutdown()} ends the plugin as go-plugin does. Right after connecting it opens
 * go-plugin's {@code plugin.GRPCBroker/StartStream} and {@code plugin.GRPCStdio/StreamStdio}
 * and keeps them open until shutdown, as go-plugin does: a plugin that serves neither still
 * starts (a missing stdio service is one of the {@link #warnings()}), and what arrives on the
 * stdio stream is collected in {@link #stdioLines()}.
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
 * <p>The process side (start, output, handshake, exit) and the connection side (channel,
 * streams, activation, hooks, {@code Shutdown}) are separate inside; {@link #startTimings()}
 * and {@link #pid()} serve start benchmarks.
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

	private final PluginProcess process;

	private final Handshake handshake;

	private final PluginConnection connection;

	private final long startedNanos;

	private final PluginHttpClient http;

	private volatile ShutdownResult shutdownResult;

	private PluginDriver(PluginProcess process, Handshake handshake, PluginConnection connection, long startedNanos) {
		this.process = process;
		this.handshake = handshake;
		this.connection = connection;
		this.startedNanos = startedNanos;
		this.http = PluginHttpClient.over(connection.channel(), connection.pluginId())
			.withImplementedCheck(() -> connection.isImplemented("ServeHTTP"));
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
		PluginProcess process = PluginProcess.start(launch);
		Handshake handshake = process.awaitHandshake();
		PrintStream echo = launch.echoOutput() ? System.err : null;
		PluginConnection connection = PluginConnection.open(handshake.address(), launch.pluginId(),
				launch.hookTimeout(), echo);
		PluginDriver driver = new PluginDriver(process, handshake, connection, process.startedNanos());
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
		long started = System.nanoTime();
		// The plugin shares this JVM's output, so copying its stdio lines would double them.
		PluginConnection connection = PluginConnection.open(target, "plugin-under-test", HOOK_TIMEOUT, null);
		PluginDriver driver = new PluginDriver(null, null, connection, started);
		driver.activate();
		return driver;
	}

	private void activate() {
		try {
			this.connection.activate();
		}
		catch (ActivationException ex) {
			// The server shuts a plugin down that fails activation; do the same, then report.
			ShutdownResult end = stop(new ArrayList<>());
			String why = "The plugin failed " + ex.step() + ": " + ex.getMessage() + " (then it "
					+ (end.exitedInTime() ? "exited" : "was killed") + end.exitCode().stream()
						.mapToObj((code) -> " with code " + code)
						.findFirst()
						.orElse("")
					+ ")";
			throw new PluginStartException(why + ((this.process != null) ? this.process.stderrTail() : ""),
					ex.getCause());
		}
	}

	/**
	 * Checks health as the server does every 30 seconds: {@code grpc.health.v1.Health/Check}
	 * for service {@code plugin}.
	 * @return the serving status
	 * @throws StatusRuntimeException when the call fails, which the server counts as a
	 * failed try
	 */
	public ServingStatus health() {
		return this.connection.health();
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
		return this.connection.call(hook, request);
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
	 * Returns the client that sends HTTP requests to the plugin as the server forwards
	 * requests for {@code /plugins/{id}/...}: through the {@code ServeHTTP} stream, with the
	 * plugin id from the launch (its {@code plugin.json}, or {@code plugin-under-test} for an
	 * attached plugin). Like the server, it answers 404 itself when the plugin did not list
	 * {@code ServeHTTP} in {@code Implemented}. The same client every time, so its
	 * {@link PluginHttpClient#exchanges()} record covers the driver's life.
	 *
	 * <pre>{@code
	 * PluginHttpResponse echo = plugin.http().post("/echo").contentType("text/plain").body("hi").send();
	 * }</pre>
	 * @return the client
	 * @throws IllegalStateException after shutdown, when no request can reach the plugin
	 */
	public PluginHttpClient http() {
		if (this.connection.isClosed()) {
			throw new IllegalStateException("The plugin was shut down");
		}
		return this.http;
	}

	/**
	 * Returns a client like {@link #http()} that addresses the plugin under another id, for
	 * an attached plugin whose {@code plugin.json} the driver does not know. It shares the
	 * record of {@link #http()}.
	 * @param pluginId the plugin id for {@code /plugins/{pluginId}/...}
	 * @return the client
	 * @throws IllegalStateException after shutdown
	 */
	public PluginHttpClient http(String pluginId) {
		return http().withPluginId(pluginId);
	}

	/**
	 * Returns what plays a user's slash commands, button clicks, menu selections and dialog
	 * submissions against this plugin as the server handles them, over the fake server
	 * that holds the users, channels and posts (the one the plugin's API target points at).
	 * Integration URLs must point at {@code /plugins/{pluginId()}/...}.
	 *
	 * <pre>{@code
	 * CommandResult hello = plugin.interactions(mattermost).executeCommand("/hello", userId, channelId);
	 * }</pre>
	 * @param mattermost the fake server
	 * @return the interactions
	 */
	public PluginInteractions interactions(InMemoryMattermost mattermost) {
		return new PluginInteractions(this, mattermost, pluginId());
	}

	/**
	 * Returns the plugin id the driver puts in hook contexts and HTTP request URIs.
	 * @return the plugin id
	 */
	public String pluginId() {
		return this.connection.pluginId();
	}

	/**
	 * Returns the hooks the plugin listed in {@code Implemented}.
	 * @return the hook names, in the plugin's order
	 */
	public List<String> implementedHooks() {
		return this.connection.implementedHooks();
	}

	/**
	 * Returns whether the plugin listed a hook in {@code Implemented}.
	 * @param hook the hook name, such as {@code MessageWillBePosted}
	 * @return whether the server would call it
	 */
	public boolean isImplemented(String hook) {
		return this.connection.isImplemented(hook);
	}

	/**
	 * Returns how long the plugin took to start: to the handshake line, to the
	 * {@code Implemented} answer and to the {@code OnActivate} answer.
	 * @return the timings, each from the process start (or the attach call)
	 */
	public StartTimings startTimings() {
		Optional<Duration> handshake = (this.process != null) ? this.process.timeToHandshake() : Optional.empty();
		return new StartTimings(handshake, since(this.connection.implementedNanos()),
				since(this.connection.activatedNanos()));
	}

	private Duration since(long nanos) {
		return Duration.ofNanos(nanos - this.startedNanos);
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
		return this.connection.target();
	}

	/**
	 * Returns the channel to the plugin, for calls this class does not offer.
	 * @return the channel; closed by the driver
	 */
	public Channel channel() {
		return this.connection.channel();
	}

	/**
	 * Returns the plugin process.
	 * @return the process, or empty for an attached plugin
	 */
	public Optional<Process> process() {
		return Optional.ofNullable(this.process).map(PluginProcess::process);
	}

	/**
	 * Returns the handle of the plugin process, for watching it (its children, its CPU
	 * time) from outside, as a benchmark does.
	 * @return the process handle; it stays valid after the process ended
	 * @throws IllegalStateException for an attached plugin
	 */
	public ProcessHandle processHandle() {
		requireProcess();
		return this.process.process().toHandle();
	}

	/**
	 * Returns the operating system's id of the plugin process.
	 * @return the pid
	 * @throws IllegalStateException for an attached plugin
	 */
	public long pid() {
		requireProcess();
		return this.process.process().pid();
	}

	/**
	 * Returns every complete line the plugin printed on stdout so far, the handshake line
	 * first. A well-behaved plugin prints nothing else.
	 * @return a copy of the lines
	 * @throws IllegalStateException for an attached plugin
	 */
	public List<String> stdoutLines() {
		requireProcess();
		return this.process.stdout().lines();
	}

	/**
	 * Returns every complete line the plugin printed on stderr so far: what becomes the
	 * server log.
	 * @return a copy of the lines
	 * @throws IllegalStateException for an attached plugin
	 */
	public List<String> stderrLines() {
		requireProcess();
		return this.process.stderr().lines();
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
		return this.process.stderr()
			.awaitLine(condition, timeout)
			.orElseThrow(() -> new AssertionError("No matching line on the plugin's stderr within "
					+ timeout.toMillis() + " ms" + this.process.stderrTail()));
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
		ProcessOutput stdout = this.process.stdout();
		return stdout.awaitLine(condition, timeout)
			.orElseThrow(() -> new AssertionError("No matching line on the plugin's stdout within "
					+ timeout.toMillis() + " ms; stdout: " + stdout.lines()));
	}

	/**
	 * Returns every complete line that arrived on go-plugin's stdio stream
	 * ({@code plugin.GRPCStdio/StreamStdio}) so far, from both channels in order of
	 * arrival. go-plugin copies these to the server's own stdout and stderr.
	 * @return a copy of the lines; empty for a plugin that does not serve the stream
	 */
	public List<String> stdioLines() {
		return this.connection.stdio().lines();
	}

	/**
	 * Returns every complete line that arrived on one channel of go-plugin's stdio stream.
	 * @param channel {@code STDOUT} or {@code STDERR}
	 * @return a copy of the lines
	 */
	public List<String> stdioLines(StdioData.Channel channel) {
		return this.connection.stdio(channel).lines();
	}

	/**
	 * Waits for a line on go-plugin's stdio stream, either channel, among those already
	 * received and those to come.
	 * @param condition what the line must satisfy
	 * @param timeout how long to wait at most
	 * @return the first matching line
	 * @throws AssertionError when no line matched in time or the stream ended without one
	 */
	public String awaitStdioLine(Predicate<String> condition, Duration timeout) {
		ProcessOutput stdio = this.connection.stdio();
		return stdio.awaitLine(condition, timeout)
			.orElseThrow(() -> new AssertionError("No matching line on the plugin's stdio stream within "
					+ timeout.toMillis() + " ms; stdio: " + stdio.lines()));
	}

	/**
	 * Returns what go-plugin would log as warnings about the plugin's connection, such as
	 * "stdio service not available" for a plugin that does not serve
	 * {@code plugin.GRPCStdio}. None of them stops the plugin.
	 * @return a copy of the warnings, in order
	 */
	public List<String> warnings() {
		return this.connection.warnings();
	}

	private void requireProcess() {
		if (this.process == null) {
			throw new IllegalStateException("An attached plugin has no process of its own");
		}
	}

	/**
	 * Shuts the plugin down as the server and go-plugin do: {@code OnDeactivate} (when
	 * implemented), then {@code GRPCController.Shutdown}, then the connection is closed with
	 * its broker and stdio streams, then up to 2 seconds for the process to exit and close
	 * its output, then a kill. When {@code Shutdown} fails, go-plugin does not wait: it
	 * kills at once, and so does the driver. Calling it again returns the first result.
	 * @return how the plugin ended
	 */
	public synchronized ShutdownResult shutdown() {
		if (this.shutdownResult != null) {
			return this.shutdownResult;
		}
		List<String> problems = new ArrayList<>();
		this.connection.deactivate(problems);
		return stop(problems);
	}

	private ShutdownResult stop(List<String> problems) {
		boolean graceful = this.connection.requestShutdown(problems);
		long answered = System.nanoTime();
		this.connection.close();
		long deadline = answered + EXIT_GRACE.toNanos();
		ShutdownResult result;
		if (this.process != null) {
			boolean exited = graceful && this.process.awaitEnd(deadline);
			Duration timeToExit = Duration.ofNanos(System.nanoTime() - answered);
			this.process.kill();
			result = new ShutdownResult(OptionalInt.of(this.process.process().exitValue()), exited, timeToExit,
					problems);
		}
		else {
			boolean stopped = graceful && PluginConnection.awaitServerEnd(this.connection.target(), deadline);
			result = new ShutdownResult(OptionalInt.empty(), stopped, Duration.ofNanos(System.nanoTime() - answered),
					problems);
		}
		this.shutdownResult = result;
		return result;
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
		this.connection.close();
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
			this.connection.close();
			if (this.process != null) {
				this.process.kill();
			}
		}
	}

}

package dev.pluginkit.mattermost.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.protobuf.Message;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.internal.ConfigurationService;
import dev.pluginkit.mattermost.test.internal.FakeData;
import dev.pluginkit.mattermost.test.internal.FakeParts;
import dev.pluginkit.mattermost.test.internal.FakePluginApiService;
import dev.pluginkit.mattermost.test.internal.ProtoValues;
import dev.pluginkit.mattermost.test.internal.ScriptedAnswers;
import dev.pluginkit.mattermost.test.internal.ScriptedFaults;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * An in-memory Mattermost server for tests: it serves the {@code PluginAPI} gRPC service
 * the way a real server does for a plugin, either on {@code 127.0.0.1} with a random port
 * or in-process.
 *
 * <p>It answers the RPCs it implements from in-memory state, records what the plugin
 * logged, and answers {@code UNIMPLEMENTED} for every other RPC, as a server without that
 * handler would. A test can script the answer of any RPC, read back the requests each RPC
 * received, make any RPC fail with a gRPC status or an embedded {@link AppError}, or answer
 * late; all of that is thread-safe. Like the real server, it accepts at most 4 MiB per
 * request and sends {@code GOAWAY too_many_pings} to clients whose keepalive pings come
 * more often than every 5 minutes, or at all while no call is active.
 *
 * <pre>{@code
 * try (InMemoryMattermost mattermost = InMemoryMattermost.start()) {
 *     // point the plugin at mattermost.target(), run it, then assert:
 *     assertThat(mattermost.logEntries()).extracting(LogEntry::message).contains("activated");
 * }
 * }</pre>
 */
public final class InMemoryMattermost implements AutoCloseable {

	/** What the real server accepts per request message: grpc-go's default. */
	public static final int MAX_REQUEST_SIZE = 4 * 1024 * 1024;

	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

	private static final Set<String> RPC_NAMES = PluginAPIGrpc.getServiceDescriptor()
		.getMethods()
		.stream()
		.map(MethodDescriptor::getBareMethodName)
		.collect(Collectors.toUnmodifiableSet());

	private final FakePluginApiService service;

	/** The channels {@link #newChannel()} opened, shut down with the server. */
	private final List<ManagedChannel> channels = new CopyOnWriteArrayList<>();

	private final MattermostClock clock;

	private final FakeData data;

	private final ScriptedFaults faults;

	private final ScriptedAnswers answers;

	private final Server server;

	private final String inProcessName;

	/**
	 * The server's own event loop, or {@code null} in-process: NIO frees a closed listening
	 * socket only when its selector next runs, and shutting the loop down makes that happen
	 * before {@link #close()} returns.
	 */
	private final EventLoopGroup eventLoops;

	private InMemoryMattermost(MattermostClock clock, FakeParts parts, ScriptedFaults faults, ScriptedAnswers answers,
			Server server, String inProcessName, EventLoopGroup eventLoops) {
		this.clock = clock;
		this.data = parts.data();
		this.service = parts.system();
		this.faults = faults;
		this.answers = answers;
		this.server = server;
		this.inProcessName = inProcessName;
		this.eventLoops = eventLoops;
	}

	/**
	 * Starts a server on {@code 127.0.0.1} with a port chosen by the operating system.
	 * @return the running server
	 */
	public static InMemoryMattermost start() {
		MattermostClock clock = new MattermostClock(System.currentTimeMillis());
		FakeParts parts = new FakeParts(new FakeData(clock::millis));
		ScriptedFaults faults = new ScriptedFaults();
		ScriptedAnswers answers = new ScriptedAnswers();
		EventLoopGroup eventLoops = new NioEventLoopGroup(1, new DefaultThreadFactory("in-memory-mattermost", true));
		Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
			.channelType(NioServerSocketChannel.class)
			.bossEventLoopGroup(eventLoops)
			.workerEventLoopGroup(eventLoops)
			.addService(ServerInterceptors.intercept(parts.service(), answers, faults))
			.maxInboundMessageSize(MAX_REQUEST_SIZE)
			.permitKeepAliveTime(5, TimeUnit.MINUTES)
			.permitKeepAliveWithoutCalls(false)
			.build();
		return new InMemoryMattermost(clock, parts, faults, answers, started(server, eventLoops), null, eventLoops);
	}

	/**
	 * Starts a server that is reachable only from this JVM, under a unique in-process
	 * name.
	 * @return the running server
	 */
	public static InMemoryMattermost startInProcess() {
		MattermostClock clock = new MattermostClock(System.currentTimeMillis());
		FakeParts parts = new FakeParts(new FakeData(clock::millis));
		ScriptedFaults faults = new ScriptedFaults();
		ScriptedAnswers answers = new ScriptedAnswers();
		String name = "in-memory-mattermost-" + UUID.randomUUID();
		Server server = InProcessServerBuilder.forName(name)
			.addService(ServerInterceptors.intercept(parts.service(), answers, faults))
			.maxInboundMessageSize(MAX_REQUEST_SIZE)
			.build();
		return new InMemoryMattermost(clock, parts, faults, answers, started(server, null), name, null);
	}

	private static Server started(Server server, EventLoopGroup eventLoops) {
		try {
			return server.start();
		}
		catch (IOException ex) {
			if (eventLoops != null) {
				eventLoops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
			}
			throw new UncheckedIOException("Could not start the in-memory Mattermost server", ex);
		}
	}

	/**
	 * Returns the target a plugin should use, the value for
	 * {@code mattermost.plugin.api.target}: {@code 127.0.0.1:<port>}, or
	 * {@code in-process:<name>} for an in-process server.
	 * @return the target
	 */
	public String target() {
		return isInProcess() ? "in-process:" + this.inProcessName : "127.0.0.1:" + port();
	}

	/**
	 * Returns the TCP port the server listens on.
	 * @return the port
	 * @throws IllegalStateException for an in-process server, which has none
	 */
	public int port() {
		if (isInProcess()) {
			throw new IllegalStateException("An in-process server has no port; use target()");
		}
		return ((InetSocketAddress) this.server.getListenSockets().get(0)).getPort();
	}

	/**
	 * Opens a plaintext channel to this server, for tests that build clients by hand. The
	 * caller may shut it down; {@link #close()} shuts down every channel this method opened
	 * that is still open.
	 * @return a new channel
	 */
	public ManagedChannel newChannel() {
		ManagedChannel channel = isInProcess() ? InProcessChannelBuilder.forName(this.inProcessName).build()
				: NettyChannelBuilder.forAddress("127.0.0.1", port()).usePlaintext().build();
		this.channels.add(channel);
		return channel;
	}

	/**
	 * Sets the version that {@code GetServerVersion} answers.
	 * @param serverVersion the version, for example {@code 10.11.0}
	 * @return this server
	 */
	public InMemoryMattermost setServerVersion(String serverVersion) {
		this.service.setServerVersion(serverVersion);
		return this;
	}

	/**
	 * Sets the date that {@code GetSystemInstallDate} answers.
	 * @param installDate milliseconds since the epoch
	 * @return this server
	 */
	public InMemoryMattermost setSystemInstallDate(long installDate) {
		this.service.setSystemInstallDate(installDate);
		return this;
	}

	/**
	 * Sets the id that {@code GetDiagnosticId} answers.
	 * @param diagnosticId the diagnostic id
	 * @return this server
	 */
	public InMemoryMattermost setDiagnosticId(String diagnosticId) {
		this.service.setDiagnosticId(diagnosticId);
		return this;
	}

	/**
	 * Returns the server's clock, which stamps everything the server writes and decides
	 * when KV entries expire; a test moves it on instead of waiting.
	 * @return the clock
	 */
	public MattermostClock clock() {
		return this.clock;
	}

	/**
	 * Seeds and inspects the users of this server.
	 * @return the users of this server
	 */
	public InMemoryUsers users() {
		return new InMemoryUsers(this.data);
	}

	/**
	 * Seeds and inspects the teams and team members of this server.
	 * @return the teams of this server
	 */
	public InMemoryTeams teams() {
		return new InMemoryTeams(this.data);
	}

	/**
	 * Seeds and inspects the channels and channel members of this server.
	 * @return the channels of this server
	 */
	public InMemoryChannels channels() {
		return new InMemoryChannels(this.data);
	}

	/**
	 * Seeds and inspects the posts and reactions of this server.
	 * @return the posts of this server
	 */
	public InMemoryPosts posts() {
		return new InMemoryPosts(this.data);
	}

	/**
	 * Seeds and inspects the KV store of this server.
	 * @return the kv of this server
	 */
	public InMemoryKvStore kv() {
		return new InMemoryKvStore(this.data);
	}

	/**
	 * Seeds and inspects the bots of this server.
	 * @return the bots of this server
	 */
	public InMemoryBots bots() {
		return new InMemoryBots(this.data);
	}

	/**
	 * Seeds and inspects the files of this server.
	 * @return the files of this server
	 */
	public InMemoryFiles files() {
		return new InMemoryFiles(this.data);
	}

	/**
	 * Inspects the slash commands registered with an in-memory server of this server.
	 * @return the commands of this server
	 */
	public InMemoryCommands commands() {
		return new InMemoryCommands(this.data);
	}

	/**
	 * Issues trigger ids and inspects the interactive dialogs plugins opened on this
	 * server.
	 * @return the dialogs of this server
	 */
	public InMemoryDialogs dialogs() {
		return new InMemoryDialogs(this.data);
	}

	/**
	 * Sets this plugin's settings, as {@code GetPluginConfig} and
	 * {@code LoadPluginConfiguration} answer them and as a plugin's {@code SavePluginConfig}
	 * would have stored them.
	 * @param settings the settings; values are strings, numbers, booleans, lists or maps
	 * @return this server
	 */
	public InMemoryMattermost setPluginConfig(Map<String, ?> settings) {
		this.data.pluginConfig = ConfigurationService.pluginConfig(settings);
		return this;
	}

	/**
	 * Returns this plugin's settings as stored, for example after the plugin saved them.
	 * @return the settings as plain Java values (numbers are {@code Double}s)
	 */
	public Map<String, Object> pluginConfig() {
		return ProtoValues.toJava(this.data.pluginConfig);
	}

	/**
	 * Installs a licence, which {@code GetLicense} then answers; by default the server has
	 * none, as an unlicensed server, and {@link #reset()} removes it again.
	 * @param licenseJson the licence as a JSON object, or {@code null} for none
	 * @return this server
	 */
	public InMemoryMattermost setLicense(String licenseJson) {
		this.data.licenseJson = (licenseJson != null) ? ByteString.copyFromUtf8(licenseJson) : ByteString.EMPTY;
		return this;
	}

	/**
	 * Returns every line the plugin wrote to the server log, oldest first.
	 * @return a snapshot of the log
	 */
	public List<LogEntry> logEntries() {
		return List.copyOf(this.service.logEntries());
	}

	/**
	 * Makes every later call of an RPC answer with a response, instead of the answer of this
	 * server's own implementation or {@code UNIMPLEMENTED}; the implementation does not see
	 * those calls (a scripted {@code LogInfo} adds no {@link #logEntries() log entry}). A
	 * failure scripted with {@link #failWith(String, Status)} or
	 * {@link #failWithAppError(String, AppError)} wins over it, and a
	 * {@link #delay(String, Duration)} applies to it.
	 * @param <ReqT> the RPC's request type
	 * @param <RespT> the RPC's response type
	 * @param rpc the RPC, for example {@code PluginAPIGrpc.getGetUserMethod()}
	 * @param response the response to answer with
	 * @return this server
	 */
	public <ReqT, RespT> InMemoryMattermost answer(MethodDescriptor<ReqT, RespT> rpc, RespT response) {
		ScriptedAnswers.checkResponse(checkedRpc(rpc), response);
		this.answers.answer(rpc, (request) -> response);
		return this;
	}

	/**
	 * Makes every later call of an RPC answer with a response computed from its request,
	 * with the same precedence as {@link #answer(MethodDescriptor, Object)}. A
	 * {@link StatusRuntimeException} thrown by the responder answers its status; any other
	 * exception answers {@code INTERNAL} with the exception's message.
	 * <pre>{@code
	 * mattermost.answerWith(PluginAPIGrpc.getGetUserMethod(), (request) -> GetUserResponse.newBuilder()
	 *     .setUser(User.newBuilder().setId(request.getUserId())).build());
	 * }</pre>
	 * @param <ReqT> the RPC's request type
	 * @param <RespT> the RPC's response type
	 * @param rpc the RPC, for example {@code PluginAPIGrpc.getGetUserMethod()}
	 * @param responder computes the response from the request
	 * @return this server
	 */
	public <ReqT, RespT> InMemoryMattermost answerWith(MethodDescriptor<ReqT, RespT> rpc,
			Function<? super ReqT, ? extends RespT> responder) {
		this.answers.answer(checkedRpc(rpc), responder);
		return this;
	}

	/**
	 * Makes every later call of an RPC, named as in the contract, answer with a response,
	 * with the same precedence as {@link #answer(MethodDescriptor, Object)}.
	 * @param rpc the RPC's name as in the contract, for example {@code GetUser}
	 * @param response the response to answer with, of the RPC's response type, for example
	 * a {@code GetUserResponse}
	 * @return this server
	 * @throws IllegalArgumentException if the response is not of the RPC's response type
	 */
	public InMemoryMattermost answer(String rpc, Message response) {
		this.answers.answer(checkedRpcName(rpc), response);
		return this;
	}

	/**
	 * Returns the requests an RPC received, whatever answered them: a scripted answer, this
	 * server's own implementation, a scripted failure or {@code UNIMPLEMENTED}.
	 * @param <ReqT> the RPC's request type
	 * @param rpc the RPC, for example {@code PluginAPIGrpc.getGetUserMethod()}
	 * @return a snapshot of the requests since the start or the last {@link #reset()},
	 * oldest first
	 */
	public <ReqT> List<ReqT> requests(MethodDescriptor<ReqT, ?> rpc) {
		return this.answers.requests(checkedRpc(rpc).getBareMethodName());
	}

	/**
	 * Returns the requests an RPC, named as in the contract, received, whatever answered
	 * them.
	 * @param rpc the RPC's name as in the contract, for example {@code GetUser}
	 * @return a snapshot of the requests since the start or the last {@link #reset()},
	 * oldest first
	 */
	public List<Message> requests(String rpc) {
		return this.answers.requests(checkedRpcName(rpc));
	}

	/**
	 * Makes every later call of an RPC fail with a gRPC status, as the server's user, team,
	 * channel and most other handlers report errors.
	 * @param rpc the RPC's name as in the contract, for example {@code GetUser}
	 * @param status the status to answer with, for example
	 * {@code Status.NOT_FOUND.withDescription("app.user.missing: User not found.")}
	 * @return this server
	 */
	public InMemoryMattermost failWith(String rpc, Status status) {
		this.faults.failWith(checkedRpcName(rpc), status);
		return this;
	}

	/**
	 * Makes every later call of an RPC answer with an {@link AppError} in field 1 of the
	 * response, as the server's KV store, post and file handlers report errors.
	 * @param rpc the RPC's name as in the contract, for example {@code KVGet}
	 * @param appError the error; its id must not be empty
	 * @return this server
	 */
	public InMemoryMattermost failWithAppError(String rpc, AppError appError) {
		this.faults.failWithAppError(checkedRpcName(rpc), appError);
		return this;
	}

	/**
	 * Makes every later call of an RPC answer only after a delay.
	 * @param rpc the RPC's name as in the contract
	 * @param delay how long to wait before answering
	 * @return this server
	 */
	public InMemoryMattermost delay(String rpc, Duration delay) {
		this.faults.delay(checkedRpcName(rpc), delay);
		return this;
	}

	/**
	 * Returns how many calls of an RPC have reached this server.
	 * @param rpc the RPC's name as in the contract
	 * @return the number of calls since the start or the last {@link #reset()}
	 */
	public long callCount(String rpc) {
		return this.faults.callCount(checkedRpcName(rpc));
	}

	/**
	 * Forgets every scripted answer, failure and delay, and every call count, request and
	 * log line.
	 */
	public void reset() {
		this.faults.reset();
		this.answers.reset();
		this.service.logEntries().clear();
		this.data.clear();
	}

	/**
	 * Stops the server and the channels {@link #newChannel()} opened: calls in flight are
	 * cancelled, and once this returns its port refuses connections and can be bound again.
	 */
	@Override
	public void close() {
		this.channels.forEach(ManagedChannel::shutdownNow);
		this.channels.clear();
		this.faults.close();
		this.server.shutdownNow();
		try {
			this.server.awaitTermination(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (this.eventLoops != null) {
				this.eventLoops.shutdownGracefully(0, SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
					.await(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean isInProcess() {
		return this.inProcessName != null;
	}

	private static <D extends MethodDescriptor<?, ?>> D checkedRpc(D rpc) {
		if (!PluginAPIGrpc.SERVICE_NAME.equals(rpc.getServiceName()) || !RPC_NAMES.contains(rpc.getBareMethodName())) {
			throw new IllegalArgumentException(
					"'" + rpc.getFullMethodName() + "' is not an RPC of mattermost.pluginapi.v1.PluginAPI");
		}
		return rpc;
	}

	private static String checkedRpcName(String rpc) {
		if (!RPC_NAMES.contains(rpc)) {
			throw new IllegalArgumentException("'" + rpc + "' is not an RPC of mattermost.pluginapi.v1.PluginAPI");
		}
		return rpc;
	}

}

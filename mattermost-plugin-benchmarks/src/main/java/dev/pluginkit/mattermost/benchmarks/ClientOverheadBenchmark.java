package dev.pluginkit.mattermost.benchmarks;

import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.google.protobuf.Value;
import dev.pluginkit.mattermost.client.AsyncPluginAPIClient;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.KeyValuePair;
import dev.pluginkit.mattermost.pluginapi.v1.LogInfoRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of a call through {@link PluginAPIClient} and {@link AsyncPluginAPIClient}
 * against the raw generated stubs, on the same channel to an {@link InMemoryMattermost}
 * over loopback TCP.
 *
 * <p>Each benchmark is named {@code <rpc><shape><side>}: the RPC ({@code getServerVersion}
 * or {@code logInfo}), the shape ({@code Blocking1} and {@code Blocking8}: blocking calls
 * from 1 or 8 threads; {@code Async64}: batches of {@value #IN_FLIGHT} calls started
 * together and then awaited in order), and the side ({@code Ours} or {@code Raw}). Scores
 * are calls per second, summed over threads. {@link ClientOverheadMain} runs them all and
 * prints the ratio ours/raw of each pair.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClientOverheadBenchmark {

	/** How many asynchronous calls one operation of an {@code Async64} benchmark keeps in flight. */
	public static final int IN_FLIGHT = 64;

	private static final GetServerVersionRequest GET_SERVER_VERSION = GetServerVersionRequest.getDefaultInstance();

	private static final String MESSAGE = "benchmark";

	/**
	 * One server and one channel per trial, with our clients and the raw stubs all built
	 * over that channel.
	 */
	@State(Scope.Benchmark)
	public static class Connection {

		private InMemoryMattermost mattermost;

		private ManagedChannel channel;

		private ScheduledExecutorService logTrimmer;

		PluginAPIClient ours;

		AsyncPluginAPIClient oursAsync;

		PluginAPIGrpc.PluginAPIBlockingStub raw;

		PluginAPIGrpc.PluginAPIFutureStub rawAsync;

		/** Starts the server, connects, and builds both sides over the one channel. */
		@Setup(Level.Trial)
		public void open() {
			this.mattermost = InMemoryMattermost.start().setServerVersion("10.11.0");
			this.channel = this.mattermost.newChannel();
			this.ours = PluginAPIClient.create(this.channel);
			this.oursAsync = AsyncPluginAPIClient.create(this.channel);
			this.raw = PluginAPIGrpc.newBlockingStub(this.channel);
			this.rawAsync = PluginAPIGrpc.newFutureStub(this.channel);
			this.raw.getServerVersion(GET_SERVER_VERSION);
			// The server records each log line in a copy-on-write list, whose appends cost
			// more the longer it is: keep it short so that LogInfo measures the call.
			this.logTrimmer = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "log-trimmer");
				thread.setDaemon(true);
				return thread;
			});
			this.logTrimmer.scheduleWithFixedDelay(this.mattermost::reset, 10, 10, TimeUnit.MILLISECONDS);
		}

		/**
		 * Closes the channel and stops the server.
		 * @throws InterruptedException if interrupted while waiting for the channel
		 */
		@TearDown(Level.Trial)
		public void close() throws InterruptedException {
			this.logTrimmer.shutdownNow();
			this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			this.mattermost.close();
		}

	}

	/**
	 * Our blocking {@code getServerVersion()} from one thread.
	 * @param c the connection
	 * @return the version
	 */
	@Benchmark
	@Threads(1)
	public Object getServerVersionBlocking1Ours(Connection c) {
		return c.ours.getServerVersion();
	}

	/**
	 * The raw blocking stub's {@code GetServerVersion} from one thread.
	 * @param c the connection
	 * @return the response
	 */
	@Benchmark
	@Threads(1)
	public Object getServerVersionBlocking1Raw(Connection c) {
		return c.raw.getServerVersion(GET_SERVER_VERSION);
	}

	/**
	 * Our blocking {@code getServerVersion()} from eight threads.
	 * @param c the connection
	 * @return the version
	 */
	@Benchmark
	@Threads(8)
	public Object getServerVersionBlocking8Ours(Connection c) {
		return c.ours.getServerVersion();
	}

	/**
	 * The raw blocking stub's {@code GetServerVersion} from eight threads.
	 * @param c the connection
	 * @return the response
	 */
	@Benchmark
	@Threads(8)
	public Object getServerVersionBlocking8Raw(Connection c) {
		return c.raw.getServerVersion(GET_SERVER_VERSION);
	}

	/**
	 * Our asynchronous {@code getServerVersion()}, {@value #IN_FLIGHT} at a time.
	 * @param c the connection
	 * @param bh consumes the results
	 * @throws Exception if a call fails
	 */
	@Benchmark
	@OperationsPerInvocation(IN_FLIGHT)
	public void getServerVersionAsync64Ours(Connection c, Blackhole bh) throws Exception {
		inFlight(c.oursAsync::getServerVersion, bh);
	}

	/**
	 * The raw future stub's {@code GetServerVersion}, {@value #IN_FLIGHT} at a time.
	 * @param c the connection
	 * @param bh consumes the results
	 * @throws Exception if a call fails
	 */
	@Benchmark
	@OperationsPerInvocation(IN_FLIGHT)
	public void getServerVersionAsync64Raw(Connection c, Blackhole bh) throws Exception {
		inFlight(() -> c.rawAsync.getServerVersion(GET_SERVER_VERSION), bh);
	}

	/**
	 * Our blocking {@code logInfo} with one key-value pair, from one thread.
	 * @param c the connection
	 */
	@Benchmark
	@Threads(1)
	public void logInfoBlocking1Ours(Connection c) {
		c.ours.logInfo(MESSAGE, "k", "v");
	}

	/**
	 * The raw blocking stub's {@code LogInfo} with one key-value pair, from one thread.
	 * @param c the connection
	 * @return the response
	 */
	@Benchmark
	@Threads(1)
	public Object logInfoBlocking1Raw(Connection c) {
		return c.raw.logInfo(logInfoRequest());
	}

	/**
	 * Our blocking {@code logInfo} with one key-value pair, from eight threads.
	 * @param c the connection
	 */
	@Benchmark
	@Threads(8)
	public void logInfoBlocking8Ours(Connection c) {
		c.ours.logInfo(MESSAGE, "k", "v");
	}

	/**
	 * The raw blocking stub's {@code LogInfo} with one key-value pair, from eight threads.
	 * @param c the connection
	 * @return the response
	 */
	@Benchmark
	@Threads(8)
	public Object logInfoBlocking8Raw(Connection c) {
		return c.raw.logInfo(logInfoRequest());
	}

	/**
	 * Our asynchronous {@code logInfo}, {@value #IN_FLIGHT} at a time.
	 * @param c the connection
	 * @param bh consumes the results
	 * @throws Exception if a call fails
	 */
	@Benchmark
	@OperationsPerInvocation(IN_FLIGHT)
	public void logInfoAsync64Ours(Connection c, Blackhole bh) throws Exception {
		inFlight(() -> c.oursAsync.logInfo(MESSAGE, "k", "v"), bh);
	}

	/**
	 * The raw future stub's {@code LogInfo}, {@value #IN_FLIGHT} at a time.
	 * @param c the connection
	 * @param bh consumes the results
	 * @throws Exception if a call fails
	 */
	@Benchmark
	@OperationsPerInvocation(IN_FLIGHT)
	public void logInfoAsync64Raw(Connection c, Blackhole bh) throws Exception {
		inFlight(() -> c.rawAsync.logInfo(logInfoRequest()), bh);
	}

	/** What our {@code logInfo(MESSAGE, "k", "v")} sends, built per call as it does. */
	private static LogInfoRequest logInfoRequest() {
		return LogInfoRequest.newBuilder()
			.setMsg(MESSAGE)
			.addKeyValuePairs(KeyValuePair.newBuilder().setKey("k").setValue(Value.newBuilder().setStringValue("v")))
			.build();
	}

	/** Starts {@link #IN_FLIGHT} calls, then waits for each in turn. */
	private static void inFlight(Supplier<? extends Future<?>> call, Blackhole bh) throws Exception {
		Future<?>[] calls = new Future<?>[IN_FLIGHT];
		for (int i = 0; i < IN_FLIGHT; i++) {
			calls[i] = call.get();
		}
		for (Future<?> pending : calls) {
			bh.consume(pending.get());
		}
	}

}

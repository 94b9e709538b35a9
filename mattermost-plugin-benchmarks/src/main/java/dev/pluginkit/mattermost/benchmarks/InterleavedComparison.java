package dev.pluginkit.mattermost.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;

/**
 * One-thread blocking calls of the same RPC through several sides, interleaved in short
 * rounds within one JVM, so that whatever else the machine does weighs on every side alike.
 * On a shared two-core machine, where JMH's sides run one after the other and their
 * confidence intervals stay wide, this tells small differences apart.
 *
 * <p>It compares GetServerVersion through the raw blocking stub, the raw stub with the
 * same 30 s deadline our client sets on every call, and our {@link PluginAPIClient}; and
 * MessageWillBePosted through our hooks server and a raw servicer
 * ({@link HookRoundTripBenchmark}'s two sides); and ServeHTTP echoes of 1 KiB and 1 MiB through
 * Spring MVC behind our bridge and through a raw servicer
 * ({@link ServeHttpRoundTripBenchmark}'s sides).
 */
public final class InterleavedComparison {

	private static final int ROUNDS = 40;

	private static final int WARMUP_ROUNDS = 10;

	private static final int CALLS_PER_ROUND = 2000;

	private InterleavedComparison() {
	}

	/**
	 * Runs the comparisons and prints the mean time of a call per side.
	 * @param args {@code servehttp} to run only the ServeHTTP comparisons
	 * @throws Exception if a server cannot start
	 */
	public static void main(String[] args) throws Exception {
		if (args.length == 0 || !args[0].equals("servehttp")) {
			compareCallsAndHooks();
		}
		compareServeHttp();
	}

	private static void compareCallsAndHooks() throws Exception {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start()) {
			ManagedChannel channel = mattermost.newChannel();
			PluginAPIClient ours = PluginAPIClient.create(channel);
			PluginAPIGrpc.PluginAPIBlockingStub raw = PluginAPIGrpc.newBlockingStub(channel);
			GetServerVersionRequest request = GetServerVersionRequest.getDefaultInstance();
			Map<String, Runnable> sides = new LinkedHashMap<>();
			sides.put("GetServerVersion, raw stub", () -> raw.getServerVersion(request));
			sides.put("GetServerVersion, raw stub with a 30 s deadline",
					() -> raw.withDeadlineAfter(30, TimeUnit.SECONDS).getServerVersion(request));
			sides.put("GetServerVersion, PluginAPIClient", ours::getServerVersion);
			print(compare(sides));
			channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		}
		HookRoundTripBenchmark hooks = new HookRoundTripBenchmark();
		hooks.start();
		try {
			Map<String, Runnable> sides = new LinkedHashMap<>();
			sides.put("MessageWillBePosted, raw servicer", hooks::hookMessageWillBePosted1Raw);
			sides.put("MessageWillBePosted, our hooks server", hooks::hookMessageWillBePosted1Ours);
			print(compare(sides));
		}
		finally {
			hooks.stop();
		}
	}

	private static void compareServeHttp() throws Exception {
		ServeHttpRoundTripBenchmark http = new ServeHttpRoundTripBenchmark();
		http.start();
		try {
			Map<String, Runnable> small = new LinkedHashMap<>();
			small.put("ServeHTTP 1 KiB echo, raw servicer", unchecked(http::echo1KiBRaw));
			small.put("ServeHTTP 1 KiB echo, Spring MVC through our bridge", unchecked(http::echo1KiBOurs));
			print(compare(small, CALLS_PER_ROUND / 2));
			Map<String, Runnable> large = new LinkedHashMap<>();
			large.put("ServeHTTP 1 MiB echo, raw servicer", unchecked(http::echo1MiBRaw));
			large.put("ServeHTTP 1 MiB echo, Spring MVC through our bridge", unchecked(http::echo1MiBOurs));
			print(compare(large, 40));
		}
		finally {
			http.stop();
		}
	}

	private static Runnable unchecked(java.util.concurrent.Callable<?> call) {
		return () -> {
			try {
				call.call();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	private static Map<String, Double> compare(Map<String, Runnable> sides) {
		return compare(sides, CALLS_PER_ROUND);
	}

	private static Map<String, Double> compare(Map<String, Runnable> sides, int callsPerRound) {
		List<String> names = new ArrayList<>(sides.keySet());
		long[] nanos = new long[names.size()];
		for (int round = 0; round < ROUNDS; round++) {
			for (int side = 0; side < names.size(); side++) {
				Runnable call = sides.get(names.get(side));
				long start = System.nanoTime();
				for (int i = 0; i < callsPerRound; i++) {
					call.run();
				}
				if (round >= WARMUP_ROUNDS) {
					nanos[side] += System.nanoTime() - start;
				}
			}
		}
		Map<String, Double> micros = new LinkedHashMap<>();
		long calls = (long) (ROUNDS - WARMUP_ROUNDS) * callsPerRound;
		for (int side = 0; side < names.size(); side++) {
			micros.put(names.get(side), nanos[side] / 1000.0 / calls);
		}
		return micros;
	}

	private static void print(Map<String, Double> micros) {
		double first = micros.values().iterator().next();
		micros.forEach((side, time) -> System.out.printf("%-50s %8.1f us per call   throughput ratio to the first %.2f%n",
				side, time, first / time));
		System.out.println();
	}

}

package dev.pluginkit.mattermost.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginBundle;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;
import dev.pluginkit.mattermost.test.driver.ShutdownResult;
import dev.pluginkit.mattermost.test.driver.StartTimings;

/**
 * How fast a plugin bundle starts as the Mattermost server starts it, and how much memory
 * it then holds. Each launch unpacks the bundle into a fresh folder as the server does
 * ({@link PluginBundle#unpack}), runs it with {@link PluginDriver} against its own
 * {@link InMemoryMattermost}, and records the driver's {@link PluginDriver#startTimings()},
 * each from the process start:
 * <ul>
 * <li><b>handshake</b>: the handshake line on stdout, which the server wants within 3 s;</li>
 * <li><b>ready</b>: the answer to {@code Implemented}, the call the server makes next;</li>
 * <li><b>activated</b>: {@code OnActivate} answered;</li>
 * <li>then, after the plugin has idled for a while, its resident memory and thread count
 * from {@code /proc/<pid>/status}.</li>
 * </ul>
 * It launches the bundle {@code runs} times one after the other, then {@code concurrent}
 * times at once, as a server starting all its plugins does, and prints the median, minimum
 * and maximum of each figure.
 *
 * <p>Arguments: the bundle's path, then any of {@code --runs=10}, {@code --concurrent=4},
 * {@code --idle=5} (seconds), {@code --warmup=1} (launches not counted, which fill the
 * file system cache as a long-running server host has it) and
 * {@code --jvm-options=<file>}, which replaces the bundle's {@code jvm.options} in every
 * copy, to compare settings without rebuilding.

 */
public final class PluginStartBenchmark {

	private static final Pattern JAVA_VERSION = Pattern.compile("using Java (\\S+)");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Path bundle;

	private final Path work;

	/** Plugin processes still running, for the shutdown hook of an interrupted benchmark. */
	private final Set<Process> running = ConcurrentHashMap.newKeySet();

	private final Path jvmOptions;

	private PluginStartBenchmark(Path bundle, Path work, Path jvmOptions) {
		this.bundle = bundle;
		this.work = work;
		this.jvmOptions = jvmOptions;
	}

	/**
	 * Runs the benchmark and prints its figures.
	 * @param args the bundle, then options (see the class description)
	 * @throws Exception if a plugin fails to start or the bundle cannot be unpacked
	 */
	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].startsWith("--")) {
			System.out.println("Usage: PluginStartBenchmark <bundle.tar.gz> [--runs=10] [--concurrent=4] "
					+ "[--idle=5] [--warmup=1] [--jvm-options=<file>]");
			System.exit(2);
		}
		Path bundle = Path.of(args[0]).toAbsolutePath();
		int runs = option(args, "runs", 10);
		int concurrent = option(args, "concurrent", 4);
		int idleSeconds = option(args, "idle", 5);
		int warmup = option(args, "warmup", 1);
		String jvmOptions = stringOption(args, "jvm-options");
		Path work = Files.createTempDirectory("plugin-start-benchmark");
		PrintStream out = System.out;
		PluginStartBenchmark benchmark = new PluginStartBenchmark(bundle, work,
				(jvmOptions != null) ? Path.of(jvmOptions).toAbsolutePath() : null);
		// Stopped with Ctrl-C, the benchmark must not leave plugin JVMs behind.
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> benchmark.running.forEach(Process::destroyForcibly), "plugin-reaper"));
		try {
			out.printf("Bundle %s (%.1f MB)%n", bundle, Files.size(bundle) / 1e6);
			out.println("Load average before: " + loadAverage());
			if (benchmark.jvmOptions != null) {
				out.println("jvm.options replaced by " + benchmark.jvmOptions + ":");
				Files.readAllLines(benchmark.jvmOptions).forEach((line) -> out.println("  " + line));
			}
			for (int i = 0; i < warmup; i++) {
				benchmark.launchAll(1, 0);
			}
			List<Start> sequential = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				sequential.addAll(benchmark.launchAll(1, idleSeconds));
			}
			out.println(describe(sequential));
			report(out, runs + " launches one after the other", sequential);
			if (concurrent > 0) {
				report(out, concurrent + " launches at once", benchmark.launchAll(concurrent, idleSeconds));
			}
			// The figures move with whatever else the machine does; this says how busy it was.
			out.println();
			out.println("Load average after: " + loadAverage());
		}
		finally {
			delete(work);
		}
	}

	/**
	 * Unpacks the bundle {@code count} times, launches all copies at once, lets them idle,
	 * measures them and shuts them down.
	 */
	private List<Start> launchAll(int count, int idleSeconds) throws Exception {
		List<Path> folders = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Path destination = Files.createTempDirectory(this.work, "plugins");
			Path folder = PluginBundle.unpack(this.bundle, destination);
			if (this.jvmOptions != null) {
				Files.copy(this.jvmOptions, folder.resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
			}
			folders.add(folder);
		}
		ExecutorService launchers = Executors.newFixedThreadPool(count);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Launched>> futures = new ArrayList<>();
		for (Path folder : folders) {
			futures.add(launchers.submit(() -> {
				go.await();
				return launch(folder);
			}));
		}
		go.countDown();
		List<Launched> launched = new ArrayList<>();
		try {
			for (Future<Launched> future : futures) {
				launched.add(future.get());
			}
			// A benchmark's definition of idle, not a wait for a condition: what the plugin
			// holds once the start is over and nothing happens.
			TimeUnit.SECONDS.sleep(idleSeconds);
			List<Start> starts = new ArrayList<>();
			for (Launched plugin : launched) {
				ProcessStatus status = ProcessStatus.of(plugin.driver().process().orElseThrow().pid());
				ShutdownResult shutdown = plugin.driver().shutdown();
				if (!shutdown.clean()) {
					System.out.println("Shutdown was not clean: " + shutdown);
				}
				starts.add(new Start(plugin.handshakeMillis(), plugin.readyMillis(), plugin.activatedMillis(), status,
						plugin.javaVersion()));
			}
			return starts;
		}
		finally {
			for (Future<Launched> future : futures) {
				// Launches that succeeded while another failed must not outlive the benchmark.
				if (future.isDone() && !future.isCancelled()) {
					try {
						future.get().close();
					}
					catch (ExecutionException ex) {
						// That launch failed and cleaned up after itself.
					}
				}
			}
			launchers.shutdownNow();
			for (Path folder : folders) {
				delete(folder.getParent());
			}
		}
	}

	private Launched launch(Path folder) {
		InMemoryMattermost mattermost = InMemoryMattermost.start();
		try {
			// The plugins' output stays out of the report; the driver collects it anyway.
			PluginDriver driver = PluginDriver.launch(PluginLaunch.pluginFolder(folder)
				.withApiTarget(mattermost.target())
				.withStartTimeout(START_TIMEOUT)
				.withOutputEcho(false));
			Process process = driver.process().orElseThrow();
			this.running.add(process);
			process.onExit().thenRun(() -> this.running.remove(process));
			StartTimings timings = driver.startTimings();
			String javaVersion = driver.stderrLines()
				.stream()
				.map(JAVA_VERSION::matcher)
				.filter(Matcher::find)
				.map((matcher) -> matcher.group(1))
				.findFirst()
				.orElse("?");
			return new Launched(driver, mattermost, millis(timings.handshake().orElseThrow()),
					millis(timings.implemented()), millis(timings.activated()), javaVersion);
		}
		catch (Exception ex) {
			mattermost.close();
			throw new IllegalStateException("Launching " + folder + " failed", ex);
		}
	}

	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.isReadable(loadavg) ? Files.readString(loadavg).trim() + " ("
				+ Runtime.getRuntime().availableProcessors() + " processors)" : "unknown";
	}

	private static double millis(Duration duration) {
		return duration.toNanos() / 1e6;
	}

	private static String describe(List<Start> starts) {
		return "Plugin JVM: Java " + starts.stream().map(Start::javaVersion).distinct().toList();
	}

	private static void report(PrintStream out, String title, List<Start> starts) {
		out.println();
		out.println(title + ":");
		out.printf("%-22s %10s %10s %10s%n", "", "median", "min", "max");
		row(out, "handshake (ms)", starts, Start::handshakeMillis);
		row(out, "ready (ms)", starts, Start::readyMillis);
		row(out, "activated (ms)", starts, Start::activatedMillis);
		row(out, "idle VmRSS (MB)", starts, (start) -> start.status().rssKb() / 1024.0);
		row(out, "  RssAnon (MB)", starts, (start) -> start.status().rssAnonKb() / 1024.0);
		row(out, "  RssFile (MB)", starts, (start) -> start.status().rssFileKb() / 1024.0);
		row(out, "threads", starts, (start) -> start.status().threads());
		out.println("handshake (ms), each:  "
				+ starts.stream().map((start) -> String.format("%.0f", start.handshakeMillis())).toList());
	}

	private static void row(PrintStream out, String name, List<Start> starts, ToDoubleFunction<Start> value) {
		double[] values = starts.stream().mapToDouble(value).sorted().toArray();
		int n = values.length;
		double median = (n % 2 == 1) ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
		out.printf("%-22s %10.0f %10.0f %10.0f%n", name, median, values[0], values[n - 1]);
	}

	private static String stringOption(String[] args, String name) {
		String prefix = "--" + name + "=";
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return null;
	}

	private static int option(String[] args, String name, int defaultValue) {
		String value = stringOption(args, name);
		return (value != null) ? Integer.parseInt(value) : defaultValue;
	}

	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

	private record Launched(PluginDriver driver, InMemoryMattermost mattermost, double handshakeMillis,
			double readyMillis, double activatedMillis, String javaVersion) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.driver.close();
			}
			finally {
				this.mattermost.close();
			}
		}

	}

	private record Start(double handshakeMillis, double readyMillis, double activatedMillis, ProcessStatus status,
			String javaVersion) {
	}

	/**
	 * What {@code /proc/<pid>/status} says about a process's memory and threads.
	 */
	private record ProcessStatus(long rssKb, long rssAnonKb, long rssFileKb, int threads) {

		static ProcessStatus of(long pid) throws IOException {
			long rss = 0;
			long anon = 0;
			long file = 0;
			int threads = 0;
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				String[] parts = line.split("\\s+");
				switch (parts[0]) {
					case "VmRSS:" -> rss = Long.parseLong(parts[1]);
					case "RssAnon:" -> anon = Long.parseLong(parts[1]);
					case "RssFile:" -> file = Long.parseLong(parts[1]);
					case "Threads:" -> threads = Integer.parseInt(parts[1]);
					default -> {
					}
				}
			}
			return new ProcessStatus(rss, anon, file, threads);
		}

	}

}

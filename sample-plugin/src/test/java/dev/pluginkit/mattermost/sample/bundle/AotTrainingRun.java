package dev.pluginkit.mattermost.sample.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;

/**
 * The training run that gives a bundle with its own Java runtime a class cache, run by the
 * build ({@code -Pbundled-jre}) on the plugin folder it put together. It starts the plugin
 * the way the Mattermost server does, through the bundle's {@code venv/bin/python} and so
 * with its {@code jvm.options}, against an in-memory server; the driver activates it
 * ({@code Implemented}, {@code OnActivate}) and deactivates it, and a SIGTERM ends it. The
 * classes of that whole start end up in the cache, which the JVM writes as it exits:
 * <ul>
 * <li>Java 24 and newer: an AOT cache, {@code app.aot} (JEP 483), recorded in this run and
 * created from the recording in a second JVM ({@code -XX:AOTMode=record}, then
 * {@code -XX:AOTMode=create}: what Java 25's {@code -XX:AOTCacheOutput} does in one go);</li>
 * <li>Java 17 to 23: a CDS archive, {@code app.jsa}, on top of the runtime's own
 * ({@code -XX:ArchiveClassesAtExit}).</li>
 * </ul>
 * The JVM takes the options from {@code JAVA_TOOL_OPTIONS}, so that the launcher runs just
 * as it does on the server. Paths are relative to the plugin folder, the working directory.
 */
public final class AotTrainingRun {

	/** The AOT cache's file name in the plugin folder; the launcher looks for it. */
	public static final String AOT_CACHE = "app.aot";

	/** The CDS archive's file name in the plugin folder; the launcher looks for it. */
	public static final String CDS_ARCHIVE = "app.jsa";

	private static final String AOT_CONFIGURATION = "app.aotconf";

	// Recording slows the start down, and the build machine may be busy.
	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(5);

	private AotTrainingRun() {
	}

	/**
	 * Runs the training on a plugin folder with a {@code jre/}.
	 * @param args the plugin folder
	 * @throws Exception if the plugin does not start or the cache is not written
	 */
	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]).toAbsolutePath();
		int major = javaMajor(folder.resolve("jre"));
		Path log = folder.getParent().resolve("class-cache-training.log");
		List<String> output = new ArrayList<>();
		try {
			if (major >= 24) {
				train(folder, "-XX:AOTMode=record -XX:AOTConfiguration=" + AOT_CONFIGURATION, output);
				create(folder, "-XX:AOTMode=create -XX:AOTConfiguration=" + AOT_CONFIGURATION + " -XX:AOTCache="
						+ AOT_CACHE, output);
				Files.delete(folder.resolve(AOT_CONFIGURATION));
				require(folder.resolve(AOT_CACHE));
			}
			else {
				train(folder, "-XX:ArchiveClassesAtExit=" + CDS_ARCHIVE, output);
				require(folder.resolve(CDS_ARCHIVE));
			}
		}
		finally {
			Files.write(log, output, StandardCharsets.UTF_8);
		}
		System.out.println("Class cache for Java " + major + " written to " + folder + " (training output in "
				+ log + ")");
	}

	private static void train(Path folder, String jvmOptions, List<String> output) throws Exception {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start()) {
			PluginDriver driver = PluginDriver.launch(PluginLaunch.pluginFolder(folder)
				.withApiTarget(mattermost.target())
				.withEnvironment("JAVA_TOOL_OPTIONS", jvmOptions)
				.withStartTimeout(START_TIMEOUT)
				.withOutputEcho(false));
			Process process = driver.process().orElseThrow();
			try {
				if (driver.isImplemented("OnDeactivate")) {
					driver.call(PluginHooksGrpc.getOnDeactivateMethod(), OnDeactivateRequest.getDefaultInstance());
				}
				// Not the driver's shutdown: go-plugin's 2 s to exit are too short for the JVM
				// to write its cache. The plugin handles SIGTERM as a shutdown, exit code 0.
				// Through the handle: Process.destroy() would also close the pipes, and the
				// JVM's last output, written as it ends, would be lost.
				driver.disconnect();
				process.toHandle().destroy();
				if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
					throw new IllegalStateException("The training run did not end in " + EXIT_TIMEOUT);
				}
				awaitEndOfOutput(driver);
			}
			finally {
				output.addAll(driver.stdoutLines());
				output.addAll(driver.stderrLines());
				driver.close();
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("The training run ended with exit code " + process.exitValue()
						+ "; see the training output");
			}
		}
	}

	/**
	 * Waits until the driver has read the last line of the ended process's stderr: no line
	 * matches, so the wait ends when the stream does.
	 */
	private static void awaitEndOfOutput(PluginDriver driver) {
		try {
			driver.awaitStderrLine((line) -> false, Duration.ofSeconds(5));
		}
		catch (AssertionError ex) {
			// The expected outcome: the stream ended (or the time ran out) without a match.
		}
	}

	private static void create(Path folder, String jvmOptions, List<String> output) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(folder.resolve("venv/bin/python").toString())
			.directory(folder.toFile())
			.redirectErrorStream(true);
		builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
		Process process = builder.start();
		try (var lines = process.inputReader(StandardCharsets.UTF_8).lines()) {
			lines.forEach(output::add);
		}
		if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("Creating the AOT cache failed; see the training output");
		}
	}

	private static void require(Path cache) throws IOException {
		if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
			throw new IllegalStateException("The training run wrote no " + cache);
		}
	}

	/**
	 * Reads the major Java version from a Java home's {@code release} file.
	 * @param javaHome the Java home
	 * @return the major version, such as 17 or 25
	 * @throws IOException if the file cannot be read
	 */
	static int javaMajor(Path javaHome) throws IOException {
		for (String line : Files.readAllLines(javaHome.resolve("release"), StandardCharsets.UTF_8)) {
			if (line.startsWith("JAVA_VERSION=")) {
				String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
				String major = version.startsWith("1.") ? version.substring(2) : version;
				return Integer.parseInt(major.split("[^0-9]", 2)[0]);
			}
		}
		throw new IOException("No JAVA_VERSION in " + javaHome.resolve("release"));
	}

}

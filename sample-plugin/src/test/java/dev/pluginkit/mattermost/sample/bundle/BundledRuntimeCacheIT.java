package dev.pluginkit.mattermost.sample.bundle;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginBundle;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;
import dev.pluginkit.mattermost.test.driver.ShutdownResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The class cache of a bundle built with {@code -Pbundled-jre}, as a server gets to use it:
 * the bundle unpacked into another folder the way the server unpacks it, with fresh
 * modification times, and started with the server's command. Skipped for a bundle without
 * a cache, such as the default build's.
 */
class BundledRuntimeCacheIT {

	private static final Path BUNDLE = Path.of(System.getProperty("mattermost.plugin.bundle"));

	private static final String HANDSHAKE = "1\\|1\\|tcp\\|127\\.0\\.0\\.1:\\d+\\|grpc";

	// Generous, so that a loaded build machine does not turn a slow start into a failure.
	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static String cache;

	@TempDir
	Path temp;

	@BeforeAll
	static void onlyForABundleWithACache() throws IOException {
		String id = System.getProperty("mattermost.plugin.id");
		cache = PluginBundle.read(BUNDLE)
			.keySet()
			.stream()
			.filter((name) -> name.equals(id + "/" + AotTrainingRun.AOT_CACHE)
					|| name.equals(id + "/" + AotTrainingRun.CDS_ARCHIVE))
			.map((name) -> name.substring(id.length() + 1))
			.findFirst()
			.orElse(null);
		assumeTrue(cache != null, "The bundle has no class cache: build it with -Pbundled-jre");
	}

	@Test
	void theCacheServesTheStartOfACopyUnpackedElsewhere() throws Exception {
		Path folder = PluginBundle.unpack(BUNDLE, this.temp.resolve("plugins"));
		Path classLoading = this.temp.resolve("class-loading.log");
		// With these the JVM refuses to start unless it can map the cache, and notes where
		// each class comes from.
		String strict = cache.endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on";
		Files.writeString(folder.resolve("jvm.options"),
				"\n" + strict + "\n-Xlog:class+load=info:file=" + classLoading + "\n", StandardOpenOption.APPEND);

		List<String> stderr = launchActivateAndShutDown(folder);

		List<String> loaded = Files.readAllLines(classLoading, StandardCharsets.UTF_8);
		assertThat(loaded).filteredOn((line) -> line.contains("source: shared objects file"))
			.as("classes from the cache")
			.anyMatch((line) -> line.contains(" org.springframework.boot.SpringApplication "))
			.anyMatch((line) -> line.contains(" io.grpc.netty.NettyServerBuilder "))
			.anyMatch((line) -> line.contains(" dev.pluginkit.mattermost.sample.HelloPlugin "));
		// The cache holds the class path relative to the plugin folder, so the classes' code
		// source is this copy, not the folder the build trained in.
		assertThat(stderr).anyMatch((line) -> line.contains("Starting SamplePluginApplication")
				&& line.contains("(" + folder.resolve("sample-plugin.jar") + " started by"));
	}

	@Test
	void withoutTheJarTimesOfTheBuildTheJvmRejectsTheCacheAndStartsAnyway() throws Exception {
		Path folder = PluginBundle.unpack(BUNDLE, this.temp.resolve("plugins"));
		// As if touch had failed: the marker claims the times are restored, the jars are as
		// unpacked, newer than the build.
		Files.createFile(folder.resolve(".jar-times-restored"));

		List<String> stderr = launchActivateAndShutDown(folder);

		// The JVM's warning went where the server logs it.
		assertThat(stderr).anyMatch((line) -> line.matches("\\[[0-9.]+s]\\[warning]\\[(aot|cds).*"));
	}

	@Test
	void aDamagedCacheOnlyCostsStartTime() throws Exception {
		Path folder = PluginBundle.unpack(BUNDLE, this.temp.resolve("plugins"));
		try (RandomAccessFile damaged = new RandomAccessFile(folder.resolve(cache).toFile(), "rw")) {
			damaged.write(new byte[8]);
		}

		launchActivateAndShutDown(folder);
	}

	@Test
	void aTruncatedAotCacheOnlyCostsStartTime() throws Exception {
		// Java 17 to 23 map a truncated CDS archive all the same and die of SIGBUS. The server
		// cannot unpack a truncated file from a bundle whose gzip checksum holds.
		assumeTrue(cache.endsWith(".aot"), "Only an AOT cache (Java 24+) survives truncation");
		Path folder = PluginBundle.unpack(BUNDLE, this.temp.resolve("plugins"));
		try (RandomAccessFile damaged = new RandomAccessFile(folder.resolve(cache).toFile(), "rw")) {
			damaged.setLength(damaged.length() / 2);
		}

		launchActivateAndShutDown(folder);
	}

	private static List<String> launchActivateAndShutDown(Path folder) {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start();
				PluginDriver driver = PluginDriver.launch(PluginLaunch.pluginFolder(folder)
					.withApiTarget(mattermost.target())
					.withStartTimeout(START_TIMEOUT))) {
			assertThat(driver.implementedHooks()).contains("OnActivate");
			assertThat(mattermost.commands().registered()).extracting((command) -> command.getTrigger())
				.containsExactly("hello");
			ShutdownResult result = driver.shutdown();
			assertThat(result.problems()).isEmpty();
			assertThat(result.exitCode()).isEqualTo(OptionalInt.of(0));
			// Whatever the JVM had to say about its cache went to stderr.
			assertThat(driver.stdoutLines()).singleElement().asString().matches(HANDSHAKE);
			return driver.stderrLines();
		}
	}

}

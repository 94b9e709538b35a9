package dev.pluginkit.mattermost.starteronly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;
import dev.pluginkit.mattermost.test.driver.ShutdownResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repackaged jar of a plugin that depends on the starter alone, run as the Mattermost
 * server runs a plugin and as a plain application. A class the starter fails to bring
 * shows up here as a failed start, since the test kit is not in the jar.
 */
class StarterOnlyPluginIT {

	private static final Path JAR = Path.of(System.getProperty("starter-only-plugin.jar"));

	private static final String HANDSHAKE = "1\\|1\\|tcp\\|127\\.0\\.0\\.1:\\d+\\|grpc";

	// Generous, so that a loaded build machine does not turn a slow start into a failure.
	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path pluginFolder;

	@Test
	void launchedAsTheServerDoesItActivatesAnswersAHookAndExitsCleanly() {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start();
				PluginDriver driver = PluginDriver.launch(PluginLaunch.command(java(), "-jar", JAR.toString())
					.inDirectory(this.pluginFolder)
					.withApiTarget(mattermost.target())
					.withStartTimeout(START_TIMEOUT))) {
			assertThat(driver.implementedHooks()).contains("OnActivate", "MessageWillBePosted");
			assertThat(mattermost.logEntries()).extracting(LogEntry::message).contains(GreetingHooks.ACTIVATED);

			assertThat(driver.messageWillBePosted(Post.newBuilder().setMessage("BUY NOW").build()).getRejectionReason())
				.isEqualTo("No shouting");
			assertThat(driver.messageWillBePosted(Post.newBuilder().setMessage("Good morning").build())
				.getRejectionReason()).isEmpty();

			ShutdownResult result = driver.shutdown();
			assertThat(result.problems()).isEmpty();
			assertThat(result.exitCode()).isEqualTo(OptionalInt.of(0));
			assertThat(result.exitedInTime()).isTrue();
			assertThat(driver.stdoutLines()).singleElement().asString().matches(HANDSHAKE);
			assertThat(driver.stderrLines()).noneMatch(StarterOnlyPluginIT::reportsAMissingClass);
		}
	}

	@Test
	void startedByHandWithATargetStartsAndEndsByItself() throws Exception {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start()) {
			ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString(),
					"--mattermost.plugin.api.target=" + mattermost.target())
				.directory(this.pluginFolder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(this.pluginFolder.resolve("output.txt").toFile());
			// Not launched by the server: no runtime, so nothing keeps the JVM alive.
			builder.environment().remove(PluginDriver.MAGIC_COOKIE_KEY);
			Process process = builder.start();
			try {
				assertThat(process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the application ends")
					.isTrue();
			}
			finally {
				process.destroyForcibly();
			}
			List<String> output = Files.readAllLines(this.pluginFolder.resolve("output.txt"), StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as(String.join("\n", output)).isZero();
			assertThat(output).anyMatch((line) -> line.contains("Started StarterOnlyPluginApplication"))
				.noneMatch(StarterOnlyPluginIT::reportsAMissingClass)
				.noneMatch((line) -> line.matches("1\\|1\\|.*"));
			assertThat(mattermost.logEntries()).isEmpty();
		}
	}

	@Test
	void jarHoldsEachLibraryOnceAndNoTestKit() throws IOException {
		List<String> libraries;
		try (JarFile jar = new JarFile(JAR.toFile())) {
			libraries = jar.stream()
				.map(JarEntry::getName)
				.filter((name) -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				.toList();
		}
		assertThat(libraries).filteredOn((name) -> name.startsWith("grpc-inprocess-")).hasSize(1);
		assertThat(libraries).noneMatch((name) -> name.startsWith("mattermost-plugin-test"));
		assertThat(libraries).anyMatch((name) -> name.startsWith("mattermost-plugin-spring-boot-starter-"));
		// One version of each library: "grpc-core-1.85.1.jar" is "grpc-core".
		assertThat(libraries.stream().map((name) -> name.replaceFirst("-\\d[^-]*(-[A-Za-z].*)?\\.jar$", "")))
			.doesNotHaveDuplicates();
	}

	private static boolean reportsAMissingClass(String line) {
		return line.contains("NoClassDefFoundError") || line.contains("ClassNotFoundException");
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}

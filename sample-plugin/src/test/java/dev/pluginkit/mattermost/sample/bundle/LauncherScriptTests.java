package dev.pluginkit.mattermost.sample.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bundle's {@code venv/bin/python} launcher, run the way the server runs it, with fake
 * {@code java} programs that report their version and how they were called.
 */
class LauncherScriptTests {

	/** What the launcher always passes first: the JVM's own log on stderr, never stdout. */
	private static final String JVM_LOG_OPTIONS = "-Xlog:disable -Xlog:all=warning:stderr";

	/** The jars' time in the bundle, which the launcher restores for the class cache. */
	private static final FileTime BUILD_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

	@TempDir
	Path temp;

	private Path pluginFolder;

	private Path emptyPath;

	@BeforeEach
	void copyLauncherIntoAPluginFolder() throws IOException {
		this.pluginFolder = this.temp.resolve("plugins/dev.pluginkit.sample");
		Path launcher = this.pluginFolder.resolve("venv/bin/python");
		Files.createDirectories(launcher.getParent());
		Files.copy(Path.of(System.getProperty("mattermost.plugin.launcher")), launcher);
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		this.emptyPath = Files.createDirectories(this.temp.resolve("empty-path"));
	}

	@Test
	void javaHomeWithJava11IsRefusedWithOneClearLine() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-11"), "11.0.22", "java-home");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.stdout()).isEmpty();
		assertThat(run.stderr()).singleElement()
			.asString()
			.startsWith("[ERROR] Cannot start the plugin sample-plugin.jar: it needs Java 17 or newer")
			.contains("JAVA_HOME: Java 11 at " + javaHome.resolve("bin/java"))
			.contains("PATH: no java");
	}

	@Test
	void noJavaAtAllIsRefusedWithOneClearLine() throws Exception {
		Run run = launch(Map.of("PATH", this.emptyPath.toString()));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.stderr()).singleElement()
			.asString()
			.contains("needs Java 17 or newer")
			.contains("bundle: no " + this.pluginFolder.resolve("jre/bin/java"))
			.contains("JAVA_HOME: not set")
			.contains("PATH: no java")
			.contains("-Pbundled-jre");
	}

	@Test
	void javaHomeWithJava17RunsTheJarWhateverTheArguments() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-17"), "17.0.9", "java-home");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()), "plugin.py",
				"--ignored");
		assertThat(run.exitCode()).isZero();
		assertThat(run.stdout()).contains("java-home ran: " + JVM_LOG_OPTIONS + " -jar sample-plugin.jar");
	}

	@Test
	void theJvmRunsInThePluginFolderWhereverTheLauncherIsStartedFrom() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-17"), "17.0.9", "java-home");
		Run run = launch(this.temp, Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));
		// The class path is relative to it, as a class cache recorded it.
		assertThat(run.stdout()).contains("in " + this.pluginFolder.toRealPath());
	}

	@Test
	void jvmLogGoesToStderrSoThatStdoutHoldsOnlyTheHandshake() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-17"), "17.0.9", "java-home");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));
		// First, so that jvm.options can still change it.
		assertThat(run.stdout()).first().asString().startsWith("java-home ran: -Xlog:disable -Xlog:all=warning:stderr ");
	}

	@Test
	void theReleaseFileOfAJavaHomeGivesItsVersionWithoutStartingIt() throws Exception {
		// -version would say 11: only the release file can make it acceptable.
		Path javaHome = fakeJava(this.temp.resolve("jdk-17"), "11.0.22", "java-home");
		Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"17.0.15\"\n");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));
		assertThat(run.exitCode()).isZero();
		assertThat(run.stdout()).first().asString().startsWith("java-home ran:");
		assertThat(versionChecks()).isEmpty();
	}

	@Test
	void theReleaseFileOfAnOldJavaHomeRefusesItWithoutStartingIt() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-11"), "17.0.9", "java-home");
		Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"11.0.22\"");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.stderr()).singleElement().asString().contains("JAVA_HOME: Java 11 at " + javaHome.resolve("bin/java"));
		assertThat(versionChecks()).isEmpty();
	}

	@Test
	void aLinkedJavaOnThePathGivesItsVersionThroughItsHomesReleaseFile() throws Exception {
		// As /usr/bin/java, a link into a Java home: -version would say 11, the release file 17.
		Path readlink = Stream.of("/usr/bin/readlink", "/bin/readlink").map(Path::of).filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		assumeTrue(readlink != null, "needs readlink");
		Path javaHome = fakeJava(this.temp.resolve("jdk-linked"), "11.0.22", "linked");
		Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
		Path links = Files.createDirectories(this.temp.resolve("links"));
		Files.createSymbolicLink(links.resolve("java"), javaHome.resolve("bin/java"));
		Run run = launch(Map.of("PATH", links + ":" + readlink.getParent()));
		assertThat(run.stdout()).first().asString().startsWith("linked ran:");
		assertThat(versionChecks()).isEmpty();
	}

	@Test
	void aJavaWithoutReleaseFileIsAskedForItsVersion() throws Exception {
		Path pathJdk = fakeJava(this.temp.resolve("path-jdk"), "21.0.1", "path");
		Run run = launch(Map.of("PATH", pathJdk.resolve("bin").toString()));
		assertThat(run.stdout()).first().asString().startsWith("path ran:");
		assertThat(versionChecks()).containsExactly("path");
	}

	@Test
	void theBundledRuntimeGetsItsAotCacheWithTheJarTimesOfTheBuild() throws Exception {
		fakeJava(this.pluginFolder.resolve("jre"), "25.0.1", "bundled");
		Files.writeString(this.pluginFolder.resolve("jre/release"), "JAVA_VERSION=\"25.0.1\"\n");
		Files.writeString(this.pluginFolder.resolve("app.aot"), "cache");
		Files.writeString(this.pluginFolder.resolve("jvm.options"), "-Xmx64m\n");
		List<Path> jars = applicationJars();

		Run run = launch(Map.of("PATH", this.emptyPath.toString()));

		assertThat(run.stdout()).first()
			.isEqualTo("bundled ran: " + JVM_LOG_OPTIONS + " -XX:AOTCache=app.aot"
					+ " -Xmx64m -jar sample-plugin.jar");
		for (Path each : jars) {
			assertThat(Files.getLastModifiedTime(each)).as(each.toString()).isEqualTo(BUILD_TIME);
		}
	}

	@Test
	void aBundledRuntimeOlderThan24GetsItsCdsArchive() throws Exception {
		fakeJava(this.pluginFolder.resolve("jre"), "17.0.15", "bundled");
		Files.writeString(this.pluginFolder.resolve("app.jsa"), "archive");
		applicationJars();

		Run run = launch(Map.of("PATH", this.emptyPath.toString()));

		assertThat(run.stdout()).first()
			.isEqualTo("bundled ran: " + JVM_LOG_OPTIONS + " -XX:SharedArchiveFile=app.jsa"
					+ " -jar sample-plugin.jar");
		assertThat(Files.getLastModifiedTime(jar())).isEqualTo(BUILD_TIME);
	}

	@Test
	void jarTimesAreRestoredOnceAfterEachUnpacking() throws Exception {
		fakeJava(this.pluginFolder.resolve("jre"), "25.0.1", "bundled");
		Files.writeString(this.pluginFolder.resolve("app.aot"), "cache");
		Path library = applicationJars().get(1);
		launch(Map.of("PATH", this.emptyPath.toString()));
		FileTime untouched = FileTime.from(Instant.parse("2010-01-01T00:00:00Z"));

		// Restored already: the launcher leaves the jars alone.
		Files.setLastModifiedTime(library, untouched);
		launch(Map.of("PATH", this.emptyPath.toString()));
		assertThat(Files.getLastModifiedTime(library)).isEqualTo(untouched);

		// Unpacked anew over the old folder: the jar is newer than the marker.
		Files.setLastModifiedTime(jar(), FileTime.from(Instant.now().plusSeconds(60)));
		launch(Map.of("PATH", this.emptyPath.toString()));
		assertThat(Files.getLastModifiedTime(library)).isEqualTo(BUILD_TIME);
	}

	@Test
	void aJavaOtherThanTheBundledRuntimeGetsNoCache() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-25"), "25.0.1", "java-home");
		Files.writeString(this.pluginFolder.resolve("app.aot"), "cache");
		Path library = applicationJars().get(1);
		FileTime unpacked = Files.getLastModifiedTime(library);

		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));

		assertThat(run.stdout()).first().isEqualTo("java-home ran: " + JVM_LOG_OPTIONS + " -jar sample-plugin.jar");
		assertThat(Files.getLastModifiedTime(library)).isEqualTo(unpacked);
	}

	@Test
	void environmentReachesTheJvmUnchanged() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-17"), "17.0.9", "java-home");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString(),
				"MATTERMOST_PLUGIN", "Securely message teams, anywhere."));
		assertThat(run.stdout()).contains("cookie=Securely message teams, anywhere.");
	}

	@Test
	void bundledRuntimeComesBeforeJavaHome() throws Exception {
		fakeJava(this.pluginFolder.resolve("jre"), "17.0.9", "bundled");
		Path javaHome = fakeJava(this.temp.resolve("jdk-21"), "21.0.1", "java-home");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));
		assertThat(run.stdout()).first().asString().startsWith("bundled ran:");
	}

	@Test
	void javaOnThePathServesWhenJavaHomeIsTooOld() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-8"), "1.8.0_392", "java-home");
		Path pathJdk = fakeJava(this.temp.resolve("jdk-21"), "21", "path");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", pathJdk.resolve("bin").toString()));
		assertThat(run.stdout()).first().asString().startsWith("path ran:");
	}

	@Test
	void jvmOptionsFileLinesGoBeforeTheJar() throws Exception {
		Path javaHome = fakeJava(this.temp.resolve("jdk-17"), "17.0.9", "java-home");
		Files.writeString(this.pluginFolder.resolve("jvm.options"), "# tuned for small hosts\n-Xmx128m\n\n-Xss512k");
		Run run = launch(Map.of("JAVA_HOME", javaHome.toString(), "PATH", this.emptyPath.toString()));
		assertThat(run.stdout()).first()
			.isEqualTo("java-home ran: " + JVM_LOG_OPTIONS + " -Xmx128m -Xss512k -jar sample-plugin.jar");
	}

	private Path jar() {
		return this.pluginFolder.resolve("sample-plugin.jar");
	}

	/** Writes the application's jar and two libraries, with the time of unpacking. */
	private List<Path> applicationJars() throws IOException {
		Files.createDirectories(this.pluginFolder.resolve("lib"));
		List<Path> jars = List.of(jar(), this.pluginFolder.resolve("lib/spring-core.jar"),
				this.pluginFolder.resolve("lib/grpc-api.jar"));
		for (Path jar : jars) {
			Files.writeString(jar, "PK");
		}
		return jars;
	}

	/** The names of the fake java programs that were asked for their version, in order. */
	private List<String> versionChecks() throws IOException {
		Path log = this.temp.resolve("version-checks");
		return Files.exists(log) ? Files.readAllLines(log) : List.of();
	}

	/**
	 * Writes {@code <home>/bin/java}, a shell script that reports a version for
	 * {@code -version} (and notes its name in {@code version-checks}) and otherwise prints
	 * its name, its arguments and the magic cookie.
	 */
	private Path fakeJava(Path home, String version, String name) throws IOException {
		Path java = home.resolve("bin/java");
		Files.createDirectories(java.getParent());
		Files.writeString(java, """
				#!/bin/sh
				if [ "$1" = "-version" ]; then
					echo '%s' >>'%s'
					echo 'openjdk version "%s" 2024-01-16' >&2
					exit 0
				fi
				echo "%s ran: $*"
				echo "cookie=$MATTERMOST_PLUGIN"
				echo "in $(pwd -P)"
				""".formatted(name, this.temp.resolve("version-checks"), version, name));
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return home;
	}

	/** Runs the launcher as the server does: from the plugin folder, with a clean environment. */
	private Run launch(Map<String, String> environment, String... arguments) throws Exception {
		return launch(this.pluginFolder, environment, arguments);
	}

	private Run launch(Path directory, Map<String, String> environment, String... arguments) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(this.pluginFolder.resolve("venv/bin/python").toString());
		builder.command().addAll(List.of(arguments));
		builder.directory(directory.toFile());
		builder.environment().clear();
		builder.environment().putAll(environment);
		Path stdout = this.temp.resolve("stdout");
		Path stderr = this.temp.resolve("stderr");
		Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
		return new Run(process.exitValue(), Files.readAllLines(stdout, StandardCharsets.UTF_8),
				Files.readAllLines(stderr, StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, List<String> stdout, List<String> stderr) {
	}

}

package dev.pluginkit.mattermost.sample.bundle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two jars that {@code package} makes, started by hand: the demo jar, which has the
 * test kit, plays the demo; the plugin jar, which goes into the bundle without it, needs a
 * Plugin API target and says so, rather than failing on a missing test-kit class.
 */
class SampleJarsIT {

	// Generous, so that a loaded build machine does not turn a slow start into a failure.
	private static final long TIMEOUT_SECONDS = 120;

	@TempDir
	Path temp;

	@Test
	void theDemoJarPlaysTheDemoAndEnds() throws Exception {
		Run run = run(System.getProperty("mattermost.plugin.demo-jar"));

		assertThat(run.exitCode()).as(run.describe()).isZero();
		assertThat(run.output()).anyMatch((line) -> line.contains("Demo step 1, activation"))
			.anyMatch((line) -> line.contains("Demo step 6, shutdown as the server does it (OnDeactivate, then Shutdown): clean"));
	}

	@Test
	void thePluginJarWithoutATargetFailsNamingTheTargetProperty() throws Exception {
		Run run = run(System.getProperty("mattermost.plugin.plugin-jar"));

		assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
		assertThat(run.output()).anyMatch((line) -> line.contains("run sample-plugin-demo.jar for the demo"))
			.anyMatch((line) -> line.contains("neither the property 'mattermost.plugin.api.target' nor the environment "
					+ "variable 'MATTERMOST_PLUGIN_API_TARGET' is set"))
			.noneMatch((line) -> line.contains("NoClassDefFoundError") || line.contains("ClassNotFoundException"));
	}

	private Run run(String jar) throws Exception {
		Path output = this.temp.resolve("output.txt");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar)
			.directory(this.temp.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().remove("MATTERMOST_PLUGIN");
		builder.environment().remove("MATTERMOST_PLUGIN_API_TARGET");
		Process process = builder.start();
		try {
			assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the application ends").isTrue();
		}
		finally {
			process.destroyForcibly();
		}
		return new Run(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, List<String> output) {

		String describe() {
			return "exit code " + this.exitCode + ", output:\n" + String.join("\n", this.output);
		}

	}

}

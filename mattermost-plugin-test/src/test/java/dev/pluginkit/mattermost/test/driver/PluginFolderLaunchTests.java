package dev.pluginkit.mattermost.test.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.test.InMemoryMattermost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Launching an unpacked bundle the way the server does, from its {@code plugin.json}.
 */
class PluginFolderLaunchTests {

	@TempDir
	Path pluginFolder;

	private final InMemoryMattermost mattermost = InMemoryMattermost.start();

	@AfterEach
	void stopServer() {
		this.mattermost.close();
	}

	private void writeBundle(String executable) throws IOException {
		Files.writeString(this.pluginFolder.resolve("plugin.json"), """
				{"id": "com.example.fake", "name": "Fake", "version": "1.0.0",
				 "server": {"executable": "%s", "runtime": "python"}}
				""".formatted(executable));
	}

	@Test
	void runsTheBundlesPythonWithTheExecutableAndThePluginIdFromTheManifest() throws IOException {
		writeBundle("plugin.jar");
		Files.writeString(this.pluginFolder.resolve("plugin.jar"), "stands in for the jar");
		// A launcher like the bundle's: it ignores its argument and starts the fake plugin.
		Path python = this.pluginFolder.resolve("venv/bin/python");
		Files.createDirectories(python.getParent());
		Files.writeString(python, "#!/bin/sh\nexec '%s' -XX:TieredStopAtLevel=1 -cp '%s' %s\n".formatted(
				Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.class.path"),
				FakePlugin.class.getName()));
		Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwxr-xr-x"));

		PluginLaunch launch = PluginLaunch.pluginFolder(this.pluginFolder);
		assertThat(launch.command()).containsExactly("venv/bin/python", "plugin.jar");
		try (PluginDriver plugin = PluginDriver.launch(launch.withApiTarget(this.mattermost.target()))) {
			String contexts = plugin.messageWillBePosted(Post.newBuilder().setMessage("context?").build())
				.getModifiedPost()
				.getMessage();
			assertThat(contexts).startsWith("com.example.fake ");
			assertThat(plugin.shutdown().clean()).isTrue();
		}
	}

	@Test
	void missingExecutableIsRefusedAsTheServerDoes() throws IOException {
		writeBundle("plugin.jar");
		assertThatIllegalArgumentException().isThrownBy(() -> PluginLaunch.pluginFolder(this.pluginFolder))
			.withMessageContaining("plugin.jar does not exist");
	}

	@Test
	void executableOutsideThePluginFolderIsRefusedAsTheServerDoes() throws IOException {
		writeBundle("../plugin.jar");
		assertThatIllegalArgumentException().isThrownBy(() -> PluginLaunch.pluginFolder(this.pluginFolder))
			.withMessageContaining("leaves the plugin folder");
	}

}

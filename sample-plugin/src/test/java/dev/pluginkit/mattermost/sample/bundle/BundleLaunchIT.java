package dev.pluginkit.mattermost.sample.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.driver.PluginBundle;
import dev.pluginkit.mattermost.test.driver.PluginDriver;
import dev.pluginkit.mattermost.test.driver.PluginLaunch;
import dev.pluginkit.mattermost.test.driver.ShutdownResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle as an administrator uploads it, unpacked into a folder of its own and launched
 * the way the server launches it, with the server's limits: the driver's default 3 s from
 * the process start to the handshake, then 30 s each for {@code Implemented} and
 * {@code OnActivate}.
 */
class BundleLaunchIT {

	private static final Path BUNDLE = Path.of(System.getProperty("mattermost.plugin.bundle"));

	private static InMemoryMattermost mattermost;

	@TempDir
	Path folders;

	@BeforeAll
	static void startServer() {
		mattermost = InMemoryMattermost.start();
	}

	@AfterAll
	static void stopServer() {
		mattermost.close();
	}

	@Test
	void launchedFiveTimesInARowEveryLaunchActivates() throws Exception {
		for (int launch = 1; launch <= 5; launch++) {
			try (PluginDriver plugin = PluginDriver.launch(launchOf(unpack("launch-" + launch)))) {
				assertThat(plugin.implementedHooks()).as("launch %d", launch).contains("OnActivate");
				ShutdownResult end = plugin.shutdown();
				assertThat(end.clean()).as("launch %d: %s", launch, end.problems()).isTrue();
			}
		}
	}

	@Test
	void fourCopiesLaunchedAtOnceAllHandshakeInTimeAndActivate() throws Exception {
		List<PluginLaunch> launches = new ArrayList<>();
		for (int copy = 1; copy <= 4; copy++) {
			launches.add(launchOf(unpack("copy-" + copy)));
		}
		// As a server starting its plugins: every process starts at the same moment.
		List<CompletableFuture<PluginDriver>> starts = launches.stream()
			.map((launch) -> CompletableFuture.supplyAsync(() -> PluginDriver.launch(launch)))
			.toList();
		List<PluginDriver> plugins = new ArrayList<>();
		try {
			for (CompletableFuture<PluginDriver> start : starts) {
				plugins.add(start.get(2, TimeUnit.MINUTES));
			}
			assertThat(plugins).hasSize(4)
				.allSatisfy((plugin) -> assertThat(plugin.implementedHooks()).contains("OnActivate"));
		}
		finally {
			for (CompletableFuture<PluginDriver> start : starts) {
				start.thenAccept(PluginDriver::close).exceptionally((ex) -> null).join();
			}
		}
	}

	private PluginLaunch launchOf(Path folder) {
		return PluginLaunch.pluginFolder(folder).withApiTarget(mattermost.target());
	}

	/**
	 * Unpacks the bundle as the server does, into a folder no build step knows.
	 */
	private Path unpack(String name) throws IOException {
		return PluginBundle.unpack(BUNDLE, Files.createDirectories(this.folders.resolve(name)));
	}

}

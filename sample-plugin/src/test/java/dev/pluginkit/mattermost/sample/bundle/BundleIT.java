package dev.pluginkit.mattermost.sample.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import dev.pluginkit.mattermost.test.driver.PluginBundle;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin bundle that {@code ./mvnw package} makes, read the way the server unpacks it.
 */
class BundleIT {

	private static final String ID = System.getProperty("mattermost.plugin.id");

	private static final String JAR = System.getProperty("mattermost.plugin.jar");

	private static Map<String, PluginBundle.Entry> entries;

	@BeforeAll
	static void readBundle() throws IOException {
		entries = PluginBundle.read(Path.of(System.getProperty("mattermost.plugin.bundle")));
	}

	@Test
	void everythingIsInOneFolderNamedAfterThePluginId() {
		// The server takes a single top folder as the plugin folder.
		assertThat(entries.keySet()).allMatch((name) -> name.startsWith(ID + "/"));
	}

	@Test
	void manifestNamesTheJarAsExecutableWithThePythonRuntime() {
		DocumentContext manifest = JsonPath.parse(new String(entry("plugin.json").content(), StandardCharsets.UTF_8));
		assertThat(manifest.read("$.id", String.class)).isEqualTo(ID);
		assertThat(manifest.read("$.name", String.class)).isNotBlank();
		assertThat(manifest.read("$.version", String.class)).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(manifest.read("$.server.executable", String.class)).isEqualTo(JAR);
		assertThat(manifest.read("$.server.runtime", String.class)).isEqualTo("python");
	}

	@Test
	void manifestHoldsTheSettingsSchemaGeneratedFromTheSettingsClass() {
		DocumentContext manifest = JsonPath.parse(new String(entry("plugin.json").content(), StandardCharsets.UTF_8));
		assertThat(manifest.read("$.settings_schema.header", String.class))
			.isEqualTo("Moderation by the Spring Boot sample plugin.");
		Map<String, Object> forbiddenWord = manifest.read("$.settings_schema.settings[0]");
		assertThat(forbiddenWord).containsEntry("key", "forbiddenWord")
			.containsEntry("display_name", "Forbidden word")
			.containsEntry("type", "text")
			.containsEntry("help_text", "Posts containing this word, in any case, are rejected. Leave it empty to accept every post.")
			.containsEntry("placeholder", "spam")
			.containsEntry("default", "spam");
		assertThat(manifest.read("$.settings_schema.settings.length()", Integer.class)).isEqualTo(1);
	}

	@Test
	void jarIsInTheBundle() {
		// The server refuses to start a plugin whose server.executable is missing.
		assertThat(entry(JAR).content()).startsWith((byte) 'P', (byte) 'K');
	}

	@Test
	void applicationIsExtractedIntoTheJarAndLibWhichItsClassPathNames() throws IOException {
		Manifest manifest;
		try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(entry(JAR).content()))) {
			manifest = jar.getManifest();
			for (JarEntry each = jar.getNextJarEntry(); each != null; each = jar.getNextJarEntry()) {
				assertThat(each.getName()).as("a plain jar, not Spring Boot's nested one").doesNotStartWith("BOOT-INF/");
			}
		}
		List<String> classPath = List.of(manifest.getMainAttributes().getValue("Class-Path").split(" "));
		assertThat(classPath).isNotEmpty().allMatch((path) -> path.startsWith("lib/"));
		assertThat(libraries()).containsExactlyInAnyOrderElementsOf(
				classPath.stream().map((path) -> path.substring("lib/".length())).toList());
	}

	@Test
	void librariesHoldNoTestKitAndEachArtifactOnce() {
		List<String> libraries = libraries();
		// The test kit is for the demo jar only; the starter brings grpc-inprocess itself.
		assertThat(libraries).noneMatch((name) -> name.startsWith("mattermost-plugin-test"));
		assertThat(libraries).filteredOn((name) -> name.startsWith("grpc-inprocess-")).hasSize(1);
		assertThat(libraries.stream().map((name) -> name.replaceFirst("-\\d[^-]*(-[A-Za-z].*)?\\.jar$", "")))
			.doesNotHaveDuplicates();
	}

	@Test
	void everyJarHasTheModificationTimeTheLauncherRestores() {
		// 2000-01-01T00:00:00Z: a class cache holds the jars' times, the server does not keep them.
		assertThat(entries.values())
			.filteredOn((entry) -> entry.name().equals(ID + "/" + JAR)
					|| (entry.name().startsWith(ID + "/lib/") && entry.name().endsWith(".jar")))
			.hasSizeGreaterThan(1)
			.allMatch((entry) -> entry.modified() == 946684800L);
		assertThat(new String(entry("venv/bin/python").content(), StandardCharsets.UTF_8))
			.contains("-t 200001010000.00");
	}

	@Test
	void launcherIsAnExecutableShellScriptThatRunsTheJar() {
		PluginBundle.Entry launcher = entry("venv/bin/python");
		assertThat(launcher.mode() & 0111).isEqualTo(0111);
		assertThat(new String(launcher.content(), StandardCharsets.UTF_8)).startsWith("#!/bin/sh\n")
			.contains("jar_name='" + JAR + "'");
	}

	@Test
	void aClassCacheComesOnlyWithTheBundledRuntimeItWasMadeFor() {
		boolean cache = entries.containsKey(ID + "/" + AotTrainingRun.AOT_CACHE)
				|| entries.containsKey(ID + "/" + AotTrainingRun.CDS_ARCHIVE);
		assertThat(entries.containsKey(ID + "/jre/bin/java")).isEqualTo(cache);
	}

	@Test
	void bundledRuntimeProgramsAreExecutable() {
		assertThat(entries.values()).filteredOn((entry) -> entry.name().startsWith(ID + "/jre/bin/"))
			.allMatch((entry) -> (entry.mode() & 0111) == 0111);
	}

	private static List<String> libraries() {
		String lib = ID + "/lib/";
		return entries.keySet()
			.stream()
			.filter((name) -> name.startsWith(lib) && name.endsWith(".jar"))
			.map((name) -> name.substring(lib.length()))
			.toList();
	}

	private static PluginBundle.Entry entry(String path) {
		PluginBundle.Entry entry = entries.get(ID + "/" + path);
		assertThat(entry).as(path + " in the bundle").isNotNull();
		return entry;
	}

}

package dev.pluginkit.mattermost.sample.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

	private static Map<String, TarEntry> entries;

	@BeforeAll
	static void readBundle() throws IOException {
		entries = TarEntry.readAll(Path.of(System.getProperty("mattermost.plugin.bundle")));
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
	void jarIsInTheBundle() {
		// The server refuses to start a plugin whose server.executable is missing.
		assertThat(entry(JAR).content()).startsWith((byte) 'P', (byte) 'K');
	}

	@Test
	void jarHoldsNoTestKitAndEachLibraryOnce() throws IOException {
		List<String> libraries = new ArrayList<>();
		try (ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(entry(JAR).content()))) {
			for (ZipEntry each = jar.getNextEntry(); each != null; each = jar.getNextEntry()) {
				if (each.getName().startsWith("BOOT-INF/lib/") && each.getName().endsWith(".jar")) {
					libraries.add(each.getName().substring("BOOT-INF/lib/".length()));
				}
			}
		}
		// The test kit is for the demo jar only; the starter brings grpc-inprocess itself.
		assertThat(libraries).noneMatch((name) -> name.startsWith("mattermost-plugin-test"));
		assertThat(libraries).filteredOn((name) -> name.startsWith("grpc-inprocess-")).hasSize(1);
		assertThat(libraries.stream().map((name) -> name.replaceFirst("-\\d[^-]*(-[A-Za-z].*)?\\.jar$", "")))
			.doesNotHaveDuplicates();
	}

	@Test
	void launcherIsAnExecutableShellScriptThatRunsTheJar() {
		TarEntry launcher = entry("venv/bin/python");
		assertThat(launcher.mode() & 0111).isEqualTo(0111);
		assertThat(new String(launcher.content(), StandardCharsets.UTF_8)).startsWith("#!/bin/sh\n")
			.contains("jar_name='" + JAR + "'");
	}

	@Test
	void bundledRuntimeProgramsAreExecutable() {
		assertThat(entries.values()).filteredOn((entry) -> entry.name().startsWith(ID + "/jre/bin/"))
			.allMatch((entry) -> (entry.mode() & 0111) == 0111);
	}

	private static TarEntry entry(String path) {
		TarEntry entry = entries.get(ID + "/" + path);
		assertThat(entry).as(path + " in the bundle").isNotNull();
		return entry;
	}

	/**
	 * One file of a tar archive; {@link #readAll} reads ustar headers and the PAX
	 * {@code path} records that maven-assembly writes for long names.
	 */
	private record TarEntry(String name, int mode, byte[] content) {

		static Map<String, TarEntry> readAll(Path archive) throws IOException {
			Map<String, TarEntry> entries = new LinkedHashMap<>();
			try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
				String longName = null;
				while (true) {
					byte[] header = in.readNBytes(512);
					if (header.length < 512 || header[0] == 0) {
						return entries;
					}
					long size = Long.parseLong(field(header, 124, 12).trim(), 8);
					byte[] content = in.readNBytes((int) size);
					in.skipNBytes((512 - size % 512) % 512);
					char type = (char) header[156];
					if (type == 'x') {
						longName = paxPath(new String(content, StandardCharsets.UTF_8));
						continue;
					}
					String prefix = field(header, 345, 155);
					String name = (longName != null) ? longName
							: (prefix.isEmpty() ? "" : prefix + "/") + field(header, 0, 100);
					longName = null;
					if (type == '0' || type == '\0') {
						int mode = Integer.parseInt(field(header, 100, 8).trim(), 8);
						entries.put(name, new TarEntry(name, mode, content));
					}
				}
			}
		}

		private static String field(byte[] header, int offset, int length) {
			int end = offset;
			while (end < offset + length && header[end] != 0) {
				end++;
			}
			return new String(header, offset, end - offset, StandardCharsets.UTF_8);
		}

		private static String paxPath(String records) {
			for (String record : records.split("\n")) {
				int key = record.indexOf(" path=");
				if (key >= 0) {
					return record.substring(key + " path=".length());
				}
			}
			return null;
		}

	}

}

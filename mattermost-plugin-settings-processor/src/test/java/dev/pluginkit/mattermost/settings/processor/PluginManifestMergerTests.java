package dev.pluginkit.mattermost.settings.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Merging the generated schema into a bundle's {@code plugin.json}.
 */
class PluginManifestMergerTests {

	private static final String MANIFEST = """
			{
			  "id": "com.example.plugin",
			  "name": "Example \\"quoted\\"",
			  "version": "1.2.3",
			  "server": {"executable": "plugin.jar", "runtime": "python"}
			}
			""";

	private static final String SCHEMA = """
			{"settings": [{"key": "forbiddenWord", "type": "text", "default": "spam"},
			              {"key": "max", "type": "number", "default": 3}]}
			""";

	@TempDir
	Path folder;

	@Test
	void theSchemaBecomesTheManifestsSettingsSchemaAndTheRestStays() throws IOException {
		Path manifest = write("plugin.json", MANIFEST);

		assertThat(PluginManifestMerger.merge(manifest, write("schema.json", SCHEMA))).isTrue();

		DocumentContext merged = JsonPath.parse(Files.readString(manifest));
		assertThat(merged.read("$.name", String.class)).isEqualTo("Example \"quoted\"");
		assertThat(merged.read("$.server.runtime", String.class)).isEqualTo("python");
		assertThat(merged.read("$.settings_schema.settings[*].key", List.class)).containsExactly("forbiddenWord", "max");
		assertThat(merged.read("$.settings_schema.settings[1].default", Integer.class)).isEqualTo(3);
		assertThat(merged.read("$", Map.class).keySet()).containsExactly("id", "name", "version", "server",
				"settings_schema");
	}

	@Test
	void aManifestThatDeclaresSettingsItselfIsRefused() throws IOException {
		Path manifest = write("plugin.json", "{\"id\": \"x\", \"settings_schema\": {\"settings\": []}}");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> PluginManifestMerger.merge(manifest, write("schema.json", SCHEMA)))
			.withMessageContaining("declares a settings_schema")
			.withMessageContaining("@PluginSettings");
	}

	@Test
	void withoutAGeneratedSchemaTheManifestStaysAsItIs() throws IOException {
		Path manifest = write("plugin.json", MANIFEST);

		assertThat(PluginManifestMerger.merge(manifest, this.folder.resolve("missing.json"))).isFalse();
		assertThat(Files.readString(manifest)).isEqualTo(MANIFEST);
	}

	@Test
	void aManifestThatIsNotJsonIsRefusedNamingWhere() throws IOException {
		Path manifest = write("plugin.json", "{\"id\": \"x\",\n \"name\" \"y\"}");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> PluginManifestMerger.merge(manifest, write("schema.json", SCHEMA)))
			.withMessageContaining("plugin.json is not JSON")
			.withMessageContaining("line 2");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

}

package dev.pluginkit.mattermost.settings.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Puts the generated {@code settings_schema} into a bundle's {@code plugin.json}: run by
 * the build after compiling, on the {@code plugin.json} of the bundle folder (the sample runs
 * it with {@code maven-antrun-plugin} in {@code prepare-package}). The {@code plugin.json}
 * in the sources declares no settings of its own: the settings class is their one source,
 * and a {@code settings_schema} in both places fails the build. Without a generated schema
 * (no {@code @PluginSettings} class) the file stays as it is.
 */
public final class PluginManifestMerger {

	private PluginManifestMerger() {
	}

	/**
	 * Merges the schema into the manifest.
	 * @param args the {@code plugin.json} to update, and the generated schema (the class
	 * output's {@value PluginSettingsProcessor#SCHEMA_PATH})
	 * @throws IOException when a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("Usage: PluginManifestMerger <plugin.json> <settings_schema.json>");
		}
		merge(Path.of(args[0]), Path.of(args[1]));
	}

	/**
	 * Merges the schema into the manifest.
	 * @param manifest the {@code plugin.json} to update
	 * @param schema the generated schema; when it does not exist, nothing changes
	 * @return whether the manifest was changed
	 * @throws IOException when a file cannot be read or written
	 * @throws IllegalArgumentException when a file is not a JSON object, or the manifest
	 * already has a {@code settings_schema}
	 */
	public static boolean merge(Path manifest, Path schema) throws IOException {
		if (!Files.exists(schema)) {
			return false;
		}
		Map<String, Object> plugin = object(manifest);
		if (plugin.containsKey("settings_schema")) {
			throw new IllegalArgumentException(manifest + " declares a settings_schema, and the build generates one"
					+ " from the @PluginSettings classes (" + schema + "): remove it from the plugin.json of the sources,"
					+ " the settings class is the one place to declare settings");
		}
		plugin.put("settings_schema", object(schema));
		Files.writeString(manifest, Json.write(plugin), StandardCharsets.UTF_8);
		return true;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Path file) throws IOException {
		Object value;
		try {
			value = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + " is not JSON: " + ex.getMessage(), ex);
		}
		if (!(value instanceof Map)) {
			throw new IllegalArgumentException(file + " is not a JSON object");
		}
		return (Map<String, Object>) value;
	}

}

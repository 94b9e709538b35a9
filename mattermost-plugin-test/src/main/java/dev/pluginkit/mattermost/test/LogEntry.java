package dev.pluginkit.mattermost.test;

import java.util.Map;
import java.util.Objects;

/**
 * One line that a plugin wrote to the server log through {@code LogDebug}, {@code LogInfo},
 * {@code LogWarn} or {@code LogError}, as {@link InMemoryMattermost} recorded it.
 *
 * @param level the level of the RPC that carried the line
 * @param message the message text
 * @param fields the key-value pairs in the order the plugin sent them, with values converted
 * from {@code google.protobuf.Value} to {@code String}, {@code Double}, {@code Boolean},
 * {@code null}, {@code List} or {@code Map}
 */
public record LogEntry(LogLevel level, String message, Map<String, Object> fields) {

	/**
	 * Validates and defensively copies the components.
	 * @param level the log level
	 * @param message the message
	 * @param fields the key-value pairs
	 */
	public LogEntry {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(message, "message");
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	/**
	 * The levels of the server log that a plugin can write to.
	 */
	public enum LogLevel {

		/** Written by {@code LogDebug}. */
		DEBUG,

		/** Written by {@code LogInfo}. */
		INFO,

		/** Written by {@code LogWarn}. */
		WARN,

		/** Written by {@code LogError}. */
		ERROR

	}

}

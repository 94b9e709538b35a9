package dev.pluginkit.mattermost.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata that the jar ships: every property, each with its description.
 */
class ConfigurationMetadataTests {

	private static final List<String> PROPERTIES = List.of("mattermost.plugin.api.target",
			"mattermost.plugin.api.deadline", "mattermost.plugin.api.keepalive-time",
			"mattermost.plugin.api.keepalive-timeout", "mattermost.plugin.api.keepalive-without-calls",
			"mattermost.plugin.api.max-inbound-message-size", "mattermost.plugin.api.max-outbound-message-size",
			"mattermost.plugin.api.shutdown-grace-period",
			"mattermost.plugin.hooks.timeout", "mattermost.plugin.hooks.veto-failure",
			"mattermost.plugin.hooks.veto-failure-reason", "mattermost.plugin.hooks.executor.threads",
			"mattermost.plugin.runtime.enabled", "mattermost.plugin.runtime.shutdown-grace-period",
			"mattermost.plugin.runtime.max-inbound-message-size", "mattermost.plugin.http.response-buffer-size",
			"mattermost.plugin.http.flush-delay", "mattermost.plugin.http.require-user",
			"mattermost.plugin.http.executor.threads", "mattermost.plugin.kv.update-attempts",
			"mattermost.plugin.kv.update-backoff", "mattermost.plugin.cluster.threads",
			"mattermost.plugin.cluster.lock.time-to-live", "mattermost.plugin.cluster.lock.refresh-interval",
			"mattermost.plugin.cluster.lock.poll-interval", "mattermost.plugin.cluster.lock.jitter",
			"mattermost.plugin.cluster.lock.max-backoff", "mattermost.plugin.cluster.job.poll-interval",
			"mattermost.plugin.interactive.path", "mattermost.plugin.interactive.plugin-id");

	@Test
	void listsEveryPropertyWithADescription() throws IOException {
		List<Map<String, Object>> properties = JsonPath.read(metadata(), "$.properties[*]");

		assertThat(properties).extracting((property) -> property.get("name"))
			.containsExactlyInAnyOrderElementsOf(PROPERTIES);
		assertThat(properties).allSatisfy((property) -> assertThat((String) property.get("description"))
			.as("description of %s", property.get("name"))
			.isNotBlank());
	}

	@Test
	void namesTheEnvironmentVariableInTheTargetsDescription() throws IOException {
		List<String> descriptions = JsonPath.read(metadata(),
				"$.properties[?(@.name == 'mattermost.plugin.api.target')].description");

		assertThat(descriptions).singleElement().asString().contains("MATTERMOST_PLUGIN_API_TARGET");
	}

	@Test
	void recordsTheDefaults() throws IOException {
		List<Object> keepalive = JsonPath.read(metadata(),
				"$.properties[?(@.name == 'mattermost.plugin.api.keepalive-time')].defaultValue");

		assertThat(keepalive).containsExactly("5m");
	}

	private static String metadata() throws IOException {
		// Other jars ship the same file name: read the one beside our own classes.
		URL ours = MattermostPluginProperties.class.getProtectionDomain().getCodeSource().getLocation();
		try (InputStream stream = new URL(ours, "META-INF/spring-configuration-metadata.json").openStream()) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

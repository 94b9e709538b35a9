package dev.pluginkit.mattermost.client.fake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SavePluginConfigRequest;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.internal.ConfigurationService;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The in-memory server's configuration, plugin settings and licence, through
 * {@link PluginAPIClient} over a real socket.
 */
class InMemoryConfigurationTests {

	private InMemoryMattermost mattermost;

	private ManagedChannel channel;

	private PluginAPIClient api;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.channel = this.mattermost.newChannel();
		this.api = PluginAPIClient.create(this.channel);
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void configHasTheUsualSections() {
		Map<String, Object> config = this.api.getConfigAsMap();

		assertThat(config).containsKeys("ServiceSettings", "TeamSettings", "SqlSettings", "PluginSettings");
		assertThat(section(config, "ServiceSettings")).containsEntry("SiteURL", "http://localhost:8065");
		assertThat(section(config, "TeamSettings")).containsEntry("SiteName", "Mattermost");
	}

	@Test
	void configMasksSecrets() {
		Map<String, Object> sql = section(this.api.getConfigAsMap(), "SqlSettings");

		String masked = "*".repeat(32);
		assertThat(sql).containsEntry("DataSource", masked).containsEntry("AtRestEncryptKey", masked);
		assertThat(section(this.api.getConfigAsMap(), "FileSettings")).containsEntry("PublicLinkSalt", masked);
	}

	@Test
	void unsanitizedConfigKeepsSecrets() {
		Map<String, Object> sql = section(this.api.getUnsanitizedConfigAsMap(), "SqlSettings");

		assertThat((String) sql.get("DataSource")).startsWith("postgres://mmuser:");
		assertThat((String) sql.get("AtRestEncryptKey")).doesNotContain("*");
	}

	@Test
	void configIsJsonAsGoWritesIt() {
		String json = new String(this.api.getUnsanitizedConfig(), StandardCharsets.UTF_8);

		assertThat(json).startsWith("{\"ServiceSettings\":{\"SiteURL\":\"http://localhost:8065\"")
			.contains("sslmode=disable\\u0026connect_timeout=10")
			.doesNotContain(" ");
	}

	@Test
	void pluginConfigIsEmptyUntilSaved() {
		assertThat(this.api.getPluginConfig()).isEmpty();
		assertThat(this.api.loadPluginConfigurationAsMap()).isEmpty();
	}

	@Test
	void savePluginConfigReplacesTheSettings() {
		this.api.savePluginConfig(Map.of("Greeting", "hello", "Enabled", true));

		this.api.savePluginConfig(Map.of("Limit", 3));

		assertThat(this.api.getPluginConfig()).containsExactly(Map.entry("Limit", 3.0));
	}

	@Test
	void getPluginConfigAnswersTheSettingsAsSaved() {
		this.api.savePluginConfig(Map.of("Greeting", "hello", "Nested", Map.of("Items", List.of("a", "b"))));

		assertThat(this.api.getPluginConfig()).containsEntry("Greeting", "hello")
			.containsEntry("Nested", Map.of("Items", List.of("a", "b")));
	}

	@Test
	void loadPluginConfigurationLowerCasesTheKeysAndSortsThem() {
		this.api.savePluginConfig(Map.of("Greeting", "<hi>", "Enabled", true, "MaxItems", 3, "Ratio", 0.5));

		String json = new String(this.api.loadPluginConfiguration(), StandardCharsets.UTF_8);

		assertThat(json).isEqualTo("{\"enabled\":true,\"greeting\":\"\\u003chi\\u003e\",\"maxitems\":3,\"ratio\":0.5}");
	}

	@Test
	void savedPluginSettingsAppearInTheServerConfig() {
		this.api.savePluginConfig(Map.of("Greeting", "hello"));

		Map<String, Object> plugins = section(section(this.api.getConfigAsMap(), "PluginSettings"), "Plugins");

		assertThat(plugins).containsEntry(ConfigurationService.PLUGIN_ID, Map.of("Greeting", "hello"));
	}

	@Test
	void savePluginConfigWithoutConfigIsRejectedWithAStatus() {
		// the client always sends the field; only a raw request can leave it out
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> PluginAPIGrpc.newBlockingStub(this.channel)
				.savePluginConfig(SavePluginConfigRequest.getDefaultInstance()))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).isEqualTo("config is required");
			});
	}

	@Test
	void licenseIsEmptyWithoutALicence() {
		assertThat(this.api.getLicense()).isEmpty();
		assertThat(this.api.getLicenseAsMap()).isEmpty();
	}

	@Test
	void aSetLicenceIsAnsweredUntilReset() {
		this.mattermost.setLicense("{\"SkuShortName\":\"enterprise\"}");

		assertThat(this.api.getLicenseAsMap()).contains(Map.of("SkuShortName", "enterprise"));
		this.mattermost.reset();
		assertThat(this.api.getLicense()).isEmpty();
	}

	@Test
	void seededPluginSettingsAreWhatThePluginLoads() {
		this.mattermost.setPluginConfig(Map.of("Greeting", "hi", "Enabled", true));

		assertThat(this.api.getPluginConfig()).isEqualTo(Map.of("Greeting", "hi", "Enabled", true));
		assertThat(this.api.loadPluginConfigurationAsMap()).isEqualTo(Map.of("greeting", "hi", "enabled", true));
	}

	@Test
	void settingsThePluginSavedCanBeReadBack() {
		this.api.savePluginConfig(Map.of("Limit", 5));

		assertThat(this.mattermost.pluginConfig()).isEqualTo(Map.of("Limit", 5.0));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> config, String name) {
		return (Map<String, Object>) config.get(name);
	}

}

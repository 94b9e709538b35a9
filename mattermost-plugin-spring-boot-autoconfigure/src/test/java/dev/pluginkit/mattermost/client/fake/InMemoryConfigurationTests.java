package dev.pluginkit.mattermost.client.fake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
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

	// SaveConfig: server/channels/app/plugin_api.go PluginAPI.SaveConfig, then
	// server/channels/app/platform/config.go PlatformService.SaveConfig and
	// server/config/store.go Store.Set (SetDefaults, desanitize, Config.IsValid).

	@Test
	void savedConfigIsWhatGetConfigAnswers() {
		Map<String, Object> config = this.api.getConfigAsMap();
		section(config, "TeamSettings").put("SiteName", "Chat");
		section(config, "ServiceSettings").put("MaximumLoginAttempts", 3);

		this.api.saveConfig(config);

		Map<String, Object> saved = this.api.getConfigAsMap();
		assertThat(section(saved, "TeamSettings")).containsEntry("SiteName", "Chat");
		assertThat(section(saved, "ServiceSettings")).containsEntry("MaximumLoginAttempts", 3.0);
	}

	@Test
	void secretsSentBackMaskedKeepTheirValues() {
		// desanitize in server/config/utils.go
		String dataSource = (String) section(this.api.getUnsanitizedConfigAsMap(), "SqlSettings").get("DataSource");
		Map<String, Object> masked = this.api.getConfigAsMap();

		this.api.saveConfig(masked);

		Map<String, Object> sql = section(this.api.getUnsanitizedConfigAsMap(), "SqlSettings");
		assertThat(sql).containsEntry("DataSource", dataSource);
		assertThat((String) sql.get("AtRestEncryptKey")).hasSize(32).doesNotContain("*");
	}

	@Test
	void settingsLeftOutOfASavedConfigTakeTheirDefaults() {
		// Config.SetDefaults fills every setting that is missing or null
		this.api.saveConfig(Map.of("TeamSettings", Map.of("SiteName", "Chat")));

		Map<String, Object> config = this.api.getConfigAsMap();
		assertThat(section(config, "TeamSettings")).containsEntry("SiteName", "Chat")
			.containsEntry("MaxUsersPerTeam", 50.0);
		assertThat(section(config, "ServiceSettings")).containsEntry("SiteURL", "http://localhost:8065");
	}

	@Test
	void savedConfigIsWrittenAsGoWritesTheStruct() {
		this.api.saveConfig("{\"TeamSettings\":{\"MaxUsersPerTeam\":7,\"SiteName\":\"Chat\"}}"
			.getBytes(StandardCharsets.UTF_8));

		String json = new String(this.api.getConfig(), StandardCharsets.UTF_8);

		assertThat(json).contains("\"TeamSettings\":{\"SiteName\":\"Chat\",\"MaxUsersPerTeam\":7,");
	}

	@Test
	void savingAConfigReplacesThisPluginsSettings() {
		this.api.savePluginConfig(Map.of("Old", true));
		Map<String, Object> config = this.api.getConfigAsMap();
		section(section(config, "PluginSettings"), "Plugins").put(ConfigurationService.PLUGIN_ID, Map.of("Limit", 4));

		this.api.saveConfig(config);

		assertThat(this.api.getPluginConfig()).isEqualTo(Map.of("Limit", 4.0));
	}

	@Test
	void anInvalidSettingFailsTheSaveWithTheServersErrorAndKeepsTheConfig() {
		// Store.Set wraps the Config.IsValid error; PlatformService.SaveConfig answers
		// app.save_config.app_error with HTTP 500, which the bridge sends as INTERNAL.
		List<Map<String, Object>> invalid = List.of(Map.of("TeamSettings", Map.of("MaxUsersPerTeam", 0)),
				Map.of("TeamSettings", Map.of("SiteName", "A site name longer than thirty bytes")),
				Map.of("TeamSettings", Map.of("TeammateNameDisplay", "nickname")),
				Map.of("TeamSettings", Map.of("RestrictDirectMessage", "nobody")),
				Map.of("SqlSettings", Map.of("DriverName", "sqlite")),
				Map.of("SqlSettings", Map.of("AtRestEncryptKey", "too-short")),
				Map.of("SqlSettings", Map.of("QueryTimeout", -1)),
				Map.of("FileSettings", Map.of("DriverName", "ftp")),
				Map.of("FileSettings", Map.of("MaxFileSize", 0)),
				Map.of("ServiceSettings", Map.of("SiteURL", "http://chat example.com")),
				Map.of("ServiceSettings", Map.of("SiteURL", "example.com")),
				Map.of("ServiceSettings", Map.of("ListenAddress", "8065")),
				Map.of("ServiceSettings", Map.of("ListenAddress", ":70000")),
				Map.of("ServiceSettings", Map.of("ConnectionSecurity", "TLS")),
				Map.of("ServiceSettings", Map.of("MaximumLoginAttempts", 0)));
		for (Map<String, Object> config : invalid) {
			assertThatExceptionOfType(PluginApiException.class).as(config.toString())
				.isThrownBy(() -> this.api.saveConfig(config))
				.satisfies((ex) -> {
					assertThat(ex).isNotInstanceOf(PluginApiValidationException.class);
					assertThat(ex.getStatusCode()).isEqualTo(Status.Code.INTERNAL);
					assertThat(ex.getErrorId()).isEqualTo("app.save_config.app_error");
				});
		}
		assertThat(section(this.api.getConfigAsMap(), "TeamSettings")).containsEntry("MaxUsersPerTeam", 50.0);
	}

	@Test
	void validValuesAtTheLimitsAreSaved() {
		this.api.saveConfig(Map.of("ServiceSettings", Map.of("ListenAddress", "127.0.0.1:65535", "SiteURL", "/"),
				"TeamSettings", Map.of("SiteName", "x".repeat(30), "RestrictDirectMessage", "team"),
				"SqlSettings", Map.of("AtRestEncryptKey", ""), "FileSettings", Map.of("DriverName", "amazons3")));

		assertThat(section(this.api.getUnsanitizedConfigAsMap(), "ServiceSettings")).containsEntry("ListenAddress",
				"127.0.0.1:65535");
	}

	@Test
	void aValueOfTheWrongTypeFailsAsTheBridgeFailsToUnmarshalIt() {
		// the bridge's SaveConfig handler: json.Unmarshal into model.Config, INVALID_ARGUMENT
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.saveConfig(Map.of("TeamSettings", Map.of("MaxUsersPerTeam", "many"))))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("failed to unmarshal config: json: "
					+ "cannot unmarshal string into Go struct field TeamSettings.TeamSettings.MaxUsersPerTeam of type int"));
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.saveConfig("{\"TeamSettings\":{\"MaxUsersPerTeam\":5.0}}"
				.getBytes(StandardCharsets.UTF_8)));
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.saveConfig("{\"TeamSettings\":".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.getErrorMessage())
				.isEqualTo("failed to unmarshal config: unexpected end of JSON input"));
	}

	@Test
	void anEmptyConfigIsRejectedByTheBridge() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.saveConfig(new byte[0]))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).isEqualTo("config_json is required"));
	}

	@Test
	void aResetServerHasTheDefaultConfigAgain() {
		this.api.saveConfig(Map.of("TeamSettings", Map.of("SiteName", "Chat")));

		this.mattermost.reset();

		assertThat(section(this.api.getConfigAsMap(), "TeamSettings")).containsEntry("SiteName", "Mattermost");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> config, String name) {
		return (Map<String, Object>) config.get(name);
	}

}

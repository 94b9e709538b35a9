package dev.pluginkit.mattermost.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.pluginapi.v1.GetConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetLicenseResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KVGetResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SaveConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SaveConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UploadDataResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UploadSession;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The methods beside the RPC-named ones: JSON offered parsed, results absent without an
 * error, and arguments checked before anything is sent.
 */
class ConvenienceMethodsTests {

	private InMemoryMattermost mattermost;

	private ManagedChannel channel;

	private PluginAPIClient api;

	private AsyncPluginAPIClient asyncApi;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.channel = this.mattermost.newChannel();
		this.api = PluginAPIClient.create(this.channel);
		this.asyncApi = AsyncPluginAPIClient.create(this.channel);
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void configIsOfferedParsedIntoMapsInTheOrderOfTheText() {
		answerConfig("{\"ServiceSettings\":{\"SiteURL\":\"https://chat.example.com\",\"ListenAddress\":\":8065\"},"
				+ "\"TeamSettings\":{\"MaxUsersPerTeam\":50,\"EnableOpenServer\":false,\"Tags\":[\"a\",null]}}");

		Map<String, Object> config = this.api.getConfigAsMap();

		assertThat(config).containsOnlyKeys("ServiceSettings", "TeamSettings");
		assertThat(config.get("ServiceSettings")).isEqualTo(
				Map.of("SiteURL", "https://chat.example.com", "ListenAddress", ":8065"));
		Map<?, ?> team = (Map<?, ?>) config.get("TeamSettings");
		assertThat(team.get("MaxUsersPerTeam")).isEqualTo(50.0);
		assertThat(team.get("EnableOpenServer")).isEqualTo(false);
		assertThat(team.get("Tags")).isEqualTo(Arrays.asList("a", null));
	}

	@Test
	void theAsyncClientParsesTheSameWay() throws Exception {
		answerConfig("{\"a\":\"b\"}");

		assertThat(this.asyncApi.getConfigAsMap().get(5, TimeUnit.SECONDS)).isEqualTo(Map.of("a", "b"));
	}

	@Test
	void configThatIsNotAJsonObjectFailsWithAPluginApiException() {
		answerConfig("[1, 2]");

		assertThatExceptionOfType(PluginApiException.class).isThrownBy(this.api::getConfigAsMap)
			.withMessageContaining("not a JSON object");
	}

	@Test
	void aServerWithoutLicenceHasNone() {
		this.mattermost.answer(PluginAPIGrpc.getGetLicenseMethod(), GetLicenseResponse.getDefaultInstance());

		assertThat(this.api.getLicense()).isEmpty();
		assertThat(this.api.getLicenseAsMap()).isEmpty();
	}

	@Test
	void aLicenceSentAsJsonNullIsNone() {
		this.mattermost.answer(PluginAPIGrpc.getGetLicenseMethod(),
				GetLicenseResponse.newBuilder().setLicenseJson(ByteString.copyFromUtf8("null")).build());

		assertThat(this.api.getLicenseAsMap()).isEmpty();
	}

	@Test
	void aLicenceIsParsed() {
		this.mattermost.answer(PluginAPIGrpc.getGetLicenseMethod(), GetLicenseResponse.newBuilder()
			.setLicenseJson(ByteString.copyFromUtf8("{\"SkuShortName\":\"enterprise\"}"))
			.build());

		assertThat(this.api.getLicenseAsMap()).contains(Map.of("SkuShortName", "enterprise"));
	}

	@Test
	void aMissingKvKeyIsEmpty() {
		this.mattermost.answer(PluginAPIGrpc.getKVGetMethod(), KVGetResponse.getDefaultInstance());

		assertThat(this.api.kvGet("missing")).isEmpty();
	}

	@Test
	void anUnfinishedUploadHasNoFileYet() {
		this.mattermost.answer(PluginAPIGrpc.getUploadDataMethod(), UploadDataResponse.getDefaultInstance());

		assertThat(this.api.uploadData(UploadSession.newBuilder().setId("upload-1").build(), new byte[] { 1 }))
			.isEmpty();
	}

	@Test
	void configSavedAsAMapTravelsAsJsonWithWholeNumbersWhole() {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("ServiceSettings", Map.of("SiteURL", "https://chat.example.com"));
		config.put("MaxUsers", 50);
		config.put("ReadBack", 8065.0);
		config.put("Ratio", 0.5);
		config.put("Unset", null);
		this.mattermost.answer(PluginAPIGrpc.getSaveConfigMethod(), SaveConfigResponse.getDefaultInstance());

		this.api.saveConfig(config);

		assertThat(this.mattermost.requests(PluginAPIGrpc.getSaveConfigMethod()))
			.extracting(SaveConfigRequest::getConfigJson)
			.extracting((json) -> json.toString(StandardCharsets.UTF_8))
			.containsExactly("{\"ServiceSettings\":{\"SiteURL\":\"https://chat.example.com\"},\"MaxUsers\":50,"
					+ "\"ReadBack\":8065,\"Ratio\":0.5,\"Unset\":null}");
	}

	@Test
	void aNullArgumentIsRejectedByNameBeforeAnythingIsSent() {
		assertThatNullPointerException().isThrownBy(() -> this.api.getChannelByName("team-1", null, false))
			.withMessage("name must not be null");
		assertThatNullPointerException().isThrownBy(() -> this.api.getUsersByIds(Arrays.asList("a", null)))
			.withMessage("userIds[1] must not be null");
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetChannelByNameMethod())).isEmpty();
	}

	private void answerConfig(String json) {
		this.mattermost.answer(PluginAPIGrpc.getGetConfigMethod(),
				GetConfigResponse.newBuilder().setConfigJson(ByteString.copyFromUtf8(json)).build());
	}

}

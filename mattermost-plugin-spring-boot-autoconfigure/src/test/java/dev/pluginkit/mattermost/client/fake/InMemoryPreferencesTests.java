package dev.pluginkit.mattermost.client.fake;

import java.util.List;

import dev.pluginkit.mattermost.client.AsyncPluginAPIClient;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiPermissionDeniedException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferenceForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Preference;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The in-memory server's user preferences, through {@link PluginAPIClient} over a real
 * socket.
 */
class InMemoryPreferencesTests {

	private InMemoryMattermost mattermost;

	private ManagedChannel channel;

	private PluginAPIClient api;

	private String alice;

	private String bob;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.channel = this.mattermost.newChannel();
		this.api = PluginAPIClient.create(this.channel);
		this.alice = this.mattermost.bots().create("alice").getUserId();
		this.bob = this.mattermost.bots().create("bob").getUserId();
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void savedPreferenceCanBeReadBack() {
		this.api.updatePreferencesForUser(this.alice, List.of(pref(this.alice, "display_settings", "use_military_time", "true")));

		assertThat(this.api.getPreferenceForUser(this.alice, "display_settings", "use_military_time"))
			.contains(pref(this.alice, "display_settings", "use_military_time", "true"));
	}

	@Test
	void updateOverwritesTheValueOfAnExistingPreference() {
		this.api.updatePreferencesForUser(this.alice, List.of(pref(this.alice, "pp_plugin", "mode", "a")));

		this.api.updatePreferencesForUser(this.alice, List.of(pref(this.alice, "pp_plugin", "mode", "b")));

		assertThat(this.api.getPreferencesForUser(this.alice)).containsExactly(pref(this.alice, "pp_plugin", "mode", "b"));
	}

	@Test
	void getPreferencesAnswersOnlyThatUsersPreferencesSorted() {
		this.api.updatePreferencesForUser(this.alice,
				List.of(pref(this.alice, "z_category", "n", "1"), pref(this.alice, "a_category", "n", "2")));
		this.api.updatePreferencesForUser(this.bob, List.of(pref(this.bob, "a_category", "n", "3")));

		assertThat(this.api.getPreferencesForUser(this.alice)).extracting(Preference::getCategory)
			.containsExactly("a_category", "z_category");
	}

	@Test
	void theServerAnswersAMissingPreferenceAsABadRequestNotANotFound() {
		// App.GetPreferenceByCategoryAndNameForUser (server/channels/app/preference.go)
		GetPreferenceForUserRequest request = GetPreferenceForUserRequest.newBuilder()
			.setUserId(this.alice)
			.setCategory("display_settings")
			.setName("missing")
			.build();

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> PluginAPIGrpc.newBlockingStub(this.channel).getPreferenceForUser(request))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).startsWith("app.preference.get.app_error: ");
			});
	}

	@Test
	void aPreferenceThatIsNotSetIsAnEmptyOptional() {
		assertThat(this.api.getPreferenceForUser(this.alice, "display_settings", "missing")).isEmpty();
		assertThat(AsyncPluginAPIClient.create(this.channel)
			.getPreferenceForUser(this.alice, "display_settings", "missing")
			.join()).isEmpty();
	}

	@Test
	void otherFailuresOfGetPreferenceStillFail() {
		this.mattermost.failWithAppError("GetPreferenceForUser", AppError.newBuilder()
			.setId("app.preference.get.app_error")
			.setStatusCode(500)
			.build());

		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> this.api.getPreferenceForUser(this.alice, "display_settings", "missing"))
			.satisfies((ex) -> assertThat(ex.getHttpStatus()).isEqualTo(500));
	}

	@Test
	void updateRefusesAPreferenceOfAnotherUser() {
		List<Preference> preferences = List.of(pref(this.alice, "c", "n", "v"), pref(this.bob, "c", "n", "v"));

		assertThatExceptionOfType(PluginApiPermissionDeniedException.class)
			.isThrownBy(() -> this.api.updatePreferencesForUser(this.alice, preferences))
			.satisfies((ex) -> assertStatus(ex, Status.Code.PERMISSION_DENIED,
					"api.preference.update_preferences.set.app_error"));
		assertThat(this.api.getPreferencesForUser(this.alice)).isEmpty();
	}

	@Test
	void updateSavesNothingWhenOnePreferenceIsInvalid() {
		List<Preference> preferences = List.of(pref(this.alice, "fine", "n", "v"),
				pref(this.alice, "c".repeat(33), "n", "v"));

		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.updatePreferencesForUser(this.alice, preferences))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT,
					"model.preference.is_valid.category.app_error"));
		assertThat(this.api.getPreferencesForUser(this.alice)).isEmpty();
	}

	@Test
	void updateRefusesAnInvalidUserId() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.updatePreferencesForUser("u1", List.of(pref("u1", "c", "n", "v"))))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT, "model.preference.is_valid.id.app_error"));
	}

	@Test
	void updateWhitensThemeValuesThatAreNoColours() {
		this.api.updatePreferencesForUser(this.alice, List.of(pref(this.alice, "theme", "",
				"{\"type\": \"Custom\", \"sidebarBg\": \"red\", \"linkColor\": \"#2389d7\", \"mentionBg\": 1}")));

		assertThat(this.api.getPreferenceForUser(this.alice, "theme", "").orElseThrow().getValue()).isEqualTo(
				"{\"linkColor\":\"#2389d7\",\"mentionBg\":\"#ffffff\",\"sidebarBg\":\"#ffffff\",\"type\":\"Custom\"}");
	}

	@Test
	void updateSavesAThemeThatIsNoJsonObjectAsNull() {
		this.api.updatePreferencesForUser(this.alice, List.of(pref(this.alice, "theme", "team", "not json")));

		assertThat(this.api.getPreferenceForUser(this.alice, "theme", "team").orElseThrow().getValue()).isEqualTo("null");
	}

	@Test
	void updateRefusesAnOutOfRangeLimitOfVisibleDirectMessages() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.updatePreferencesForUser(this.alice,
					List.of(pref(this.alice, "sidebar_settings", "limit_visible_dms_gms", "41"))))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT,
					"model.preference.is_valid.limit_visible_dms_gms.app_error"));
	}

	@Test
	void deleteRemovesTheNamedPreferencesWhateverTheirValue() {
		this.api.updatePreferencesForUser(this.alice,
				List.of(pref(this.alice, "c", "keep", "1"), pref(this.alice, "c", "drop", "2")));

		this.api.deletePreferencesForUser(this.alice, List.of(pref(this.alice, "c", "drop", "ignored")));

		assertThat(this.api.getPreferencesForUser(this.alice)).extracting(Preference::getName).containsExactly("keep");
	}

	@Test
	void deleteRefusesAPreferenceOfAnotherUser() {
		this.api.updatePreferencesForUser(this.bob, List.of(pref(this.bob, "c", "n", "v")));

		assertThatExceptionOfType(PluginApiPermissionDeniedException.class)
			.isThrownBy(() -> this.api.deletePreferencesForUser(this.alice, List.of(pref(this.bob, "c", "n", "v"))))
			.satisfies((ex) -> assertStatus(ex, Status.Code.PERMISSION_DENIED,
					"api.preference.delete_preferences.delete.app_error"));
		assertThat(this.api.getPreferencesForUser(this.bob)).hasSize(1);
	}

	private static Preference pref(String userId, String category, String name, String value) {
		return Preference.newBuilder().setUserId(userId).setCategory(category).setName(name).setValue(value).build();
	}

	private static void assertStatus(PluginApiException ex, Status.Code code, String errorId) {
		assertThat(ex.getStatusCode()).isEqualTo(code);
		assertThat(ex.getHttpStatus()).isZero();
		assertThat(ex.getErrorId()).isEqualTo(errorId);
	}

}

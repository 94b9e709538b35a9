package dev.pluginkit.mattermost.client.fake;

import java.time.Duration;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCommandRequest;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Slash commands registered with the in-memory server, through {@link PluginAPIClient}
 * over a socket: the command handlers report failures as a gRPC status.
 */
class InMemoryCommandsTests {

	private static final String TEAM = "teamaaaaaaaaaaaaaaaaaaaaaa";

	private static final String OTHER_TEAM = "teambbbbbbbbbbbbbbbbbbbbbb";

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
	void registerStoresTheLowerCasedTriggerAndTheFieldsTheServerKeeps() {
		this.api.registerCommand(Command.newBuilder()
			.setTrigger("Weather")
			.setTeamId(TEAM)
			.setDisplayName("Weather")
			.setAutoComplete(true)
			.setAutoCompleteDesc("Shows the weather")
			.setAutoCompleteHint("[city]")
			.setUrl("https://ignored.example")
			.setToken("ignored")
			.build());

		assertThat(this.mattermost.commands().registered()).containsExactly(Command.newBuilder()
			.setTrigger("weather")
			.setTeamId(TEAM)
			.setDisplayName("Weather")
			.setAutoComplete(true)
			.setAutoCompleteDesc("Shows the weather")
			.setAutoCompleteHint("[city]")
			.build());
	}

	@Test
	void registeringTheSameTeamAndTriggerAgainReplacesTheCommand() {
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setDisplayName("Old").build());
		this.api.registerCommand(Command.newBuilder().setTrigger("WEATHER").setDisplayName("New").build());

		assertThat(this.mattermost.commands().registered()).extracting(Command::getDisplayName).containsExactly("New");
	}

	@Test
	void registerWithAnEmptyTriggerFailsWithAnInternalStatus() {
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> this.api.registerCommand(Command.newBuilder().setTeamId(TEAM).build()))
			.satisfies((ex) -> {
				assertThat(ex).isExactlyInstanceOf(PluginApiException.class);
				assertThat(ex.getStatusCode()).isEqualTo(Status.Code.INTERNAL);
				assertThat(ex.getHttpStatus()).isZero();
				assertThat(ex.getErrorId()).isEmpty();
				assertThat(ex.getErrorMessage()).isEqualTo("internal error: invalid command");
			});
		assertThat(this.mattermost.commands().registered()).isEmpty();
	}

	@Test
	void registerWithoutACommandFailsWithInvalidArgument() {
		// The client refuses a null command itself, so this goes through a raw stub.
		PluginAPIGrpc.PluginAPIBlockingStub stub = PluginAPIGrpc.newBlockingStub(this.channel);

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> stub.registerCommand(RegisterCommandRequest.getDefaultInstance()))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).isEqualTo("command is required");
			});
	}

	@Test
	void unregisterRemovesTheCommandMatchingTheTriggerCaseInsensitively() {
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setTeamId(TEAM).build());

		this.api.unregisterCommand(TEAM, "WEATHER");

		assertThat(this.mattermost.commands().registered()).isEmpty();
	}

	@Test
	void unregisterNeedsTheExactTeamId() {
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setTeamId(TEAM).build());

		this.api.unregisterCommand("", "weather");

		assertThat(this.mattermost.commands().trigger(TEAM, "weather")).isPresent();
	}

	@Test
	void unregisterOfAnUnknownCommandSucceeds() {
		this.api.unregisterCommand(TEAM, "nothing");

		assertThat(this.mattermost.commands().registered()).isEmpty();
	}

	@Test
	void listPluginCommandsAnswersTheTeamsAndTheAllTeamsCommandsInRegistrationOrder() {
		this.api.registerCommand(Command.newBuilder().setTrigger("zeta").setTeamId(TEAM).build());
		this.api.registerCommand(Command.newBuilder().setTrigger("alpha").build());
		this.api.registerCommand(Command.newBuilder().setTrigger("other").setTeamId(OTHER_TEAM).build());

		assertThat(this.api.listPluginCommands(TEAM)).extracting(Command::getTrigger).containsExactly("zeta", "alpha");
	}

	@Test
	void listPluginCommandsAnswersOneCommandPerTrigger() {
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setDisplayName("All").build());
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setTeamId(TEAM).setDisplayName("Team").build());

		assertThat(this.api.listPluginCommands(TEAM)).extracting(Command::getDisplayName).containsExactly("All");
	}

	@Test
	void listCommandsAnswersTheRegisteredCommands() {
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setTeamId(TEAM).build());

		assertThat(this.api.listCommands(TEAM)).extracting(Command::getTrigger).containsExactly("weather");
	}

	@Test
	void triggerFindsACommandByTeamAndTrigger() {
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setTeamId(TEAM).build());

		assertThat(this.mattermost.commands().trigger(TEAM, "Weather")).hasValueSatisfying(
				(command) -> assertThat(command.getTrigger()).isEqualTo("weather"));
		assertThat(this.mattermost.commands().trigger(OTHER_TEAM, "weather")).isEmpty();
	}

	@Test
	void resetForgetsRegisteredCommands() {
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").build());

		this.mattermost.reset();

		assertThat(this.mattermost.commands().registered()).isEmpty();
		assertThat(this.api.listPluginCommands(TEAM)).isEmpty();
	}

	@Test
	void createCommandStoresACommandOwnedByThisPlugin() {
		// server/channels/app/plugin_api.go, CreateCommand, and app/command.go, createCommand:
		// the creator is cleared, the plugin owns it, the trigger is lower-cased, and the
		// store fills id, token and times.
		Command created = this.api.createCommand(custom("Deploy").setCreatorId("useraaaaaaaaaaaaaaaaaaaaaa").build());

		assertThat(created.getId()).hasSize(26);
		assertThat(created.getToken()).hasSize(26);
		assertThat(created.getTrigger()).isEqualTo("deploy");
		assertThat(created.getCreatorId()).isEmpty();
		assertThat(created.getPluginId()).isEqualTo("com.example.plugin");
		assertThat(created.getCreateAt()).isEqualTo(this.mattermost.clock().millis());
		assertThat(this.api.getCommand(created.getId())).isEqualTo(created);
		assertThat(this.api.listCustomCommands(TEAM)).containsExactly(created);
		assertThat(this.api.listCustomCommands(OTHER_TEAM)).isEmpty();
	}

	@Test
	void createCommandWithATriggerTheTeamUsesFails() {
		// server/channels/app/command.go, createCommand: the team's custom commands are checked.
		this.api.createCommand(custom("deploy").build());

		assertStatus(() -> this.api.createCommand(custom("DEPLOY").build()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "api.command.duplicate_trigger.app_error");
		assertThat(this.api.createCommand(custom("deploy").setTeamId(OTHER_TEAM).build()).getTeamId()).isEqualTo(OTHER_TEAM);
	}

	@Test
	void createCommandThatIsInvalidFails() {
		// server/public/model/command.go, Command.IsValid, run by SqlCommandStore.Save.
		assertStatus(() -> this.api.createCommand(custom("deploy").setUrl("ftp://example.com").build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT, "model.command.is_valid.url_http.app_error");
		assertStatus(() -> this.api.createCommand(custom("deploy").setMethod("X").build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT, "model.command.is_valid.method.app_error");
		assertStatus(() -> this.api.createCommand(custom("/deploy").build()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "model.command.is_valid.trigger.app_error");
		assertStatus(() -> this.api.createCommand(custom("deploy").setTeamId("").build()),
				PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT, "model.command.is_valid.team_id.app_error");
	}

	@Test
	void createCommandWithAnIdFailsWithAnInternalError() {
		// server/channels/store/sqlstore/command_store.go, Save: a given id is an
		// ErrInvalidInput, which App.createCommand reports as a 500.
		assertStatus(() -> this.api.createCommand(custom("deploy").setId("cmdaaaaaaaaaaaaaaaaaaaaaaa").build()),
				PluginApiException.class, Status.Code.INTERNAL, "app.command.createcommand.internal_error");
	}

	@Test
	void updateCommandKeepsWhatTheStoredCommandOwns() {
		// server/channels/app/plugin_api.go, UpdateCommand: id, token, creation time and,
		// when none is given, the team come from the stored command.
		Command created = this.api.createCommand(custom("deploy").build());
		this.mattermost.clock().advance(Duration.ofSeconds(3));

		Command updated = this.api.updateCommand(created.getId(),
				custom("Release").setTeamId("").setId("ignored").setToken("ignored").setDescription("Ships it").build());

		assertThat(updated.getId()).isEqualTo(created.getId());
		assertThat(updated.getToken()).isEqualTo(created.getToken());
		assertThat(updated.getTeamId()).isEqualTo(TEAM);
		assertThat(updated.getTrigger()).isEqualTo("release");
		assertThat(updated.getDescription()).isEqualTo("Ships it");
		assertThat(updated.getCreateAt()).isEqualTo(created.getCreateAt());
		assertThat(updated.getUpdateAt()).isEqualTo(this.mattermost.clock().millis());
		assertThat(this.api.getCommand(created.getId())).isEqualTo(updated);
	}

	@Test
	void updateCommandWithACreatorFailsValidation() {
		// server/channels/app/plugin_api.go, UpdateCommand keeps the given creator and sets
		// the plugin id; Command.IsValid refuses both.
		Command created = this.api.createCommand(custom("deploy").build());

		assertStatus(() -> this.api.updateCommand(created.getId(),
				custom("deploy").setCreatorId("useraaaaaaaaaaaaaaaaaaaaaa").build()), PluginApiValidationException.class,
				Status.Code.INVALID_ARGUMENT, "model.command.is_valid.plugin_id.app_error");
	}

	@Test
	void deleteCommandHidesItAndSucceedsForAnUnknownId() {
		// server/channels/store/sqlstore/command_store.go, Delete stamps delete_at and does
		// not report a missing row; Get and GetByTeam only find live commands, and a plain
		// store error reaches the plugin as INTERNAL.
		Command created = this.api.createCommand(custom("deploy").build());

		this.api.deleteCommand(created.getId());
		this.api.deleteCommand("cmdbbbbbbbbbbbbbbbbbbbbbbb");

		assertThat(this.api.listCustomCommands(TEAM)).isEmpty();
		assertThatExceptionOfType(PluginApiException.class).isThrownBy(() -> this.api.getCommand(created.getId()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(Status.Code.INTERNAL));
	}

	@Test
	void listCommandsAnswersTheRegisteredThenTheCustomCommands() {
		// server/channels/app/plugin_api.go, ListCommands: plugin, built-in (not modelled),
		// then custom commands.
		this.api.createCommand(custom("deploy").build());
		this.api.registerCommand(Command.newBuilder().setTrigger("weather").setTeamId(TEAM).build());

		assertThat(this.api.listCommands(TEAM)).extracting(Command::getTrigger).containsExactly("weather", "deploy");
	}

	private static Command.Builder custom(String trigger) {
		return Command.newBuilder().setTeamId(TEAM).setTrigger(trigger).setMethod("P").setUrl("https://hooks.example.com/deploy");
	}

	private static void assertStatus(ThrowingCallable call, Class<? extends PluginApiException> type, Status.Code code,
			String errorId) {
		assertThatExceptionOfType(type).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(code);
			assertThat(ex.getErrorId()).isEqualTo(errorId);
		});
	}

}

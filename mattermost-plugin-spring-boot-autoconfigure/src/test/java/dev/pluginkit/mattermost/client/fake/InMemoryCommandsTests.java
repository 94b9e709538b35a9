package dev.pluginkit.mattermost.client.fake;

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
	void customCommandsAreNotModelled() {
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> this.api.createCommand(Command.newBuilder().setTrigger("x").setTeamId(TEAM).build()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
	}

}

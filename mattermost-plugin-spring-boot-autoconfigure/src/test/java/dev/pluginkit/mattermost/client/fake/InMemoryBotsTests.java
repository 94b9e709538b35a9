package dev.pluginkit.mattermost.client.fake;

import java.time.Duration;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiValidationException;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.BotGetOptions;
import dev.pluginkit.mattermost.pluginapi.v1.BotPatch;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.internal.ConfigurationService;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The in-memory server's bots, through {@link PluginAPIClient} over a real socket.
 */
class InMemoryBotsTests {

	private static final String BOT_NOT_FOUND = "store.sql_bot.get.missing.app_error";

	private static final String MISSING_ACCOUNT = "app.user.missing_account.const";

	private InMemoryMattermost mattermost;

	private PluginAPIClient api;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.api = PluginAPIClient.create(this.mattermost.newChannel());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void createBotAnswersTheBotOwnedByThePlugin() {
		Bot bot = this.api.createBot(bot("helper").setDisplayName("Helper").setDescription("Helps.").build());

		assertThat(bot.getUserId()).hasSize(26);
		assertThat(bot.getUsername()).isEqualTo("helper");
		assertThat(bot.getDisplayName()).isEqualTo("Helper");
		assertThat(bot.getDescription()).isEqualTo("Helps.");
		assertThat(bot.getOwnerId()).isEqualTo(ConfigurationService.PLUGIN_ID);
		assertThat(bot.getCreateAt()).isEqualTo(this.mattermost.clock().millis()).isEqualTo(bot.getUpdateAt());
		assertThat(bot.getDeleteAt()).isZero();
		assertThat(this.mattermost.bots().all()).containsExactly(bot);
	}

	@Test
	void createBotRejectsAnInvalidUsername() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.createBot(bot("Not Valid").build()))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT, "model.bot.is_valid.username.app_error"));
	}

	@Test
	void createBotRejectsATakenUsername() {
		this.mattermost.bots().create("helper");

		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.createBot(bot("helper").build()))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT, "app.user.save.username_exists.app_error"));
	}

	@Test
	void createBotRejectsABotAsOwner() {
		Bot owner = this.mattermost.bots().create("owner-bot");

		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.createBot(bot("helper").setOwnerId(owner.getUserId()).build()))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT, "plugin_api.bot_cant_create_bot"));
	}

	@Test
	void createBotRejectsATooLongDescription() {
		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.createBot(bot("helper").setDescription("d".repeat(1025)).build()))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT, "model.bot.is_valid.description.app_error"));
	}

	@Test
	void getBotFindsADeactivatedBotOnlyWhenAsked() {
		Bot bot = this.mattermost.bots().create("helper");
		this.api.updateBotActive(bot.getUserId(), false);

		assertThat(this.api.getBot(bot.getUserId(), true).getUsername()).isEqualTo("helper");
		assertThatExceptionOfType(PluginApiNotFoundException.class)
			.isThrownBy(() -> this.api.getBot(bot.getUserId(), false))
			.satisfies((ex) -> assertStatus(ex, Status.Code.NOT_FOUND, BOT_NOT_FOUND));
	}

	@Test
	void getBotOfAnUnknownIdIsNotFound() {
		assertThatExceptionOfType(PluginApiNotFoundException.class)
			.isThrownBy(() -> this.api.getBot("unknownunknownunknownunkno", true))
			.satisfies((ex) -> assertStatus(ex, Status.Code.NOT_FOUND, BOT_NOT_FOUND));
	}

	@Test
	void getBotsPagesInCreationOrder() {
		createSpacedOut("carol", "alice", "bob");

		assertThat(this.api.getBots(BotGetOptions.newBuilder().setPage(0).setPerPage(2).build()))
			.extracting(Bot::getUsername).containsExactly("carol", "alice");
		assertThat(this.api.getBots(BotGetOptions.newBuilder().setPage(1).setPerPage(2).build()))
			.extracting(Bot::getUsername).containsExactly("bob");
	}

	@Test
	void getBotsWithPerPageZeroAnswersNothing() {
		this.mattermost.bots().create("helper");

		assertThat(this.api.getBots(BotGetOptions.newBuilder().setPerPage(0).build())).isEmpty();
	}

	@Test
	void getBotsLeavesOutDeactivatedBotsUnlessAsked() {
		createSpacedOut("alice", "bob");
		this.api.updateBotActive(this.mattermost.bots().byUsername("alice").orElseThrow().getUserId(), false);

		assertThat(this.api.getBots(BotGetOptions.newBuilder().setPerPage(10).build()))
			.extracting(Bot::getUsername).containsExactly("bob");
		assertThat(this.api.getBots(BotGetOptions.newBuilder().setPerPage(10).setIncludeDeleted(true).build()))
			.extracting(Bot::getUsername).containsExactly("alice", "bob");
	}

	@Test
	void getBotsFiltersByOwner() {
		this.mattermost.bots().create(bot("mine").build());
		this.mattermost.bots().create(bot("theirs").setOwnerId("another-plugin").build());

		assertThat(this.api.getBots(BotGetOptions.newBuilder().setPerPage(10).setOwnerId("another-plugin").build()))
			.extracting(Bot::getUsername).containsExactly("theirs");
	}

	@Test
	void patchBotChangesOnlyTheFieldsSet() {
		Bot bot = this.api.createBot(bot("helper").setDisplayName("Helper").setDescription("Helps.").build());
		this.mattermost.clock().advance(Duration.ofSeconds(1));

		Bot patched = this.api.patchBot(bot.getUserId(), BotPatch.newBuilder().setUsername("assistant").build());

		assertThat(patched.getUsername()).isEqualTo("assistant");
		assertThat(patched.getDisplayName()).isEqualTo("Helper");
		assertThat(patched.getDescription()).isEqualTo("Helps.");
		assertThat(patched.getUpdateAt()).isEqualTo(this.mattermost.clock().millis());
		assertThat(this.api.getBot(bot.getUserId(), false)).isEqualTo(patched);
	}

	@Test
	void patchBotRejectsAUsernameTakenByAnotherUser() {
		Bot bot = this.mattermost.bots().create("helper");
		this.mattermost.bots().create("taken");

		assertThatExceptionOfType(PluginApiValidationException.class)
			.isThrownBy(() -> this.api.patchBot(bot.getUserId(), BotPatch.newBuilder().setUsername("taken").build()))
			.satisfies((ex) -> assertStatus(ex, Status.Code.INVALID_ARGUMENT, "app.user.save.username_exists.app_error"));
		assertThat(this.mattermost.bots().byId(bot.getUserId())).map(Bot::getUsername).contains("helper");
	}

	@Test
	void patchBotOfAnUnknownIdIsNotFound() {
		assertThatExceptionOfType(PluginApiNotFoundException.class)
			.isThrownBy(() -> this.api.patchBot("unknownunknownunknownunkno", BotPatch.newBuilder().setDescription("x").build()))
			.satisfies((ex) -> assertStatus(ex, Status.Code.NOT_FOUND, BOT_NOT_FOUND));
	}

	@Test
	void updateBotActiveDeactivatesAndReactivates() {
		Bot bot = this.mattermost.bots().create("helper");
		this.mattermost.clock().advance(Duration.ofMinutes(1));

		Bot deactivated = this.api.updateBotActive(bot.getUserId(), false);
		assertThat(deactivated.getDeleteAt()).isEqualTo(this.mattermost.clock().millis());

		Bot reactivated = this.api.updateBotActive(bot.getUserId(), true);
		assertThat(reactivated.getDeleteAt()).isZero();
	}

	@Test
	void updateBotActiveOfAnUnknownIdIsAMissingAccount() {
		assertThatExceptionOfType(PluginApiNotFoundException.class)
			.isThrownBy(() -> this.api.updateBotActive("unknownunknownunknownunkno", false))
			.satisfies((ex) -> assertStatus(ex, Status.Code.NOT_FOUND, MISSING_ACCOUNT));
	}

	@Test
	void permanentDeleteBotRemovesTheBotAndItsUser() {
		Bot bot = this.mattermost.bots().create("helper");

		this.api.permanentDeleteBot(bot.getUserId());

		assertThat(this.mattermost.bots().all()).isEmpty();
		assertThatExceptionOfType(PluginApiNotFoundException.class)
			.isThrownBy(() -> this.api.getBot(bot.getUserId(), true));
		// the username is free again
		assertThat(this.api.createBot(bot("helper").build()).getUsername()).isEqualTo("helper");
	}

	@Test
	void permanentDeleteBotOfAnUnknownIdIsAMissingAccount() {
		assertThatExceptionOfType(PluginApiNotFoundException.class)
			.isThrownBy(() -> this.api.permanentDeleteBot("unknownunknownunknownunkno"))
			.satisfies((ex) -> assertStatus(ex, Status.Code.NOT_FOUND, MISSING_ACCOUNT));
	}

	@Test
	void ensureBotUserCreatesTheBotOnceAndAnswersTheSameIdAfterwards() {
		String first = this.api.ensureBotUser(bot("helper").setDisplayName("Helper").build());
		String second = this.api.ensureBotUser(bot("helper").setDisplayName("Helper").build());

		assertThat(second).isEqualTo(first);
		assertThat(this.mattermost.bots().all()).singleElement().satisfies((bot) -> {
			assertThat(bot.getUserId()).isEqualTo(first);
			assertThat(bot.getOwnerId()).isEqualTo(ConfigurationService.PLUGIN_ID);
		});
		assertThat(this.mattermost.kv().getString("mmi_botid")).contains(first);
	}

	@Test
	void ensureBotUserUpdatesItsBotToTheGivenFields() {
		String id = this.api.ensureBotUser(bot("helper").setDisplayName("Helper").build());

		this.api.ensureBotUser(bot("assistant").setDisplayName("Assistant").setDescription("Now assists.").build());

		Bot bot = this.api.getBot(id, false);
		assertThat(bot.getUsername()).isEqualTo("assistant");
		assertThat(bot.getDisplayName()).isEqualTo("Assistant");
		assertThat(bot.getDescription()).isEqualTo("Now assists.");
	}

	@Test
	void ensureBotUserAdoptsAnExistingBotWithThatUsername() {
		Bot existing = this.mattermost.bots().create("helper");

		assertThat(this.api.ensureBotUser(bot("helper").build())).isEqualTo(existing.getUserId());
		assertThat(this.mattermost.kv().getString("mmi_botid")).contains(existing.getUserId());
	}

	@Test
	void ensureBotUserFindsItsBotAgainAfterKvDeleteAll() {
		String id = this.api.ensureBotUser(bot("helper").build());
		this.api.kvDeleteAll();

		assertThat(this.api.ensureBotUser(bot("helper").build())).isEqualTo(id);
		assertThat(this.mattermost.bots().all()).hasSize(1);
	}

	@Test
	void ensureBotUserWithoutUsernameFailsWithAnInternalStatus() {
		assertThatExceptionOfType(PluginApiException.class)
			.isThrownBy(() -> this.api.ensureBotUser(Bot.newBuilder().setDisplayName("Nameless").build()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(Status.Code.INTERNAL);
				assertThat(ex.getHttpStatus()).isZero();
				assertThat(ex.getErrorMessage()).contains("passed a bot with no username");
			});
	}

	@Test
	void seedingRefusesWhatTheServerWouldRefuse() {
		this.mattermost.bots().create("helper");

		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.bots().create("helper"))
			.withMessageContaining("app.user.save.username_exists.app_error");
		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.bots().create("all"))
			.withMessageContaining("model.bot.is_valid.username.app_error");
	}

	private void createSpacedOut(String... usernames) {
		for (String username : usernames) {
			this.mattermost.bots().create(username);
			this.mattermost.clock().advance(Duration.ofMillis(1));
		}
	}

	private static Bot.Builder bot(String username) {
		return Bot.newBuilder().setUsername(username);
	}

	private static void assertStatus(PluginApiException ex, Status.Code code, String errorId) {
		assertThat(ex.getStatusCode()).isEqualTo(code);
		assertThat(ex.getHttpStatus()).isZero();
		assertThat(ex.getErrorId()).isEqualTo(errorId);
	}

}

package dev.pluginkit.mattermost.autoconfigure.commands;

import java.time.Duration;
import java.util.List;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.commands.Argument;
import dev.pluginkit.mattermost.commands.CommandUsageException;
import dev.pluginkit.mattermost.commands.Option;
import dev.pluginkit.mattermost.commands.SlashCommand;
import dev.pluginkit.mattermost.commands.Subcommand;
import dev.pluginkit.mattermost.hooks.ExecuteCommand;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnDeactivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc.PluginHooksBlockingStub;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static dev.pluginkit.mattermost.autoconfigure.hooks.HooksOverSocket.serving;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @SlashCommand} handlers called as the server calls ExecuteCommand, over a real socket,
 * registering with the in-memory Mattermost.
 */
class SlashCommandTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, PluginHooksAutoConfiguration.class,
					SlashCommandAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void registersEachCommandAtActivationWithItsDescriptionAndHint() {
		this.contextRunner.withBean(TodoCommand.class).withBean(PingCommand.class).run(serving((hooks) -> {
			OnActivateResponse activated = hooks.onActivate(OnActivateRequest.getDefaultInstance());

			assertThat(activated.hasError()).isFalse();
			assertThat(this.mattermost.commands().registered()).extracting(Command::getTrigger)
				.containsExactlyInAnyOrder("todo", "ping");
			Command todo = this.mattermost.commands().trigger("", "todo").orElseThrow();
			assertThat(todo.getAutoComplete()).isTrue();
			assertThat(todo.getAutoCompleteDesc()).isEqualTo("Keeps a to-do list");
			// RegisterPluginCommand (app/plugin_commands.go) keeps no description of its own.
			assertThat(todo.getAutoCompleteHint()).isEqualTo("[add|config|list|help]");
			assertThat(this.mattermost.commands().trigger("", "ping").orElseThrow().getAutoCompleteHint())
				.isEqualTo("<host>");
		}));
	}

	@Test
	void unregistersTheCommandsAtDeactivation() {
		this.contextRunner.withBean(TodoCommand.class).run(serving((hooks) -> {
			hooks.onActivate(OnActivateRequest.getDefaultInstance());
			hooks.onDeactivate(OnDeactivateRequest.getDefaultInstance());

			assertThat(this.mattermost.commands().registered()).isEmpty();
		}));
	}

	@Test
	void implementsActivationOnlyWhenThereAreCommands() {
		this.contextRunner.withBean(TodoCommand.class).run(serving((hooks) -> assertThat(
				hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList())
			.containsExactly("OnActivate", "OnDeactivate", "ExecuteCommand")));
		this.contextRunner.run(serving((hooks) -> assertThat(
				hooks.implemented(ImplementedRequest.getDefaultInstance()).getHooksList()).isEmpty()));
	}

	@Test
	void routesToTheSubcommandWithItsArgumentsAndOptions() {
		this.contextRunner.withBean(TodoCommand.class).run(serving((hooks) -> {
			assertThat(run(hooks, "/todo add buy some milk").getText()).isEqualTo("added 'buy some milk'");
			assertThat(run(hooks, "/todo list").getText()).isEqualTo("10 items, newest first");
			assertThat(run(hooks, "/todo list --limit 3 --oldest").getText()).isEqualTo("3 items, oldest first");
			assertThat(run(hooks, "/TODO list --limit=4").getText()).isEqualTo("4 items, newest first");
		}));
	}

	@Test
	void theLongestSubcommandWins() {
		this.contextRunner.withBean(TodoCommand.class).run(serving((hooks) -> assertThat(
				run(hooks, "/todo config set reminder 30m").getText()).isEqualTo("reminder = PT30M")));
	}

	@Test
	void aMethodLevelCommandTakesPositionalArguments() {
		this.contextRunner.withBean(PingCommand.class).run(serving((hooks) -> {
			assertThat(run(hooks, "/ping example.org 3").getText()).isEqualTo("pinging example.org 3 times as alice");
			assertThat(run(hooks, "/ping \"quoted host\"").getText()).isEqualTo("pinging quoted host 1 times as alice");
		}));
	}

	@Test
	void helpListsEverySubcommand() {
		this.contextRunner.withBean(TodoCommand.class).run(serving((hooks) -> {
			CommandResponse help = run(hooks, "/todo help");

			assertThat(help.getResponseType()).isEqualTo("ephemeral");
			assertThat(help.getText()).startsWith("**/todo** - Keeps a to-do list")
				.contains("* `/todo add <item...>` - Adds an item")
				.contains("* `/todo list [--limit <limit>] [--oldest]` - Lists the items")
				.contains("  * `--limit` - How many to show")
				.contains("* `/todo config set <key> <value>`")
				.contains("* `/todo help` - Shows this help");
			assertThat(run(hooks, "/todo").getText()).isEqualTo(help.getText());
		}));
	}

	@Test
	void anUnknownSubcommandAnswersTheUsage() {
		this.contextRunner.withBean(TodoCommand.class).run(serving((hooks) -> {
			CommandResponse response = run(hooks, "/todo remove 3");

			assertThat(response.getResponseType()).isEqualTo("ephemeral");
			assertThat(response.getText()).startsWith("Unknown subcommand 'remove'.").contains("* `/todo add <item...>`");
		}));
	}

	@Test
	void textThatDoesNotFitAnswersWhatWasWrongAndTheUsage() {
		this.contextRunner.withBean(TodoCommand.class).withBean(PingCommand.class).run(serving((hooks) -> {
			assertThat(run(hooks, "/todo list --limit many").getText())
				.isEqualTo("--limit: 'many' is not a whole number.\nUsage: `/todo list [--limit <limit>] [--oldest]`");
			assertThat(run(hooks, "/todo list --color red").getText()).startsWith("Unknown option --color.");
			assertThat(run(hooks, "/todo add").getText()).startsWith("Missing <item>.");
			assertThat(run(hooks, "/ping").getText()).startsWith("Missing <host>.");
			assertThat(run(hooks, "/ping a 1 extra").getText()).startsWith("Unexpected 'extra'.");
		}));
	}

	@Test
	void aHandlerThatFindsTheInputWrongAnswersItsUsage() {
		this.contextRunner.withBean(PingCommand.class).run(serving((hooks) -> assertThat(
				run(hooks, "/ping localhost").getText()).isEqualTo("not that one\nUsage: `/ping <host> [<times>]`")));
	}

	@Test
	void otherCommandsStillReachAPlainExecuteCommandHandler() {
		this.contextRunner.withBean(TodoCommand.class).withBean(LegacyCommand.class).run(serving((hooks) -> {
			assertThat(run(hooks, "/legacy").getText()).isEqualTo("legacy");
			assertThat(run(hooks, "/todo list").getText()).isEqualTo("10 items, newest first");
		}));
	}

	@Test
	void aHandlerWithoutAnAnswerStillAnswersAResponseSoTheServerDoesNotReportTheCommandMissing() {
		this.contextRunner.withBean(QuietCommand.class).run(serving((hooks) -> {
			ExecuteCommandResponse response = hooks.executeCommand(ExecuteCommandRequest.newBuilder()
				.setArgs(CommandArgs.newBuilder().setCommand("/quiet"))
				.build());

			assertThat(response.hasError()).isFalse();
			assertThat(response.hasResponse()).isTrue();
			assertThat(response.getResponse().getText()).isEmpty();
		}));
	}

	@Test
	void twoHandlersOfOneSubcommandFailTheStart() {
		this.contextRunner.withBean(TodoCommand.class).withBean(AnotherTodoAdd.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(InvalidHookHandlerException.class)
				.hasMessageContaining("it takes the same calls (/todo add) as")
				.hasMessageContaining("TodoCommand.add(List)");
		});
	}

	@Test
	void aParameterNothingBindsFailsTheStart() {
		this.contextRunner.withBean(UnbindableCommand.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(InvalidHookHandlerException.class)
				.hasMessageContaining("UnbindableCommand.run(StringBuilder)")
				.hasMessageContaining("parameter 1 (StringBuilder builder) cannot be bound")
				.hasMessageContaining("@Argument and @Option");
		});
	}

	@Test
	void anArgumentThatCannotBeConvertedFailsTheStart() {
		this.contextRunner.withBean(UnconvertibleCommand.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasMessageContaining("cannot be converted from the command's text to Runnable");
		});
	}

	@Test
	void anInvalidTriggerFailsTheStart() {
		this.contextRunner.withBean(SpacedTrigger.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasMessageContaining("trigger 'to do' is not one the server accepts");
		});
	}

	private CommandResponse run(PluginHooksBlockingStub hooks, String text) {
		User alice = this.mattermost.users().byUsername("alice").orElseGet(() -> this.mattermost.users().create("alice"));
		ExecuteCommandResponse response = hooks.executeCommand(ExecuteCommandRequest.newBuilder()
			.setArgs(CommandArgs.newBuilder().setCommand(text).setUserId(alice.getId()))
			.build());
		assertThat(response.hasError()).as(response.getError().getMessage()).isFalse();
		return response.getResponse();
	}

	@SlashCommand(trigger = "todo", description = "Keeps a to-do list")
	static class TodoCommand {

		@Subcommand(value = "add", description = "Adds an item")
		String add(@Argument List<String> item) {
			return "added '" + String.join(" ", item) + "'";
		}

		@Subcommand(value = "list", description = "Lists the items")
		String list(@Option(defaultValue = "10", description = "How many to show") int limit,
				@Option boolean oldest) {
			return limit + " items, " + (oldest ? "oldest" : "newest") + " first";
		}

		@Subcommand("config set")
		String set(@Argument String key, @Argument Duration value) {
			return key + " = " + value;
		}

	}

	static class PingCommand {

		@SlashCommand(trigger = "ping", description = "Pings a host", hint = "<host>")
		String ping(@Argument String host, @Argument(required = false) Integer times, User user) {
			if (host.equals("localhost")) {
				throw new CommandUsageException("not that one");
			}
			return "pinging " + host + " " + ((times != null) ? times : 1) + " times as " + user.getUsername();
		}

	}

	static class QuietCommand {

		@SlashCommand(trigger = "quiet")
		void quiet() {
		}

	}

	static class LegacyCommand {

		@ExecuteCommand
		String legacy(CommandArgs args) {
			return "legacy";
		}

	}

	@SlashCommand(trigger = "todo", description = "Keeps a to-do list")
	static class AnotherTodoAdd {

		@Subcommand("add")
		String add(@Argument String item) {
			return item;
		}

	}

	static class UnbindableCommand {

		@SlashCommand(trigger = "unbindable")
		String run(StringBuilder builder) {
			return "";
		}

	}

	static class UnconvertibleCommand {

		@SlashCommand(trigger = "unconvertible")
		String run(@Argument Runnable task) {
			return "";
		}

	}

	static class SpacedTrigger {

		@SlashCommand(trigger = "to do")
		String run() {
			return "";
		}

	}

}

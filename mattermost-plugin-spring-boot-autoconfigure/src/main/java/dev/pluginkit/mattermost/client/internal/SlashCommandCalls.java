package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncSlashCommandOperations;
import dev.pluginkit.mattermost.client.SlashCommandOperations;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreateCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteSlashCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteSlashCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ListBuiltInCommandsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ListBuiltInCommandsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ListCommandsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ListCommandsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ListCustomCommandsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ListCustomCommandsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ListPluginCommandsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ListPluginCommandsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UnregisterCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UnregisterCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateCommandResponse;

/**
 * The slash command domain: its calls, described once, and the blocking and asynchronous
 * parts that the two clients mix in.
 */
final class SlashCommandCalls {

	static UnaryCall<RegisterCommandRequest, RegisterCommandResponse, Void> registerCommand(Command command) {
		RegisterCommandRequest request = RegisterCommandRequest.newBuilder()
			.setCommand(Arguments.required(command, "command"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRegisterCommandMethod(), request,
				RegisterCommandResponse::getError);
	}

	static UnaryCall<UnregisterCommandRequest, UnregisterCommandResponse, Void> unregisterCommand(String teamId,
			String trigger) {
		UnregisterCommandRequest request = UnregisterCommandRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setTrigger(Arguments.required(trigger, "trigger"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getUnregisterCommandMethod(), request,
				UnregisterCommandResponse::getError);
	}

	static UnaryCall<ExecuteSlashCommandRequest, ExecuteSlashCommandResponse, CommandResponse> executeSlashCommand(
			CommandArgs commandArgs) {
		ExecuteSlashCommandRequest request = ExecuteSlashCommandRequest.newBuilder()
			.setCommandArgs(Arguments.required(commandArgs, "commandArgs"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getExecuteSlashCommandMethod(), request,
				ExecuteSlashCommandResponse::getError, ExecuteSlashCommandResponse::getResponse);
	}

	static UnaryCall<CreateCommandRequest, CreateCommandResponse, Command> createCommand(Command cmd) {
		CreateCommandRequest request = CreateCommandRequest.newBuilder().setCmd(Arguments.required(cmd, "cmd")).build();
		return UnaryCall.of(PluginAPIGrpc.getCreateCommandMethod(), request, CreateCommandResponse::getError,
				CreateCommandResponse::getCommand);
	}

	static UnaryCall<GetCommandRequest, GetCommandResponse, Command> getCommand(String commandId) {
		GetCommandRequest request = GetCommandRequest.newBuilder()
			.setCommandId(Arguments.required(commandId, "commandId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetCommandMethod(), request, GetCommandResponse::getError,
				GetCommandResponse::getCommand);
	}

	static UnaryCall<UpdateCommandRequest, UpdateCommandResponse, Command> updateCommand(String commandId,
			Command updatedCmd) {
		UpdateCommandRequest request = UpdateCommandRequest.newBuilder()
			.setCommandId(Arguments.required(commandId, "commandId"))
			.setUpdatedCmd(Arguments.required(updatedCmd, "updatedCmd"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateCommandMethod(), request, UpdateCommandResponse::getError,
				UpdateCommandResponse::getCommand);
	}

	static UnaryCall<DeleteCommandRequest, DeleteCommandResponse, Void> deleteCommand(String commandId) {
		DeleteCommandRequest request = DeleteCommandRequest.newBuilder()
			.setCommandId(Arguments.required(commandId, "commandId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteCommandMethod(), request,
				DeleteCommandResponse::getError);
	}

	static UnaryCall<ListCommandsRequest, ListCommandsResponse, List<Command>> listCommands(String teamId) {
		ListCommandsRequest request = ListCommandsRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getListCommandsMethod(), request, ListCommandsResponse::getError,
				ListCommandsResponse::getCommandsList);
	}

	static UnaryCall<ListCustomCommandsRequest, ListCustomCommandsResponse, List<Command>> listCustomCommands(
			String teamId) {
		ListCustomCommandsRequest request = ListCustomCommandsRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getListCustomCommandsMethod(), request, ListCustomCommandsResponse::getError,
				ListCustomCommandsResponse::getCommandsList);
	}

	static UnaryCall<ListPluginCommandsRequest, ListPluginCommandsResponse, List<Command>> listPluginCommands(
			String teamId) {
		ListPluginCommandsRequest request = ListPluginCommandsRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getListPluginCommandsMethod(), request, ListPluginCommandsResponse::getError,
				ListPluginCommandsResponse::getCommandsList);
	}

	static final UnaryCall<ListBuiltInCommandsRequest, ListBuiltInCommandsResponse, List<Command>> LIST_BUILT_IN_COMMANDS = UnaryCall
		.of(PluginAPIGrpc.getListBuiltInCommandsMethod(), ListBuiltInCommandsRequest.getDefaultInstance(),
				ListBuiltInCommandsResponse::getError, ListBuiltInCommandsResponse::getCommandsList);

	private SlashCommandCalls() {
	}

	interface Blocking extends SlashCommandOperations, BlockingCalls {

		@Override
		default void registerCommand(Command command) {
			execute(SlashCommandCalls.registerCommand(command));
		}

		@Override
		default void unregisterCommand(String teamId, String trigger) {
			execute(SlashCommandCalls.unregisterCommand(teamId, trigger));
		}

		@Override
		default CommandResponse executeSlashCommand(CommandArgs commandArgs) {
			return execute(SlashCommandCalls.executeSlashCommand(commandArgs));
		}

		@Override
		default Command createCommand(Command cmd) {
			return execute(SlashCommandCalls.createCommand(cmd));
		}

		@Override
		default Command getCommand(String commandId) {
			return execute(SlashCommandCalls.getCommand(commandId));
		}

		@Override
		default Command updateCommand(String commandId, Command updatedCmd) {
			return execute(SlashCommandCalls.updateCommand(commandId, updatedCmd));
		}

		@Override
		default void deleteCommand(String commandId) {
			execute(SlashCommandCalls.deleteCommand(commandId));
		}

		@Override
		default List<Command> listCommands(String teamId) {
			return execute(SlashCommandCalls.listCommands(teamId));
		}

		@Override
		default List<Command> listCustomCommands(String teamId) {
			return execute(SlashCommandCalls.listCustomCommands(teamId));
		}

		@Override
		default List<Command> listPluginCommands(String teamId) {
			return execute(SlashCommandCalls.listPluginCommands(teamId));
		}

		@Override
		default List<Command> listBuiltInCommands() {
			return execute(SlashCommandCalls.LIST_BUILT_IN_COMMANDS);
		}

	}

	interface Async extends AsyncSlashCommandOperations, AsyncCalls {

		@Override
		default CompletableFuture<Void> registerCommand(Command command) {
			return executeAsync(SlashCommandCalls.registerCommand(command));
		}

		@Override
		default CompletableFuture<Void> unregisterCommand(String teamId, String trigger) {
			return executeAsync(SlashCommandCalls.unregisterCommand(teamId, trigger));
		}

		@Override
		default CompletableFuture<CommandResponse> executeSlashCommand(CommandArgs commandArgs) {
			return executeAsync(SlashCommandCalls.executeSlashCommand(commandArgs));
		}

		@Override
		default CompletableFuture<Command> createCommand(Command cmd) {
			return executeAsync(SlashCommandCalls.createCommand(cmd));
		}

		@Override
		default CompletableFuture<Command> getCommand(String commandId) {
			return executeAsync(SlashCommandCalls.getCommand(commandId));
		}

		@Override
		default CompletableFuture<Command> updateCommand(String commandId, Command updatedCmd) {
			return executeAsync(SlashCommandCalls.updateCommand(commandId, updatedCmd));
		}

		@Override
		default CompletableFuture<Void> deleteCommand(String commandId) {
			return executeAsync(SlashCommandCalls.deleteCommand(commandId));
		}

		@Override
		default CompletableFuture<List<Command>> listCommands(String teamId) {
			return executeAsync(SlashCommandCalls.listCommands(teamId));
		}

		@Override
		default CompletableFuture<List<Command>> listCustomCommands(String teamId) {
			return executeAsync(SlashCommandCalls.listCustomCommands(teamId));
		}

		@Override
		default CompletableFuture<List<Command>> listPluginCommands(String teamId) {
			return executeAsync(SlashCommandCalls.listPluginCommands(teamId));
		}

		@Override
		default CompletableFuture<List<Command>> listBuiltInCommands() {
			return executeAsync(SlashCommandCalls.LIST_BUILT_IN_COMMANDS);
		}

	}

}

package dev.pluginkit.mattermost.test.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CreateCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetCommandResponse;
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
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for slash commands. Like the server's command handlers it
 * reports failures as a gRPC status.
 *
 * <p>It models the commands this plugin registers, as the server's
 * {@code App.RegisterPluginCommand} keeps them (app/plugin_commands.go), in
 * {@link FakeData#registeredCommands} by {@code teamId + "/" + trigger}, and the stored
 * custom commands of {@code CreateCommand}, {@code GetCommand}, {@code UpdateCommand},
 * {@code DeleteCommand} and {@code ListCustomCommands}, as {@code PluginAPI} in
 * {@code app/plugin_api.go}, {@code App.createCommand} in {@code app/command.go},
 * {@code SqlCommandStore} and {@code Command.IsValid} ({@code model/command.go}) have them.
 * The built-in commands are not modelled: {@code ListBuiltInCommands} answers
 * {@code UNIMPLEMENTED}, {@code ListCommands} leaves them out, and {@code CreateCommand}
 * does not refuse a built-in trigger as the server does.
 */
public final class SlashCommandService implements PluginAPIGrpc.AsyncService {

	private final FakeData data;

	/**
	 * When each registration was first made, by key: the server lists registered commands in
	 * that order. An entry outlives its registration; it is renewed when the key is
	 * registered again after an unregistration or a reset.
	 */
	private final Map<String, Long> registrationOrder = new ConcurrentHashMap<>();

	private final AtomicLong registrations = new AtomicLong();

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public SlashCommandService(FakeData data) {
		this.data = data;
	}

	/**
	 * Returns the key of a registration in {@link FakeData#registeredCommands}.
	 * @param teamId the team id, empty for every team
	 * @param trigger the trigger, already lower-cased
	 * @return the key
	 */
	public static String key(String teamId, String trigger) {
		return teamId + "/" + trigger;
	}

	@Override
	public void registerCommand(RegisterCommandRequest request,
			StreamObserver<RegisterCommandResponse> responseObserver) {
		if (!request.hasCommand()) {
			// The gRPC handler's own check, before the API is called.
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("command is required").asRuntimeException());
			return;
		}
		Command command = request.getCommand();
		if (command.getTrigger().isEmpty()) {
			// RegisterPluginCommand answers a plain error, errors.New("invalid command"),
			// which the gRPC layer's ErrorToStatus turns into INTERNAL.
			responseObserver
				.onError(Status.INTERNAL.withDescription("internal error: invalid command").asRuntimeException());
			return;
		}
		// The server keeps only these fields; a same team and trigger from this plugin is
		// replaced.
		Command registered = Command.newBuilder()
			.setTrigger(command.getTrigger().toLowerCase(Locale.ROOT))
			.setTeamId(command.getTeamId())
			.setAutoComplete(command.getAutoComplete())
			.setAutoCompleteDesc(command.getAutoCompleteDesc())
			.setAutoCompleteHint(command.getAutoCompleteHint())
			.setDisplayName(command.getDisplayName())
			.build();
		String key = key(registered.getTeamId(), registered.getTrigger());
		synchronized (this.data.lock()) {
			if (this.data.registeredCommands.put(key, registered) == null) {
				this.registrationOrder.put(key, this.registrations.incrementAndGet());
			}
		}
		reply(responseObserver, RegisterCommandResponse.getDefaultInstance());
	}

	@Override
	public void unregisterCommand(UnregisterCommandRequest request,
			StreamObserver<UnregisterCommandResponse> responseObserver) {
		// UnregisterPluginCommand: the team id must match exactly, the trigger is matched
		// lower-cased, and it never fails.
		this.data.registeredCommands.remove(key(request.getTeamId(), request.getTrigger().toLowerCase(Locale.ROOT)));
		reply(responseObserver, UnregisterCommandResponse.getDefaultInstance());
	}

	@Override
	public void listPluginCommands(ListPluginCommandsRequest request,
			StreamObserver<ListPluginCommandsResponse> responseObserver) {
		reply(responseObserver,
				ListPluginCommandsResponse.newBuilder().addAllCommands(pluginCommands(request.getTeamId())).build());
	}

	@Override
	public void listCommands(ListCommandsRequest request, StreamObserver<ListCommandsResponse> responseObserver) {
		// The server lists plugin, then built-in, then custom commands; the built-in ones
		// are not modelled.
		reply(responseObserver, ListCommandsResponse.newBuilder()
			.addAllCommands(pluginCommands(request.getTeamId()))
			.addAllCommands(customCommands(request.getTeamId()))
			.build());
	}

	@Override
	public void listCustomCommands(ListCustomCommandsRequest request,
			StreamObserver<ListCustomCommandsResponse> responseObserver) {
		reply(responseObserver,
				ListCustomCommandsResponse.newBuilder().addAllCommands(customCommands(request.getTeamId())).build());
	}

	/**
	 * {@code PluginAPI.CreateCommand}: the creator is cleared and this plugin becomes the
	 * owner; {@code App.createCommand} lower-cases the trigger and refuses one the team's
	 * custom commands already use; {@code SqlCommandStore.Save} refuses a given id, then
	 * fills id, token and times and validates.
	 */
	@Override
	public void createCommand(CreateCommandRequest request, StreamObserver<CreateCommandResponse> responseObserver) {
		if (!request.hasCmd()) {
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("command is required").asRuntimeException());
			return;
		}
		synchronized (this.data.lock()) {
			Command.Builder command = request.getCmd()
				.toBuilder()
				.setCreatorId("")
				.setPluginId(ConfigurationService.PLUGIN_ID)
				.setTrigger(request.getCmd().getTrigger().toLowerCase(Locale.ROOT));
			boolean taken = customCommands(command.getTeamId()).stream()
				.anyMatch((existing) -> existing.getTrigger().equals(command.getTrigger()));
			if (taken) {
				responseObserver.onError(ServerErrors.status(400, "api.command.duplicate_trigger.app_error",
						"This trigger word is already in use. Please choose another word."));
				return;
			}
			if (!command.getId().isEmpty()) {
				// Save answers a store.ErrInvalidInput, which createCommand reports as this 500.
				responseObserver.onError(ServerErrors.status(500, "app.command.createcommand.internal_error",
						"Unable to save the command."));
				return;
			}
			long now = this.data.now();
			command.setId(Ids.newId()).setCreateAt(now).setUpdateAt(now);
			if (command.getToken().isEmpty()) {
				command.setToken(Ids.newId());
			}
			StatusRuntimeException invalid = validate(command.build());
			if (invalid != null) {
				responseObserver.onError(invalid);
				return;
			}
			Command saved = command.build();
			customCommands(this.data).put(saved.getId(), saved);
			reply(responseObserver, CreateCommandResponse.newBuilder().setCommand(saved).build());
		}
	}

	/**
	 * {@code PluginAPI.GetCommand} reads the store directly: a missing or deleted command is
	 * a plain {@code store.ErrNotFound}, which the bridge's {@code ErrorToStatus} turns into
	 * {@code INTERNAL} (its description, the Go error's text, is not reproduced exactly).
	 */
	@Override
	public void getCommand(GetCommandRequest request, StreamObserver<GetCommandResponse> responseObserver) {
		Command command = liveCommand(request.getCommandId());
		if (command == null) {
			responseObserver.onError(commandNotFound(request.getCommandId()));
			return;
		}
		reply(responseObserver, GetCommandResponse.newBuilder().setCommand(command).build());
	}

	/**
	 * {@code PluginAPI.UpdateCommand}: the stored command must be live; id, token, creation
	 * and deletion time come from it, the team too when none is given, this plugin becomes
	 * the owner, the trigger is lower-cased, and {@code SqlCommandStore.Update} stamps the
	 * update time and validates. The given creator is kept, so a command with one fails
	 * validation. Unlike {@code CreateCommand}, no duplicate trigger is refused.
	 */
	@Override
	public void updateCommand(UpdateCommandRequest request, StreamObserver<UpdateCommandResponse> responseObserver) {
		if (!request.hasUpdatedCmd()) {
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("command is required").asRuntimeException());
			return;
		}
		synchronized (this.data.lock()) {
			Command old = liveCommand(request.getCommandId());
			if (old == null) {
				responseObserver.onError(commandNotFound(request.getCommandId()));
				return;
			}
			Command.Builder updated = request.getUpdatedCmd()
				.toBuilder()
				.setTrigger(request.getUpdatedCmd().getTrigger().toLowerCase(Locale.ROOT))
				.setId(old.getId())
				.setToken(old.getToken())
				.setCreateAt(old.getCreateAt())
				.setUpdateAt(this.data.now())
				.setDeleteAt(old.getDeleteAt())
				.setPluginId(ConfigurationService.PLUGIN_ID);
			if (updated.getTeamId().isEmpty()) {
				updated.setTeamId(old.getTeamId());
			}
			StatusRuntimeException invalid = validate(updated.build());
			if (invalid != null) {
				responseObserver.onError(invalid);
				return;
			}
			Command saved = updated.build();
			customCommands(this.data).put(saved.getId(), saved);
			reply(responseObserver, UpdateCommandResponse.newBuilder().setCommand(saved).build());
		}
	}

	/**
	 * {@code PluginAPI.DeleteCommand}: {@code SqlCommandStore.Delete} stamps the deletion and
	 * update time of whatever row has the id, and reports no missing row: an unknown id
	 * succeeds.
	 */
	@Override
	public void deleteCommand(DeleteCommandRequest request, StreamObserver<DeleteCommandResponse> responseObserver) {
		synchronized (this.data.lock()) {
			Command command = customCommands(this.data).get(request.getCommandId());
			if (command != null) {
				long now = this.data.now();
				customCommands(this.data).put(command.getId(), command.toBuilder().setDeleteAt(now).setUpdateAt(now).build());
			}
		}
		reply(responseObserver, DeleteCommandResponse.getDefaultInstance());
	}

	/** {@code SqlCommandStore.GetByTeam}: the team's live custom commands. */
	private List<Command> customCommands(String teamId) {
		return customCommands(this.data).values()
			.stream()
			.filter((command) -> command.getTeamId().equals(teamId) && command.getDeleteAt() == 0)
			.sorted(Comparator.comparingLong(Command::getCreateAt).thenComparing(Command::getId))
			.toList();
	}

	private Command liveCommand(String commandId) {
		Command command = customCommands(this.data).get(commandId);
		return (command != null && command.getDeleteAt() == 0) ? command : null;
	}

	private static StatusRuntimeException commandNotFound(String commandId) {
		return Status.INTERNAL.withDescription("internal error: command not found: " + commandId)
			.asRuntimeException();
	}

	/**
	 * {@code Command.IsValid}, in its order, for a command owned by this plugin.
	 * @return the failure, or {@code null}
	 */
	private static StatusRuntimeException validate(Command command) {
		String field = null;
		String trigger = command.getTrigger();
		if (!Ids.isValid(command.getId())) {
			field = "id";
		}
		else if (command.getToken().length() != 26) {
			field = "token";
		}
		else if (command.getCreateAt() == 0) {
			field = "create_at";
		}
		else if (command.getUpdateAt() == 0) {
			field = "update_at";
		}
		else if (!command.getCreatorId().isEmpty()) {
			// A command with both a creator and a plugin id.
			field = "plugin_id";
		}
		else if (!Ids.isValid(command.getTeamId())) {
			field = "team_id";
		}
		else if (utf8Length(trigger) < 1 || utf8Length(trigger) > 128 || trigger.startsWith("/") || trigger.contains(" ")) {
			field = "trigger";
		}
		else if (command.getUrl().isEmpty() || utf8Length(command.getUrl()) > 1024) {
			field = "url";
		}
		else if (!isValidHttpUrl(command.getUrl())) {
			field = "url_http";
		}
		else if (!command.getMethod().equals("P") && !command.getMethod().equals("G")) {
			field = "method";
		}
		else if (utf8Length(command.getDisplayName()) > 64) {
			field = "display_name";
		}
		else if (utf8Length(command.getDescription()) > 128) {
			field = "description";
		}
		return (field != null) ? ServerErrors.status(400, "model.command.is_valid." + field + ".app_error",
				"Invalid command: " + field + ".") : null;
	}

	/** Go's {@code len} of a string: its UTF-8 bytes. */
	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/**
	 * {@code model.IsValidHTTPURL}: an {@code http://} or {@code https://} URL that parses
	 * with a host. Java's parser stands in for Go's {@code url.ParseRequestURI}; edge cases of
	 * either parser may differ.
	 */
	private static boolean isValidHttpUrl(String url) {
		if (!url.startsWith("http://") && !url.startsWith("https://")) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return uri.getHost() != null && !uri.getHost().isEmpty();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static Map<String, Command> customCommands(FakeData data) {
		return data.partState(CustomCommands.class, CustomCommands::new).byId;
	}

	/** The stored custom commands, deleted ones included, by id. */
	private static final class CustomCommands {

		private final Map<String, Command> byId = new ConcurrentHashMap<>();

	}

	/**
	 * The server's {@code ListPluginCommands}: the commands registered for the team or for
	 * every team, in registration order, the first one of each trigger.
	 */
	private List<Command> pluginCommands(String teamId) {
		Set<String> seen = new HashSet<>();
		return this.data.registeredCommands.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().getTeamId().isEmpty() || entry.getValue().getTeamId().equals(teamId))
			.sorted(Comparator.comparingLong(
					(Map.Entry<String, Command> entry) -> this.registrationOrder.getOrDefault(entry.getKey(), 0L)))
			.map(Map.Entry::getValue)
			.filter((command) -> seen.add(command.getTrigger()))
			.toList();
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

}

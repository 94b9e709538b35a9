package dev.pluginkit.mattermost.test.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.ListCommandsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ListCommandsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ListPluginCommandsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ListPluginCommandsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UnregisterCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UnregisterCommandResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for slash commands. Like the server's command handlers it
 * reports failures as a gRPC status.
 *
 * <p>It models the commands this plugin registers, as the server's
 * {@code App.RegisterPluginCommand} keeps them (app/plugin_commands.go), in
 * {@link FakeData#registeredCommands} by {@code teamId + "/" + trigger}. Stored custom
 * commands ({@code CreateCommand} and its family) and the built-in commands are not
 * modelled: those RPCs answer {@code UNIMPLEMENTED}, and {@code ListCommands} answers only
 * the registered commands.
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
		// The server lists plugin, then built-in, then custom commands; only the first kind
		// is modelled.
		reply(responseObserver,
				ListCommandsResponse.newBuilder().addAllCommands(pluginCommands(request.getTeamId())).build());
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

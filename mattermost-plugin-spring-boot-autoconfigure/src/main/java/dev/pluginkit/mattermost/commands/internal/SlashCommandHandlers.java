package dev.pluginkit.mattermost.commands.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.commands.CommandUsageException;
import dev.pluginkit.mattermost.commands.internal.SlashCommandCatalog.Definition;
import dev.pluginkit.mattermost.commands.internal.SlashCommandCatalog.Resolution;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookCondition;
import dev.pluginkit.mattermost.hooks.HookExceptionHandler;
import dev.pluginkit.mattermost.hooks.HookHandler;
import dev.pluginkit.mattermost.hooks.HookHandlerMethodFactory;
import dev.pluginkit.mattermost.hooks.HookHandlerSource;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.util.ReflectionUtils;

/**
 * The handlers slash commands need besides their own, added when the plugin declares any: the
 * registration of every command at activation (RegisterCommand, with its description, hint
 * and autocomplete flag, for all teams), its removal at deactivation, and the answer to text
 * no handler takes (the help, an unknown subcommand, text that does not fit). Also answers a
 * {@link CommandUsageException} from a command handler with the message and the usage.
 */
public final class SlashCommandHandlers implements HookHandlerSource {

	private static final Log logger = LogFactory.getLog(SlashCommandHandlers.class);

	private static final Hook ON_ACTIVATE = Hook.named("OnActivate");

	private static final Hook ON_DEACTIVATE = Hook.named("OnDeactivate");

	private static final Hook EXECUTE_COMMAND = Hook.named("ExecuteCommand");

	private final SlashCommandCatalog catalog;

	private final ObjectProvider<PluginAPIClient> client;

	/**
	 * Creates the handlers.
	 * @param catalog the declared commands
	 * @param client the Plugin API, to register the commands with
	 */
	public SlashCommandHandlers(SlashCommandCatalog catalog, ObjectProvider<PluginAPIClient> client) {
		this.catalog = catalog;
		this.client = client;
	}

	@Override
	public List<HookHandler> handlers(List<HookHandler> found, HookHandlerMethodFactory factory) {
		if (this.catalog.isEmpty()) {
			return List.of();
		}
		List<HookHandler> handlers = new ArrayList<>();
		// First among activation handlers, so that the plugin's own can rely on the commands.
		handlers.add(factory.create(ON_ACTIVATE, () -> this, method("registerCommands"), Ordered.HIGHEST_PRECEDENCE));
		handlers.add(factory.create(ON_DEACTIVATE, () -> this, method("unregisterCommands"), Ordered.LOWEST_PRECEDENCE));
		HookHandler unrouted = factory.create(EXECUTE_COMMAND, () -> this, method("answerUnrouted"),
				Ordered.LOWEST_PRECEDENCE);
		handlers.add(new Unrouted(unrouted, this.catalog));
		return handlers;
	}

	/**
	 * Registers every command, as a Go plugin does in OnActivate. The server keeps plugin
	 * commands until the plugin is deactivated or registers the trigger again.
	 */
	void registerCommands() {
		PluginAPIClient api = this.client.getObject();
		for (Definition definition : this.catalog.definitions()) {
			api.registerCommand(command(definition));
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Registered slash commands " + this.catalog.definitions().stream().map(Definition::trigger).toList());
		}
	}

	/**
	 * The registration of a command. The contract's {@code Command} carries no
	 * {@code AutocompleteData}; {@code RegisterPluginCommand} (app/plugin_commands.go) then
	 * builds it from the trigger, the hint and the description, so those are what the
	 * autocomplete list shows.
	 */
	static Command command(Definition definition) {
		String displayName = definition.annotation().displayName();
		return Command.newBuilder()
			.setTrigger(definition.trigger())
			.setAutoComplete(definition.annotation().autocomplete())
			.setAutoCompleteDesc(definition.annotation().description())
			.setAutoCompleteHint(definition.hint())
			.setDisplayName(displayName.isEmpty() ? definition.trigger() : displayName)
			.setDescription(definition.annotation().description())
			.build();
	}

	/**
	 * Removes every command; each removal is tried, and the first failure reported after.
	 */
	void unregisterCommands() {
		PluginAPIClient api = this.client.getObject();
		RuntimeException first = null;
		for (Definition definition : this.catalog.definitions()) {
			try {
				// Registered for all teams: the team id is empty, as Go plugins pass it.
				api.unregisterCommand("", definition.trigger());
			}
			catch (RuntimeException ex) {
				if (first == null) {
					first = ex;
				}
				else {
					first.addSuppressed(ex);
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

	CommandResponse answerUnrouted(ExecuteCommandRequest request) {
		Resolution resolution = this.catalog.resolve(request.getArgs());
		return resolution.answer();
	}

	/**
	 * A command handler's {@link CommandUsageException}: the message and the usage of the
	 * subcommand, seen only by the caller.
	 * @param ex the exception
	 * @param request the call
	 * @return the answer
	 */
	@HookExceptionHandler(hooks = "ExecuteCommand")
	CommandResponse usage(CommandUsageException ex, ExecuteCommandRequest request) {
		Resolution resolution = this.catalog.resolve(request.getArgs());
		String usage = (resolution != null && resolution.route() != null)
				? "\nUsage: `" + resolution.route().usage() + "`" : "";
		return CommandResponse.newBuilder()
			.setResponseType(SlashCommandCatalog.EPHEMERAL)
			.setText(ex.getMessage() + usage)
			.build();
	}

	private static Method method(String name) {
		Method method = ReflectionUtils.findMethod(SlashCommandHandlers.class, name, (Class<?>[]) null);
		if (method == null) {
			throw new IllegalStateException("No method " + name);
		}
		return method;
	}

	/** The answer to command text of a declared trigger that no handler takes. */
	private static final class Unrouted implements HookHandler {

		private final HookHandler delegate;

		private final HookCondition condition;

		Unrouted(HookHandler delegate, SlashCommandCatalog catalog) {
			this.delegate = delegate;
			this.condition = new HookCondition() {

				@Override
				public boolean matches(HookInvocation invocation) {
					Resolution resolution = catalog.resolve(invocation.request(ExecuteCommandRequest.class).getArgs());
					return resolution != null && !resolution.matched();
				}

				@Override
				public Object key() {
					return Unrouted.class;
				}

				@Override
				public String description() {
					return "a declared slash command's text that no handler takes";
				}

			};
		}

		@Override
		public Hook hook() {
			return this.delegate.hook();
		}

		@Override
		public Method method() {
			return this.delegate.method();
		}

		@Override
		public Object bean() {
			return this.delegate.bean();
		}

		@Override
		public HookCondition condition() {
			return this.condition;
		}

		@Override
		public int order() {
			return this.delegate.order();
		}

		@Override
		public void invoke(HookInvocation invocation, Message.Builder response) throws Exception {
			this.delegate.invoke(invocation, response);
		}

		@Override
		public String description() {
			return this.delegate.description();
		}

	}

}

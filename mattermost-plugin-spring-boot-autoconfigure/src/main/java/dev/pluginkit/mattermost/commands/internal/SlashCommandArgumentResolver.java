package dev.pluginkit.mattermost.commands.internal;

import java.util.Set;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.commands.Argument;
import dev.pluginkit.mattermost.commands.Option;
import dev.pluginkit.mattermost.commands.SlashCommand;
import dev.pluginkit.mattermost.commands.Subcommand;
import dev.pluginkit.mattermost.commands.internal.SlashCommandCatalog.Resolution;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.RequestContext;
import dev.pluginkit.mattermost.pluginapi.v1.User;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Resolves the parameters of slash command handlers: {@link Argument @Argument} and
 * {@link Option @Option} values from the command text, and the calling {@code User}, the
 * {@code Channel} and the {@code Team} through the Plugin API. Any other parameter of such a
 * handler that the request does not carry fails the start, naming what it may take.
 */
public final class SlashCommandArgumentResolver implements HookArgumentResolver {

	/** What the hook's own binding gives a handler: left to it. */
	private static final Set<Class<?>> REQUEST_TYPES = Set.of(ExecuteCommandRequest.class, CommandArgs.class,
			RequestContext.class, PluginContext.class, HookInvocation.class, Hook.class);

	private final SlashCommandCatalog catalog;

	private final ObjectProvider<PluginAPIClient> client;

	/**
	 * Creates the resolver.
	 * @param catalog the commands, which bind the text
	 * @param client the Plugin API, for the user, channel and team
	 */
	public SlashCommandArgumentResolver(SlashCommandCatalog catalog, ObjectProvider<PluginAPIClient> client) {
		this.catalog = catalog;
		this.client = client;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter, Hook hook) {
		if (!hook.name().equals("ExecuteCommand") || !isSlashCommand(parameter)) {
			return false;
		}
		if (parameter.hasParameterAnnotation(Argument.class) || parameter.hasParameterAnnotation(Option.class)
				|| SlashCommandCatalog.isContextType(parameter.getParameterType())) {
			return true;
		}
		if (REQUEST_TYPES.contains(parameter.getParameterType())) {
			return false;
		}
		throw new InvalidHookHandlerException(parameter.getMethod(), hook.name(),
				"parameter " + (parameter.getParameterIndex() + 1) + " (" + parameter.getParameterType().getSimpleName()
						+ ((parameter.getParameterName() != null) ? " " + parameter.getParameterName() : "")
						+ ") cannot be bound; a slash command handler takes @Argument and @Option parameters, "
						+ "CommandArgs, the ExecuteCommandRequest, RequestContext, PluginContext, User, Channel or Team");
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, HookInvocation invocation) {
		CommandArgs args = invocation.request(ExecuteCommandRequest.class).getArgs();
		Class<?> type = parameter.getParameterType();
		if (type == User.class) {
			return this.client.getObject().getUser(args.getUserId());
		}
		if (type == Channel.class) {
			return this.client.getObject().getChannel(args.getChannelId());
		}
		if (type == dev.pluginkit.mattermost.pluginapi.v1.Team.class) {
			return args.getTeamId().isEmpty() ? null : this.client.getObject().getTeam(args.getTeamId());
		}
		Resolution resolution = this.catalog.resolve(args);
		if (resolution == null || !resolution.matched()) {
			throw new IllegalStateException("The command '" + args.getCommand() + "' no longer fits "
					+ parameter.getMethod());
		}
		return resolution.values()[parameter.getParameterIndex()];
	}

	private static boolean isSlashCommand(MethodParameter parameter) {
		return AnnotatedElementUtils.hasAnnotation(parameter.getMethod(), SlashCommand.class)
				|| AnnotatedElementUtils.hasAnnotation(parameter.getMethod(), Subcommand.class);
	}

}

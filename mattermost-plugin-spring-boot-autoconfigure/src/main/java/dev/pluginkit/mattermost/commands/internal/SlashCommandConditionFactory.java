package dev.pluginkit.mattermost.commands.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import dev.pluginkit.mattermost.commands.SlashCommand;
import dev.pluginkit.mattermost.commands.Subcommand;
import dev.pluginkit.mattermost.commands.internal.SlashCommandCatalog.Resolution;
import dev.pluginkit.mattermost.commands.internal.SlashCommandCatalog.Route;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookCondition;
import dev.pluginkit.mattermost.hooks.HookConditionFactory;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Builds the condition of a {@link SlashCommand @SlashCommand} or {@link Subcommand @Subcommand}
 * method: it takes the calls whose text the {@link SlashCommandCatalog} routes to it, text that
 * fits its parameters included. Its key is the command and subcommand, so two handlers of one
 * route fail the start.
 */
public final class SlashCommandConditionFactory implements HookConditionFactory<Annotation> {

	private final SlashCommandCatalog catalog;

	/**
	 * Creates the factory.
	 * @param catalog where the routes are kept
	 */
	public SlashCommandConditionFactory(SlashCommandCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public HookCondition create(Annotation annotation, Method method, Hook hook) {
		SlashCommand onMethod = AnnotatedElementUtils.findMergedAnnotation(method, SlashCommand.class);
		Subcommand subcommand = AnnotatedElementUtils.findMergedAnnotation(method, Subcommand.class);
		if (onMethod != null && subcommand != null) {
			throw new InvalidHookHandlerException(method, hook.name(),
					"it is both a @SlashCommand and a @Subcommand; put @SlashCommand on the class");
		}
		Route route;
		if (subcommand != null) {
			SlashCommand command = AnnotatedElementUtils.findMergedAnnotation(ClassUtils.getUserClass(method.getDeclaringClass()),
					SlashCommand.class);
			if (command == null) {
				throw new InvalidHookHandlerException(method, hook.name(),
						"@Subcommand needs @SlashCommand on its class, " + method.getDeclaringClass().getName());
			}
			route = this.catalog.add(command, path(subcommand.value()), subcommand.description(), method);
		}
		else {
			route = this.catalog.add(onMethod, List.of(), onMethod.description(), method);
		}
		return new RouteCondition(this.catalog, route);
	}

	private static List<String> path(String words) {
		String trimmed = words.strip();
		return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
	}

	/** Takes the calls routed to one route. */
	private record RouteCondition(SlashCommandCatalog catalog, Route route) implements HookCondition {

		@Override
		public boolean matches(HookInvocation invocation) {
			Resolution resolution = this.catalog.resolve(((ExecuteCommandRequest) invocation.request()).getArgs());
			return resolution != null && resolution.matched() && resolution.route() == this.route;
		}

		@Override
		public Object key() {
			return this.route.key();
		}

		@Override
		public String description() {
			return this.route.key();
		}

		@Override
		public String toString() {
			return description();
		}

	}

}

package dev.pluginkit.mattermost.commands.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.commands.Argument;
import dev.pluginkit.mattermost.commands.Option;
import dev.pluginkit.mattermost.commands.SlashCommand;
import dev.pluginkit.mattermost.commands.internal.CommandLine.Word;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.StringUtils;

/**
 * The plugin's slash commands: filled at startup as the handlers of
 * {@link SlashCommand @SlashCommand} and {@code @Subcommand} methods are bound, and asked on
 * every ExecuteCommand call which handler takes the text, with which argument values, or why
 * none does.
 */
public final class SlashCommandCatalog {

	static final String HELP = "help";

	static final String EPHEMERAL = "ephemeral";

	/**
	 * What {@code Command.IsValid} (model/command.go) accepts: 1 to 128 characters, no slash
	 * first, no spaces.
	 */
	private static final Pattern TRIGGER = Pattern.compile("[^/\\s][^\\s]{0,127}");

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final ConversionService conversionService;

	private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

	/**
	 * Creates an empty catalog.
	 * @param conversionService converts argument words to parameter types
	 */
	public SlashCommandCatalog(ConversionService conversionService) {
		this.conversionService = conversionService;
	}

	/**
	 * Whether any slash command has been declared.
	 * @return whether the catalog has commands
	 */
	public boolean isEmpty() {
		return this.definitions.isEmpty();
	}

	/**
	 * The declared commands, in the order their triggers sort.
	 * @return the commands
	 */
	public List<Definition> definitions() {
		return this.definitions.values().stream().sorted((a, b) -> a.trigger().compareTo(b.trigger())).toList();
	}

	/**
	 * Adds a handler method for a command and subcommand; the first handler of a route stays,
	 * the start fails on the second through the hook registry's clash check.
	 */
	Route add(SlashCommand command, List<String> path, String description, Method method) {
		String trigger = command.trigger().toLowerCase(Locale.ROOT);
		if (!TRIGGER.matcher(trigger).matches()) {
			throw new InvalidHookHandlerException(method, "ExecuteCommand", "@SlashCommand trigger '"
					+ command.trigger() + "' is not one the server accepts: 1 to 128 characters, no spaces, no leading /");
		}
		Definition definition = this.definitions.computeIfAbsent(trigger, (key) -> new Definition(key));
		definition.describe(command, method);
		Route route = new Route(definition, path, description, method, parameters(method));
		definition.routes().putIfAbsent(path, route);
		return route;
	}

	/**
	 * Which route takes the command text, with its argument values, or why none does.
	 * @param args the command's arguments
	 * @return the resolution, or {@code null} when the trigger is not one of the catalog's
	 */
	public Resolution resolve(CommandArgs args) {
		CommandLine line = CommandLine.parse(args.getCommand());
		Definition definition = this.definitions.get(line.trigger());
		if (definition == null) {
			return null;
		}
		List<Word> words = line.words();
		Route best = null;
		for (Route route : definition.routes().values()) {
			if (startsWith(words, route.path()) && (best == null || route.path().size() > best.path().size())) {
				best = route;
			}
		}
		if (best == null || best.path().isEmpty()) {
			if (!words.isEmpty() && words.get(0).value().equalsIgnoreCase(HELP)) {
				return new Resolution(definition, null, null, null);
			}
			if (best == null) {
				return new Resolution(definition, null, null, words.isEmpty() ? null
						: "Unknown subcommand '" + words.get(0).value() + "'.");
			}
		}
		return bind(line, definition, best, words.subList(best.path().size(), words.size()));
	}

	private Resolution bind(CommandLine line, Definition definition, Route route, List<Word> words) {
		Object[] values = new Object[route.method().getParameterCount()];
		Map<String, String> options = new LinkedHashMap<>();
		List<Word> positional = new ArrayList<>();
		String remaining = null;
		List<Parameter> arguments = route.arguments();
		int argumentCount = arguments.size();
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			Parameter next = (positional.size() < argumentCount) ? arguments.get(positional.size()) : null;
			if (next != null && next.remaining()) {
				remaining = line.rest(word);
				break;
			}
			String value = word.value();
			if (value.startsWith("--") && value.length() > 2) {
				String name = value.substring(2);
				String optionValue = null;
				int equals = name.indexOf('=');
				if (equals >= 0) {
					optionValue = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				Parameter option = route.option(name);
				if (option == null) {
					return error(definition, route, "Unknown option --" + name + ".");
				}
				if (optionValue == null) {
					if (option.flag()) {
						optionValue = "true";
					}
					else if (i + 1 < words.size()) {
						optionValue = words.get(++i).value();
					}
					else {
						return error(definition, route, "Option --" + name + " needs a value.");
					}
				}
				options.put(option.name(), optionValue);
			}
			else {
				positional.add(word);
			}
		}
		int consumed = Math.min(positional.size(), argumentCount);
		for (int a = 0; a < argumentCount; a++) {
			Parameter argument = arguments.get(a);
			Object value;
			if (argument.remaining()) {
				value = (remaining != null && !remaining.isEmpty()) ? remaining : null;
				if (value != null) {
					value = convert(value, argument);
				}
			}
			else if (argument.multiple()) {
				List<String> rest = (a < positional.size())
						? positional.subList(a, positional.size()).stream().map(Word::value).toList() : List.of();
				consumed = positional.size();
				value = rest.isEmpty() ? null : convert(rest, argument);
			}
			else {
				value = (a < positional.size()) ? convert(positional.get(a).value(), argument) : null;
			}
			if (value instanceof Failure failure) {
				return error(definition, route, failure.message());
			}
			if (value == null && argument.required()) {
				return error(definition, route, "Missing <" + argument.name() + ">.");
			}
			values[argument.index()] = empty(value, argument);
		}
		if (positional.size() > consumed) {
			String extra = positional.get(consumed).value();
			if (argumentCount == 0 && route.path().isEmpty() && definition.routes().size() > 1) {
				// The bare command takes no arguments: a word after it names a subcommand it lacks.
				return new Resolution(definition, null, null, "Unknown subcommand '" + extra + "'.");
			}
			return error(definition, route, "Unexpected '" + extra + "'.");
		}
		for (Parameter option : route.options()) {
			String text = options.containsKey(option.name()) ? options.get(option.name()) : option.defaultValue();
			Object value = (text != null) ? convert(text, option) : null;
			if (value instanceof Failure failure) {
				return error(definition, route, failure.message());
			}
			if (value == null && option.required()) {
				return error(definition, route, "Missing --" + option.name() + ".");
			}
			values[option.index()] = empty(value, option);
		}
		return new Resolution(definition, route, values, null);
	}

	private Object convert(Object text, Parameter parameter) {
		try {
			TypeDescriptor source = (text instanceof List) ? TypeDescriptor.collection(List.class,
					TypeDescriptor.valueOf(String.class)) : TypeDescriptor.valueOf(String.class);
			Object value = this.conversionService.convert(text, source, parameter.target());
			return (parameter.optional()) ? Optional.ofNullable(value) : value;
		}
		catch (ConversionException ex) {
			String label = parameter.option() ? "--" + parameter.name() : "<" + parameter.name() + ">";
			return new Failure(label + ": '" + text + "' is not " + article(parameter.typeName()) + ".");
		}
	}

	private static Object empty(Object value, Parameter parameter) {
		if (value != null) {
			return value;
		}
		if (parameter.optional()) {
			return Optional.empty();
		}
		if (parameter.multiple() && List.class.isAssignableFrom(parameter.target().getType())) {
			return List.of();
		}
		if (parameter.target().isArray()) {
			return java.lang.reflect.Array.newInstance(parameter.target().getElementTypeDescriptor().getType(), 0);
		}
		if (parameter.target().getType() == boolean.class) {
			return false;
		}
		return null;
	}

	private static String article(String type) {
		return ("aeiouAEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
	}

	private static Resolution error(Definition definition, Route route, String message) {
		return new Resolution(definition, route, null, message);
	}

	private static boolean startsWith(List<Word> words, List<String> path) {
		if (words.size() < path.size()) {
			return false;
		}
		for (int i = 0; i < path.size(); i++) {
			if (!words.get(i).value().equalsIgnoreCase(path.get(i))) {
				return false;
			}
		}
		return true;
	}

	private List<Parameter> parameters(Method method) {
		List<Parameter> parameters = new ArrayList<>();
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			parameter.initParameterNameDiscovery(PARAMETER_NAMES);
			Argument argument = parameter.getParameterAnnotation(Argument.class);
			Option option = parameter.getParameterAnnotation(Option.class);
			if (argument != null && option != null) {
				throw invalid(method, parameter, "is both an @Argument and an @Option");
			}
			if (argument == null && option == null) {
				continue;
			}
			boolean optional = parameter.getParameterType() == Optional.class;
			TypeDescriptor target = optional ? new TypeDescriptor(parameter.nested()) : new TypeDescriptor(parameter);
			String name = name((argument != null) ? argument.value() : option.value(), parameter, method);
			boolean multiple = argument != null && !argument.remaining()
					&& (target.isArray() || target.isCollection());
			TypeDescriptor source = multiple ? TypeDescriptor.collection(List.class, TypeDescriptor.valueOf(String.class))
					: TypeDescriptor.valueOf(String.class);
			if (!this.conversionService.canConvert(source, target)) {
				throw invalid(method, parameter, "cannot be converted from the command's text to "
						+ target.getType().getSimpleName());
			}
			boolean flag = option != null && (target.getType() == boolean.class || target.getType() == Boolean.class);
			String defaultValue = (option != null && !option.defaultValue().isEmpty()) ? option.defaultValue() : null;
			boolean required = (argument != null) ? argument.required() && !optional
					: option.required() && defaultValue == null && !flag;
			parameters.add(new Parameter(i, name, option != null, required, argument != null && argument.remaining(),
					multiple, flag, optional, defaultValue, target, (option != null) ? option.description() : ""));
		}
		checkArguments(method, parameters.stream().filter((p) -> !p.option()).toList());
		checkOptions(method, parameters.stream().filter(Parameter::option).toList());
		return parameters;
	}

	private static void checkArguments(Method method, List<Parameter> arguments) {
		boolean optionalSeen = false;
		for (int i = 0; i < arguments.size(); i++) {
			Parameter argument = arguments.get(i);
			boolean last = i == arguments.size() - 1;
			if ((argument.remaining() || argument.multiple()) && !last) {
				throw new InvalidHookHandlerException(method, "ExecuteCommand", "@Argument " + argument.name()
						+ " takes every word left, so it must be the last @Argument");
			}
			if (argument.required() && optionalSeen) {
				throw new InvalidHookHandlerException(method, "ExecuteCommand", "required @Argument "
						+ argument.name() + " follows an optional one, so it could never be given alone");
			}
			optionalSeen |= !argument.required();
		}
	}

	private static void checkOptions(Method method, List<Parameter> options) {
		Map<String, Parameter> names = new LinkedHashMap<>();
		for (Parameter option : options) {
			if (names.putIfAbsent(option.name(), option) != null) {
				throw new InvalidHookHandlerException(method, "ExecuteCommand",
						"two parameters are the @Option --" + option.name());
			}
		}
	}

	private static String name(String declared, MethodParameter parameter, Method method) {
		if (StringUtils.hasText(declared)) {
			return declared;
		}
		if (parameter.getParameterName() == null) {
			throw invalid(method, parameter, "has no name to show: give the annotation one, or compile with -parameters");
		}
		return parameter.getParameterName();
	}

	private static InvalidHookHandlerException invalid(Method method, MethodParameter parameter, String problem) {
		return new InvalidHookHandlerException(method, "ExecuteCommand",
				"parameter " + (parameter.getParameterIndex() + 1) + " (" + parameter.getParameterType().getSimpleName()
						+ ((parameter.getParameterName() != null) ? " " + parameter.getParameterName() : "") + ") "
						+ problem);
	}

	/** A conversion that failed, with the message for the caller. */
	private record Failure(String message) {

	}

	/**
	 * A parameter bound from the command text.
	 * @param index its position among the method's parameters
	 * @param name its name in the usage
	 * @param option whether it is an option rather than a positional argument
	 * @param required whether the command fails without it
	 * @param remaining whether it takes the rest of the text
	 * @param multiple whether it takes every word left
	 * @param flag whether it is a boolean option given without a value
	 * @param optional whether the parameter is an {@code Optional}
	 * @param defaultValue the option's default, or {@code null}
	 * @param target the type to convert to
	 * @param description what the option does
	 */
	record Parameter(int index, String name, boolean option, boolean required, boolean remaining, boolean multiple,
			boolean flag, boolean optional, String defaultValue, TypeDescriptor target, String description) {

		String typeName() {
			Class<?> type = this.target.getType();
			if (type == int.class || type == Integer.class || type == long.class || type == Long.class
					|| type == short.class || type == Short.class) {
				return "whole number";
			}
			if (type == double.class || type == Double.class || type == float.class || type == Float.class
					|| type == java.math.BigDecimal.class) {
				return "number";
			}
			if (type.isEnum()) {
				return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
					.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
					.toList());
			}
			return type.getSimpleName();
		}

		String usage() {
			String value = this.multiple || this.remaining ? "<" + this.name + "...>" : "<" + this.name + ">";
			if (this.option) {
				value = "--" + this.name + (this.flag ? "" : " <" + this.name + ">");
			}
			return this.required ? value : "[" + value + "]";
		}

	}

	/**
	 * A command and subcommand with its handler.
	 * @param definition the command
	 * @param path the subcommand's words, empty for the bare command
	 * @param description what it does
	 * @param method the handler method
	 * @param parameters its parameters bound from the text, in order
	 */
	public record Route(Definition definition, List<String> path, String description, Method method,
			List<Parameter> parameters) {

		List<Parameter> arguments() {
			return this.parameters.stream().filter((parameter) -> !parameter.option()).toList();
		}

		List<Parameter> options() {
			return this.parameters.stream().filter(Parameter::option).toList();
		}

		Parameter option(String name) {
			return this.parameters.stream()
				.filter((parameter) -> parameter.option() && parameter.name().equals(name))
				.findFirst()
				.orElse(null);
		}

		/**
		 * The route as the help shows it: {@code /todo add <item> [--due <due>]}.
		 * @return the usage
		 */
		public String usage() {
			StringBuilder usage = new StringBuilder("/").append(this.definition.trigger());
			this.path.forEach((word) -> usage.append(' ').append(word));
			this.parameters.stream().filter((p) -> !p.option()).forEach((p) -> usage.append(' ').append(p.usage()));
			this.parameters.stream().filter(Parameter::option).forEach((p) -> usage.append(' ').append(p.usage()));
			return usage.toString();
		}

		/**
		 * What identifies the calls the route takes, for the registry's clash check.
		 * @return {@code /todo add}
		 */
		public String key() {
			return ("/" + this.definition.trigger() + " " + String.join(" ", this.path)).strip();
		}

	}

	/** A slash command: its registration and its routes by subcommand. */
	public static final class Definition {

		private final String trigger;

		private final Map<List<String>, Route> routes = new ConcurrentHashMap<>();

		private volatile SlashCommand annotation;

		private volatile Method declaredBy;

		Definition(String trigger) {
			this.trigger = trigger;
		}

		void describe(SlashCommand command, Method method) {
			if (this.annotation == null) {
				this.annotation = command;
				this.declaredBy = method;
				return;
			}
			if (!same(this.annotation, command)) {
				throw new InvalidHookHandlerException(method, "ExecuteCommand", "/" + this.trigger
						+ " is declared twice with different descriptions, hints or display names, also by "
						+ InvalidHookHandlerException.describe(this.declaredBy) + "; declare it once, on the class");
			}
		}

		private static boolean same(SlashCommand a, SlashCommand b) {
			return a.description().equals(b.description()) && a.hint().equals(b.hint())
					&& a.displayName().equals(b.displayName()) && a.autocomplete() == b.autocomplete();
		}

		/**
		 * The trigger, lower-cased.
		 * @return the trigger
		 */
		public String trigger() {
			return this.trigger;
		}

		Map<List<String>, Route> routes() {
			return this.routes;
		}

		/**
		 * The annotation that declares the command.
		 * @return the annotation
		 */
		public SlashCommand annotation() {
			return this.annotation;
		}

		/**
		 * The hint the autocomplete shows: the declared one, or the subcommands' names.
		 * @return the hint
		 */
		public String hint() {
			if (!this.annotation.hint().isEmpty()) {
				return this.annotation.hint();
			}
			List<String> names = subcommandNames();
			return names.isEmpty() ? "" : "[" + String.join("|", names) + "]";
		}

		private List<String> subcommandNames() {
			List<String> names = new ArrayList<>(this.routes.keySet()
				.stream()
				.filter((path) -> !path.isEmpty())
				.map((path) -> path.get(0))
				.distinct()
				.sorted()
				.toList());
			if (!names.isEmpty() && !names.contains(HELP)) {
				names.add(HELP);
			}
			return names;
		}

		/**
		 * The help the command answers to {@code help}.
		 * @return the help, in Markdown
		 */
		public String help() {
			StringBuilder help = new StringBuilder("**/").append(this.trigger).append("**");
			if (!this.annotation.description().isEmpty()) {
				help.append(" - ").append(this.annotation.description());
			}
			help.append("\n");
			Collection<Route> sorted = this.routes.values()
				.stream()
				.sorted((a, b) -> String.join(" ", a.path()).compareTo(String.join(" ", b.path())))
				.toList();
			for (Route route : sorted) {
				help.append("* `").append(route.usage()).append('`');
				if (!route.description().isEmpty()) {
					help.append(" - ").append(route.description());
				}
				help.append('\n');
				for (Parameter option : route.options()) {
					if (!option.description().isEmpty()) {
						help.append("  * `--").append(option.name()).append("` - ").append(option.description()).append('\n');
					}
				}
			}
			if (!this.routes.containsKey(List.of(HELP))) {
				help.append("* `/").append(this.trigger).append(" help` - Shows this help\n");
			}
			return help.toString().strip();
		}

	}

	/**
	 * Which route takes a command's text.
	 * @param definition the command
	 * @param route the route, or {@code null} when none takes it
	 * @param values the handler's argument values by parameter index, when the text fits
	 * @param error what does not fit, or {@code null}; with neither route nor error, the help
	 * was asked for
	 */
	public record Resolution(Definition definition, Route route, Object[] values, String error) {

		/**
		 * Whether the route's handler takes the call.
		 * @return whether a route matched and the text fits it
		 */
		public boolean matched() {
			return this.route != null && this.error == null;
		}

		/**
		 * The ephemeral answer when no handler takes the call: the help, or what was wrong and
		 * the usage.
		 * @return the answer
		 */
		public CommandResponse answer() {
			String text;
			if (this.error == null) {
				text = this.definition.help();
			}
			else if (this.route == null) {
				text = this.error + "\n\n" + this.definition.help();
			}
			else {
				text = this.error + "\nUsage: `" + this.route.usage() + "`";
			}
			return CommandResponse.newBuilder().setResponseType(EPHEMERAL).setText(text).build();
		}

	}

	static boolean isContextType(Class<?> type) {
		return type == User.class || type == Channel.class || type == Team.class;
	}

}

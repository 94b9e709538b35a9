package dev.pluginkit.mattermost.test.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link PluginDriver#launch(PluginLaunch)} starts a plugin process: the command, the
 * plugin folder it runs in, the Plugin API target it is given, and the time limits the
 * server applies. Immutable; each {@code with...} method returns a changed copy.
 *
 * <pre>{@code
 * PluginLaunch launch = PluginLaunch.command("venv/bin/python", "sample-plugin.jar")
 *     .inDirectory(Path.of("target/com.example.plugin-1.0.0/com.example.plugin"))
 *     .withApiTarget(mattermost.target());
 * }</pre>
 */
public final class PluginLaunch {

	private static final Pattern MANIFEST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern MANIFEST_EXECUTABLE = Pattern.compile("\"executable\"\\s*:\\s*\"([^\"]+)\"");

	/** Where the server looks for the interpreter, in its order. */
	private static final List<String> INTERPRETERS = List.of("venv/bin/python", "venv/bin/python3", ".venv/bin/python",
			".venv/bin/python3");

	private final List<String> command;

	private final Path directory;

	private final String apiTarget;

	private final Map<String, String> environment;

	private final String pluginId;

	private final Duration startTimeout;

	private final Duration hookTimeout;

	private final boolean echoOutput;

	private PluginLaunch(List<String> command, Path directory, String apiTarget, Map<String, String> environment,
			String pluginId, Duration startTimeout, Duration hookTimeout, boolean echoOutput) {
		this.command = command;
		this.directory = directory;
		this.apiTarget = apiTarget;
		this.environment = environment;
		this.pluginId = pluginId;
		this.startTimeout = startTimeout;
		this.hookTimeout = hookTimeout;
		this.echoOutput = echoOutput;
	}

	/**
	 * Starts a description of a launch with the program and its arguments. A relative
	 * program path with a folder in it, such as {@code venv/bin/python}, is resolved against
	 * the plugin folder, as the server does; a bare name such as {@code java} is looked up on
	 * the {@code PATH}.
	 * @param command the program and its arguments, for example the bundle's
	 * {@code venv/bin/python} and its {@code server.executable}
	 * @return a launch in the current directory, with the server's time limits
	 */
	public static PluginLaunch command(String... command) {
		return command(List.of(command));
	}

	/**
	 * Starts a description of a launch with the program and its arguments.
	 * @param command the program and its arguments
	 * @return a launch in the current directory, with the server's time limits
	 */
	public static PluginLaunch command(List<String> command) {
		if (command.isEmpty()) {
			throw new IllegalArgumentException("The command needs at least the program");
		}
		return new PluginLaunch(List.copyOf(command), Path.of("").toAbsolutePath(), null, Map.of(), null,
				PluginDriver.START_TIMEOUT, PluginDriver.HOOK_TIMEOUT, true);
	}

	/**
	 * Describes the launch the server makes for a plugin folder, an unpacked bundle: the
	 * first of {@code venv/bin/python}, {@code venv/bin/python3}, {@code .venv/bin/python}
	 * and {@code .venv/bin/python3} in the folder (else {@code python3} from the
	 * {@code PATH}), with {@code server.executable} from {@code plugin.json} as its argument,
	 * in the folder. The plugin id comes from {@code plugin.json} too.
	 * @param folder the plugin folder, which holds {@code plugin.json}
	 * @return a launch in that folder, with the server's time limits
	 * @throws IllegalArgumentException when the server would refuse the folder: no
	 * {@code plugin.json}, no {@code server.executable}, a path that climbs out of the folder,
	 * or a file that does not exist
	 */
	public static PluginLaunch pluginFolder(Path folder) {
		Path directory = folder.toAbsolutePath();
		Path manifest = directory.resolve("plugin.json");
		String json;
		try {
			json = Files.readString(manifest);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("No readable plugin.json in " + directory, ex);
		}
		Matcher executable = MANIFEST_EXECUTABLE.matcher(json);
		if (!executable.find()) {
			throw new IllegalArgumentException(manifest + " has no server.executable");
		}
		String path = executable.group(1);
		if (Path.of(path).isAbsolute() || Path.of(path).normalize().startsWith("..")) {
			throw new IllegalArgumentException("server.executable " + path + " leaves the plugin folder; the server refuses it");
		}
		if (!Files.isRegularFile(directory.resolve(path))) {
			throw new IllegalArgumentException("server.executable " + path + " does not exist in " + directory
					+ "; the server refuses to start the plugin");
		}
		String interpreter = INTERPRETERS.stream()
			.filter((candidate) -> Files.isExecutable(directory.resolve(candidate)))
			.findFirst()
			.orElse("python3");
		return command(interpreter, path).inDirectory(directory);
	}

	/**
	 * Starts a description of a launch that runs a main class from this JVM's class path in
	 * a new JVM with the same Java: a plugin application under test, without packaging it.
	 * @param mainClass the fully qualified main class, such as
	 * {@code MyPluginApplication.class.getName()}
	 * @param jvmOptions options for the new JVM, placed before {@code -cp}
	 * @return a launch in the current directory, with the server's time limits
	 */
	public static PluginLaunch javaMain(String mainClass, String... jvmOptions) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmOptions));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass);
		return command(command);
	}

	/**
	 * Runs the process in the plugin folder, as the server does.
	 * @param directory the plugin folder
	 * @return a changed copy
	 */
	public PluginLaunch inDirectory(Path directory) {
		return new PluginLaunch(this.command, directory.toAbsolutePath(), this.apiTarget, this.environment,
				this.pluginId, this.startTimeout, this.hookTimeout, this.echoOutput);
	}

	/**
	 * Sets {@code MATTERMOST_PLUGIN_API_TARGET}, where the plugin finds the Plugin API.
	 * @param apiTarget the target, such as {@code InMemoryMattermost.target()}
	 * @return a changed copy
	 */
	public PluginLaunch withApiTarget(String apiTarget) {
		return new PluginLaunch(this.command, this.directory, Objects.requireNonNull(apiTarget), this.environment,
				this.pluginId, this.startTimeout, this.hookTimeout, this.echoOutput);
	}

	/**
	 * Adds a variable to the process environment. The handshake variables of go-plugin
	 * cannot be overridden, as on the server.
	 * @param name the variable
	 * @param value its value
	 * @return a changed copy
	 */
	public PluginLaunch withEnvironment(String name, String value) {
		Map<String, String> environment = new LinkedHashMap<>(this.environment);
		environment.put(name, value);
		return new PluginLaunch(this.command, this.directory, this.apiTarget, Map.copyOf(environment), this.pluginId,
				this.startTimeout, this.hookTimeout, this.echoOutput);
	}

	/**
	 * Sets the plugin id put into each hook's {@code RequestContext}. Without it, the id is
	 * read from the {@code plugin.json} in the plugin folder, if there is one.
	 * @param pluginId the plugin id
	 * @return a changed copy
	 */
	public PluginLaunch withPluginId(String pluginId) {
		return new PluginLaunch(this.command, this.directory, this.apiTarget, this.environment,
				Objects.requireNonNull(pluginId), this.startTimeout, this.hookTimeout, this.echoOutput);
	}

	/**
	 * Sets how long the handshake line may take. The server allows 3 seconds
	 * ({@link PluginDriver#START_TIMEOUT}), the default, for every plugin; a longer timeout
	 * only hides a start that would fail on the server.
	 * @param startTimeout the time from process start to the handshake line
	 * @return a changed copy
	 */
	public PluginLaunch withStartTimeout(Duration startTimeout) {
		return new PluginLaunch(this.command, this.directory, this.apiTarget, this.environment, this.pluginId,
				Objects.requireNonNull(startTimeout), this.hookTimeout, this.echoOutput);
	}

	/**
	 * Sets the deadline of each hook call; the server uses 30 seconds
	 * ({@link PluginDriver#HOOK_TIMEOUT}), the default.
	 * @param hookTimeout the deadline of unary hook calls
	 * @return a changed copy
	 */
	public PluginLaunch withHookTimeout(Duration hookTimeout) {
		return new PluginLaunch(this.command, this.directory, this.apiTarget, this.environment, this.pluginId,
				this.startTimeout, Objects.requireNonNull(hookTimeout), this.echoOutput);
	}

	/**
	 * Sets whether the plugin's stdout and stderr lines, and those of go-plugin's stdio
	 * stream, are copied to this JVM's stderr, prefixed, as they arrive (on by default, so
	 * that a failing test shows what the plugin said). They are collected for
	 * {@link PluginDriver#stderrLines()} and {@link PluginDriver#stdioLines()} either way.
	 * @param echoOutput whether to copy the output
	 * @return a changed copy
	 */
	public PluginLaunch withOutputEcho(boolean echoOutput) {
		return new PluginLaunch(this.command, this.directory, this.apiTarget, this.environment, this.pluginId,
				this.startTimeout, this.hookTimeout, echoOutput);
	}

	/**
	 * Returns the program and its arguments.
	 * @return the command
	 */
	public List<String> command() {
		return this.command;
	}

	/**
	 * Returns the plugin folder, the process's working directory.
	 * @return an absolute path
	 */
	public Path directory() {
		return this.directory;
	}

	/**
	 * Returns the Plugin API target given to the plugin.
	 * @return the target, or {@code null} when none is set
	 */
	public String apiTarget() {
		return this.apiTarget;
	}

	/**
	 * Returns the variables added to the process environment.
	 * @return the variables, without the handshake ones
	 */
	public Map<String, String> environment() {
		return this.environment;
	}

	/**
	 * Returns the plugin id for {@code RequestContext}: the one set, else the id in the
	 * folder's {@code plugin.json}, else {@code plugin-under-test}.
	 * @return the plugin id
	 */
	public String pluginId() {
		if (this.pluginId != null) {
			return this.pluginId;
		}
		Path manifest = this.directory.resolve("plugin.json");
		if (Files.isRegularFile(manifest)) {
			try {
				Matcher id = MANIFEST_ID.matcher(Files.readString(manifest));
				if (id.find()) {
					return id.group(1);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read " + manifest, ex);
			}
		}
		return "plugin-under-test";
	}

	/**
	 * Returns how long the handshake line may take, from the process start.
	 * @return the start timeout, 3 seconds unless changed
	 */
	public Duration startTimeout() {
		return this.startTimeout;
	}

	/**
	 * Returns the deadline of each hook call.
	 * @return the hook timeout
	 */
	public Duration hookTimeout() {
		return this.hookTimeout;
	}

	/**
	 * Returns whether the plugin's output is copied to this JVM's stderr.
	 * @return whether output is echoed
	 */
	public boolean echoOutput() {
		return this.echoOutput;
	}

}

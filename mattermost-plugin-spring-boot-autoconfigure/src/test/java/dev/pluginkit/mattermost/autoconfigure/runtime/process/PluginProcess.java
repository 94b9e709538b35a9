package dev.pluginkit.mattermost.autoconfigure.runtime.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.runtime.PluginHandshake;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;

import static org.awaitility.Awaitility.await;

/**
 * {@link PluginProcessApplication} running in a child JVM on the test classpath, launched
 * with the environment the Mattermost server gives a plugin, its stdout and stderr read
 * as they come.
 */
public final class PluginProcess implements AutoCloseable {

	static final Pattern HANDSHAKE = Pattern.compile("1\\|1\\|tcp\\|127\\.0\\.0\\.1:(\\d+)\\|grpc");

	/** Generous: the machine running the tests may be loaded. */
	static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	private final long launchedAt;

	private volatile long firstLineAt;

	private ManagedChannel channel;

	private PluginProcess(Process process, long launchedAt) {
		this.process = process;
		this.launchedAt = launchedAt;
		drain(process.getInputStream(), this.stdout, "stdout");
		drain(process.getErrorStream(), this.stderr, "stderr");
	}

	static PluginProcess launch(String... args) {
		// Nothing listens there: the plugin only needs a target to build its API client.
		return launch(PluginProcessApplication.class, Map.of("MATTERMOST_PLUGIN_API_TARGET", "localhost:1"), args);
	}

	/**
	 * Launches a main class of the test classpath as the server launches a plugin: with
	 * go-plugin's variables (the magic cookie, the protocol version, the port range), and
	 * the given ones.
	 * @param mainClass the application
	 * @param variables more environment variables, such as the Plugin API target
	 * @param args the application's arguments
	 * @return the running process
	 */
	public static PluginProcess launch(Class<?> mainClass, Map<String, String> variables, String... args) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// Surefire runs tests from a manifest-only jar; this property holds the real classpath.
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, mainClass.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> environment = builder.environment();
		environment.remove("MATTERMOST_PLUGIN_API_TARGET");
		environment.putAll(variables);
		environment.put(PluginHandshake.MAGIC_COOKIE_KEY, PluginHandshake.MAGIC_COOKIE_VALUE);
		environment.put("PLUGIN_PROTOCOL_VERSIONS", "1");
		environment.put("PLUGIN_MIN_PORT", "10000");
		environment.put("PLUGIN_MAX_PORT", "25000");
		long launchedAt = System.nanoTime();
		try {
			return new PluginProcess(builder.start(), launchedAt);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean contains(byte[] buffer, int length, byte wanted) {
		for (int i = 0; i < length; i++) {
			if (buffer[i] == wanted) {
				return true;
			}
		}
		return false;
	}

	private void drain(InputStream in, ByteArrayOutputStream out, String name) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (in) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					synchronized (out) {
						out.write(buffer, 0, read);
					}
					if (out == this.stdout && this.firstLineAt == 0 && contains(buffer, read, (byte) '\n')) {
						this.firstLineAt = System.nanoTime();
					}
				}
			}
			catch (IOException ex) {
				// The process is gone.
			}
		}, "plugin-process-" + name);
		thread.setDaemon(true);
		thread.start();
	}

	public String stdout() {
		synchronized (this.stdout) {
			return this.stdout.toString(StandardCharsets.UTF_8);
		}
	}

	public String stderr() {
		synchronized (this.stderr) {
			return this.stderr.toString(StandardCharsets.UTF_8);
		}
	}

	public List<String> stderrLines() {
		return stderr().lines().toList();
	}

	/**
	 * Waits for the first stdout line and returns it, without its newline.
	 */
	public String awaitFirstStdoutLine() {
		await().atMost(START_TIMEOUT).until(() -> stdout().contains("\n") || !this.process.isAlive());
		String out = stdout();
		if (!out.contains("\n")) {
			throw new AssertionError("The plugin exited before its handshake; stderr:\n" + stderr());
		}
		return out.substring(0, out.indexOf('\n'));
	}

	/**
	 * Waits for the first stdout line and returns how long after the launch it came.
	 */
	public Duration timeToFirstStdoutLine() {
		awaitFirstStdoutLine();
		return Duration.ofNanos(this.firstLineAt - this.launchedAt);
	}

	public int port() {
		Matcher matcher = HANDSHAKE.matcher(awaitFirstStdoutLine());
		if (!matcher.matches()) {
			throw new AssertionError("Not a handshake line: " + awaitFirstStdoutLine());
		}
		return Integer.parseInt(matcher.group(1));
	}

	public void awaitStderrContaining(String text) {
		await().atMost(START_TIMEOUT).until(() -> stderr().contains(text));
	}

	public ManagedChannel channel() {
		if (this.channel == null) {
			this.channel = NettyChannelBuilder.forAddress("127.0.0.1", port()).usePlaintext().build();
		}
		return this.channel;
	}

	public long pid() {
		return this.process.pid();
	}

	public Process process() {
		return this.process;
	}

	/**
	 * Waits for the process to exit and returns its status, or fails.
	 */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The plugin did not exit within " + timeout + "; stderr:\n" + stderr());
		}
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.channel != null) {
			this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		}
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

}

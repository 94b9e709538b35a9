package dev.pluginkit.mattermost.runtime;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.Map;

/**
 * The ports the plugin's gRPC server may listen on. go-plugin passes
 * {@value #MIN_PORT_VARIABLE} and {@value #MAX_PORT_VARIABLE} to every plugin, and its own
 * plugins take the first free port of that range, counting up from the lowest; without
 * them the operating system chooses.
 */
public final class PluginPortRange {

	/** The variable holding the lowest port, inclusive. */
	public static final String MIN_PORT_VARIABLE = "PLUGIN_MIN_PORT";

	/** The variable holding the highest port, inclusive. */
	public static final String MAX_PORT_VARIABLE = "PLUGIN_MAX_PORT";

	private static final PluginPortRange ANY = new PluginPortRange(0, 0);

	private final int min;

	private final int max;

	private PluginPortRange(int min, int max) {
		this.min = min;
		this.max = max;
	}

	/**
	 * Returns the range that lets the operating system choose the port.
	 * @return the range of port 0
	 */
	public static PluginPortRange any() {
		return ANY;
	}

	/**
	 * Returns an explicit range.
	 * @param min the lowest port, from 1
	 * @param max the highest port, up to 65535 and at least {@code min}
	 * @return the range
	 * @throws IllegalArgumentException when the bounds are not ports or are reversed
	 */
	public static PluginPortRange of(int min, int max) {
		if (min < 1 || max > 65535 || min > max) {
			throw new IllegalArgumentException(
					"The plugin port range " + min + ".." + max + " is not a range of TCP ports (1..65535)");
		}
		return new PluginPortRange(min, max);
	}

	/**
	 * Reads the range from go-plugin's variables. Both must be set for a range; when only
	 * one is, or neither, the operating system chooses.
	 * @param environment the process environment, usually {@link System#getenv()}
	 * @return the range
	 * @throws IllegalArgumentException when a variable does not hold a port, naming it
	 */
	public static PluginPortRange fromEnvironment(Map<String, String> environment) {
		String min = environment.get(MIN_PORT_VARIABLE);
		String max = environment.get(MAX_PORT_VARIABLE);
		if (min == null || min.isBlank() || max == null || max.isBlank()) {
			return ANY;
		}
		return of(port(MIN_PORT_VARIABLE, min), port(MAX_PORT_VARIABLE, max));
	}

	private static int port(String variable, String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(variable + " must be a TCP port number, but is '" + value + "'", ex);
		}
	}

	/**
	 * Opens a listening socket on {@code 127.0.0.1} at the first free port of the range.
	 * @return the bound socket, in blocking mode
	 * @throws IOException when no port of the range is free, or the socket cannot be opened
	 */
	public ServerSocketChannel bind() throws IOException {
		InetAddress loopback = InetAddress.getByName("127.0.0.1");
		for (int port = this.min; port <= this.max; port++) {
			ServerSocketChannel socket = ServerSocketChannel.open();
			try {
				socket.bind(new InetSocketAddress(loopback, port));
				return socket;
			}
			catch (BindException ex) {
				socket.close();
			}
			catch (IOException | RuntimeException ex) {
				socket.close();
				throw ex;
			}
		}
		throw new BindException("No free port on 127.0.0.1 between " + this.min + " and " + this.max + " ("
				+ MIN_PORT_VARIABLE + ", " + MAX_PORT_VARIABLE + ")");
	}

	@Override
	public String toString() {
		return (this == ANY) ? "any port" : this.min + ".." + this.max;
	}

}

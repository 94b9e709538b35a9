package dev.pluginkit.mattermost.runtime;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * go-plugin's handshake: how a plugin process knows the Mattermost server launched it, and
 * the line that tells the server where the plugin's gRPC server listens.
 */
public final class PluginHandshake {

	/** The environment variable holding go-plugin's magic cookie. */
	public static final String MAGIC_COOKIE_KEY = "MATTERMOST_PLUGIN";

	/** The magic cookie's value when the Mattermost server launched the process. */
	public static final String MAGIC_COOKIE_VALUE = "Securely message teams, anywhere.";

	private PluginHandshake() {
	}

	/**
	 * Tells whether the Mattermost server launched this process, judged by the magic cookie
	 * in the given environment.
	 * @param environment the process environment, usually {@link System#getenv()}
	 * @return whether the cookie has its value
	 */
	public static boolean isLaunchedByServer(Map<String, String> environment) {
		return MAGIC_COOKIE_VALUE.equals(environment.get(MAGIC_COOKIE_KEY));
	}

	/**
	 * Returns the handshake line for a server listening at the given address: core protocol
	 * version 1, app protocol version 1, TCP, the address, gRPC. The line ends with a
	 * newline.
	 * @param address where the plugin's gRPC server listens
	 * @return the line to print, first and alone, on stdout
	 */
	public static String line(InetSocketAddress address) {
		return "1|1|tcp|" + address.getAddress().getHostAddress() + ":" + address.getPort() + "|grpc\n";
	}

}

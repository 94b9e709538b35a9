package dev.pluginkit.mattermost.test.driver;

/**
 * The handshake line a plugin prints as the first line of its stdout, as go-plugin reads
 * it: {@code 1|1|tcp|127.0.0.1:<port>|grpc}.
 *
 * @param coreProtocolVersion go-plugin's own protocol version, always 1
 * @param appProtocolVersion the application protocol version, 1 for Mattermost
 * @param network the network of the address, {@code tcp}
 * @param address where the plugin serves, {@code 127.0.0.1:<port>}
 * @param protocol the RPC protocol, {@code grpc}
 */
public record Handshake(int coreProtocolVersion, int appProtocolVersion, String network, String address,
		String protocol) {

	/** The only handshake the server accepts from these plugins, with a placeholder port. */
	public static final String EXPECTED = "1|1|tcp|127.0.0.1:<port>|grpc";

	/**
	 * Parses a handshake line and checks it against what the Mattermost server accepts.
	 * @param line the first stdout line, without its newline
	 * @return the handshake
	 * @throws IllegalArgumentException with a message quoting the line when it is not one
	 */
	public static Handshake parse(String line) {
		String[] parts = line.split("\\|", -1);
		if (parts.length != 5) {
			throw notAHandshake(line, "it has " + parts.length + " |-separated parts, not 5");
		}
		int core = version(parts[0], line, "core protocol version");
		int app = version(parts[1], line, "app protocol version");
		if (core != 1 || app != 1) {
			throw notAHandshake(line, "the server speaks core protocol 1 and app protocol 1");
		}
		if (!"tcp".equals(parts[2])) {
			throw notAHandshake(line, "the network must be tcp");
		}
		if (!parts[3].matches("127\\.0\\.0\\.1:\\d{1,5}")) {
			throw notAHandshake(line, "the address must be 127.0.0.1:<port>");
		}
		if (!"grpc".equals(parts[4])) {
			throw notAHandshake(line, "the protocol must be grpc");
		}
		return new Handshake(core, app, parts[2], parts[3], parts[4]);
	}

	private static int version(String value, String line, String what) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw notAHandshake(line, "the " + what + " is not a number");
		}
	}

	private static IllegalArgumentException notAHandshake(String line, String why) {
		return new IllegalArgumentException(
				"Not a go-plugin handshake line: '" + line + "' (" + why + "); expected " + EXPECTED);
	}

	/**
	 * Returns the port the plugin serves on.
	 * @return the port
	 */
	public int port() {
		return Integer.parseInt(this.address.substring(this.address.indexOf(':') + 1));
	}

	/**
	 * Returns the line as the plugin printed it.
	 * @return the handshake line
	 */
	public String line() {
		return this.coreProtocolVersion + "|" + this.appProtocolVersion + "|" + this.network + "|" + this.address
				+ "|" + this.protocol;
	}

}

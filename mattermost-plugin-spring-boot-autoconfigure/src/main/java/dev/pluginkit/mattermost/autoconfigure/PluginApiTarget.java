package dev.pluginkit.mattermost.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of {@code mattermost.plugin.api.target} this starter accepts, and their
 * translation into the address of the gRPC channel.
 */
final class PluginApiTarget {

	static final String ACCEPTED_FORMS = "host:port, [ipv6]:port, dns:///host:port, dns://authority/host:port, "
			+ "static://host:port or in-process:name";

	private static final String HOST_NAME = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*";

	private static final String IPV6_LITERAL = "\\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]";

	private static final String PORT = "(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})";

	private static final String HOST_AND_PORT = "(?:" + HOST_NAME + "|" + IPV6_LITERAL + "):" + PORT;

	private static final Pattern PLAIN = Pattern.compile(HOST_AND_PORT);

	private static final Pattern DNS = Pattern.compile(
			"dns://(" + HOST_AND_PORT + ")?/((?:" + HOST_NAME + "|" + IPV6_LITERAL + ")(?::" + PORT + ")?)");

	private static final Pattern STATIC = Pattern.compile("static://" + HOST_AND_PORT);

	private static final Pattern IN_PROCESS = Pattern.compile("in-process:[^\\s]+");

	private PluginApiTarget() {
	}

	/**
	 * Tells whether a target has one of the accepted forms.
	 * @param target the configured value
	 * @return whether the starter can connect to it
	 */
	static boolean isValid(String target) {
		return PLAIN.matcher(target).matches() || DNS.matcher(target).matches() || STATIC.matcher(target).matches()
				|| IN_PROCESS.matcher(target).matches();
	}

	/**
	 * Returns the channel address for a valid target. A plain {@code host:port} gets the
	 * {@code dns:///} scheme that gRPC would give it. The address of a DNS target is built
	 * from its parts, because an IPv6 literal in a URI's path must be escaped: gRPC reads
	 * the path back unescaped.
	 * @param target a target that {@link #isValid(String) is valid}
	 * @return the address for the channel
	 */
	static URI toChannelAddress(String target) {
		try {
			if (PLAIN.matcher(target).matches()) {
				return new URI("dns", "", "/" + target, null, null);
			}
			Matcher dns = DNS.matcher(target);
			if (dns.matches()) {
				return new URI("dns", Objects.requireNonNullElse(dns.group(1), ""), "/" + dns.group(2), null, null);
			}
			return new URI(target);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("'" + target + "' is not a valid Mattermost Plugin API target", ex);
		}
	}

}

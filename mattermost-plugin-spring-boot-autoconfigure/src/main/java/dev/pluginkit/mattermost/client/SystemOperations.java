package dev.pluginkit.mattermost.client;

import java.time.Instant;

/**
 * Facts about the Mattermost server and its installation.
 *
 * <p>Every method throws a {@link PluginApiException} (or one of its subclasses) when the
 * call fails.
 *
 * @see AsyncSystemOperations
 */
public interface SystemOperations {

	/**
	 * Returns the version of the Mattermost server, for example {@code 10.11.0}
	 * ({@code GetServerVersion}).
	 * @return the server version
	 */
	String getServerVersion();

	/**
	 * Returns when this Mattermost installation was set up ({@code GetSystemInstallDate}).
	 * @return the install date
	 */
	Instant getSystemInstallDate();

	/**
	 * Returns the id that identifies this installation in the server's diagnostics and
	 * telemetry ({@code GetDiagnosticId}).
	 * @return the diagnostic id
	 */
	String getDiagnosticId();

}

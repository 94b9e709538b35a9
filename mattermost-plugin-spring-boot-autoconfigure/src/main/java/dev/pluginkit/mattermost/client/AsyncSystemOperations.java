package dev.pluginkit.mattermost.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Facts about the Mattermost server and its installation, asked without blocking.
 *
 * <p>Every returned future fails with a {@link PluginApiException} (or one of its
 * subclasses) when the call fails; cancelling it cancels the call.
 *
 * @see SystemOperations
 */
public interface AsyncSystemOperations {

	/**
	 * Asks for the version of the Mattermost server ({@code GetServerVersion}).
	 * @return the future server version, for example {@code 10.11.0}
	 */
	CompletableFuture<String> getServerVersion();

	/**
	 * Asks when this Mattermost installation was set up ({@code GetSystemInstallDate}).
	 * @return the future install date
	 */
	CompletableFuture<Instant> getSystemInstallDate();

	/**
	 * Asks for the id that identifies this installation in the server's diagnostics
	 * ({@code GetDiagnosticId}).
	 * @return the future diagnostic id
	 */
	CompletableFuture<String> getDiagnosticId();

}

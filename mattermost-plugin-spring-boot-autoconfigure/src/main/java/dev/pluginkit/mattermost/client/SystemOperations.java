package dev.pluginkit.mattermost.client;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Facts about the Mattermost server, its installation, licence and cloud plan.
 *
 * <p>
 * Every method throws a {@link PluginApiException}, or one of its subclasses, when the
 * call fails.
 *
 * @see AsyncSystemOperations
 */
public interface SystemOperations {

	/**
	 * Returns the version of the Mattermost server the plugin runs in, such as
	 * {@code 9.11.0}.
	 *
	 * <p>
	 * Minimum server version: 5.4.
	 * @return the server version string
	 * @throws PluginApiException when the call fails for any other reason
	 */
	String getServerVersion();

	/**
	 * Returns when this Mattermost installation first started, in milliseconds since the
	 * epoch.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @return the installation time in milliseconds since the epoch
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Instant getSystemInstallDate();

	/**
	 * Returns the anonymous identifier the server uses in its diagnostic reports. It is
	 * the older name of {@link #getTelemetryId} and yields the same value.
	 *
	 * <p>
	 * Prefer {@link #getTelemetryId} on servers 5.28 and newer.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @return the diagnostic identifier of this installation
	 * @throws PluginApiException when the call fails for any other reason
	 */
	String getDiagnosticId();

	/**
	 * Returns the anonymous identifier the server uses in its telemetry reports.
	 *
	 * <p>
	 * Minimum server version: 5.28.
	 * @return the telemetry identifier of this installation
	 * @throws PluginApiException when the call fails for any other reason
	 */
	String getTelemetryId();

	/**
	 * Tells whether the server binary is an Enterprise build. This is a property of the
	 * build, not of the licence: an Enterprise build without a licence still answers
	 * {@code true}.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @return {@code true} for an Enterprise build
	 * @throws PluginApiException when the call fails for any other reason
	 */
	boolean isEnterpriseReady();

	/**
	 * Returns the licence currently installed on the server, encoded as a JSON object in
	 * bytes. When the server has no licence the result is empty rather than an error.
	 *
	 * <p>
	 * Minimum server version: 5.10.
	 * @return the licence as JSON bytes, empty when the server is unlicensed
	 * @throws PluginApiException when the call fails for any other reason
	 */
	Optional<byte[]> getLicense();

	/**
	 * Returns the licence currently installed on the server, encoded as a JSON object in
	 * bytes, parsed.
	 *
	 * <p>
	 * The JSON object becomes a map of maps, lists, strings, booleans, {@code Double}
	 * numbers and {@code null}s, in the order of the JSON text.
	 * @return the licence as a map, or empty when the server is unlicensed
	 * @throws PluginApiException when the call fails, or the server answers with text
	 * that is not a JSON object
	 */
	Optional<Map<String, Object>> getLicenseAsMap();

	/**
	 * Asks the Mattermost licensing service for a trial licence and installs it on the
	 * server when granted.
	 *
	 * <p>
	 * The server contacts an external Mattermost service, so the call can fail when the
	 * server has no internet access.
	 *
	 * <p>
	 * Minimum server version: 5.36.
	 * @param requesterId the id of the user on whose behalf the trial is requested
	 * @param users how many users the trial licence should cover
	 * @param termsAccepted whether the requester accepted the trial terms
	 * @param receiveEmailsAccepted whether the requester agreed to receive marketing
	 * emails
	 * @throws PluginApiPermissionDeniedException when the server restricts system
	 * administrators ({@code ExperimentalSettings.RestrictSystemAdmin})
	 * @throws PluginApiException when the call fails for any other reason
	 */
	void requestTrialLicense(String requesterId, int users, boolean termsAccepted, boolean receiveEmailsAccepted);

	/**
	 * Returns the product limits of the Mattermost Cloud workspace (such as message
	 * history or file storage limits), encoded as a JSON object in bytes. On a server
	 * that is not a cloud workspace the result is an empty limits object rather than an
	 * error.
	 *
	 * <p>
	 * Minimum server version: 7.0.
	 * @return the cloud product limits as JSON bytes
	 * @throws PluginApiException when the call fails for any other reason
	 */
	byte[] getCloudLimits();

	/**
	 * Returns the product limits of the Mattermost Cloud workspace (such as message
	 * history or file storage limits), encoded as a JSON object in bytes, parsed.
	 *
	 * <p>
	 * The JSON object becomes a map of maps, lists, strings, booleans, {@code Double}
	 * numbers and {@code null}s, in the order of the JSON text.
	 * @return the cloud product limits as a map
	 * @throws PluginApiException when the call fails, or the server answers with text
	 * that is not a JSON object
	 */
	Map<String, Object> getCloudLimitsAsMap();

}

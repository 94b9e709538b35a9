package dev.pluginkit.mattermost.client;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.AuditRecord;

/**
 * Records in the server's audit log. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see AuditOperations
 */
public interface AsyncAuditOperations {

	/**
	 * Writes a record to the server's audit log at the default audit level. Nothing is
	 * returned to say whether the record was kept; where it ends up depends on the
	 * server's audit log settings.
	 *
	 * <p>
	 * Audit log output is configured by the administrator and may require an Enterprise
	 * licence.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param record the audit record to write
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> logAuditRec(AuditRecord record);

	/**
	 * Writes a record to the server's audit log at the given audit level. Nothing is
	 * returned to say whether the record was kept.
	 *
	 * <p>
	 * Audit log output is configured by the administrator and may require an Enterprise
	 * licence.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param record the audit record to write
	 * @param level the name of the audit level, such as {@code audit-api},
	 * {@code audit-content}, {@code audit-permissions} or {@code audit-cli}
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> logAuditRecWithLevel(AuditRecord record, String level);

}

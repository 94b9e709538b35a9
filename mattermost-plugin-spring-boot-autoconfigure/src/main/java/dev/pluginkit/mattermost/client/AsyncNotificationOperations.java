package dev.pluginkit.mattermost.client;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.PushNotification;

/**
 * E-mail and push notifications. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see NotificationOperations
 */
public interface AsyncNotificationOperations {

	/**
	 * Sends a push notification to every mobile session of a user through the configured
	 * push proxy. The plugin is responsible for respecting the server's push settings and
	 * licence, notably the configured push notification contents (for example id-loaded
	 * or generic messages).
	 *
	 * <p>
	 * The {@code NotificationWillBePushed} hook still runs for notifications sent this
	 * way.
	 *
	 * <p>
	 * Minimum server version: 9.0.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no notification
	 * is given.
	 * @param notification the push notification to send, as the push proxy expects it
	 * @param userId the id of the user whose devices receive the notification
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> sendPushNotification(PushNotification notification, String userId);

	/**
	 * Sends an email with an HTML body to one address, using the server's SMTP
	 * configuration.
	 *
	 * <p>
	 * A failure of the mail server is reported as an internal error.
	 *
	 * <p>
	 * When the server's {@code EmailSettings.SendEmailNotifications} is off, the call
	 * succeeds and sends nothing.
	 *
	 * <p>
	 * Minimum server version: 5.7.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the address, the
	 * subject or the body is empty.
	 * @param to the recipient's email address
	 * @param subject the subject line
	 * @param htmlBody the message body, as HTML
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> sendMail(String to, String subject, String htmlBody);

}

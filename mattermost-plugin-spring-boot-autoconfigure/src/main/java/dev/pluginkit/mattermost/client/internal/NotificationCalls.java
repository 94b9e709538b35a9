package dev.pluginkit.mattermost.client.internal;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncNotificationOperations;
import dev.pluginkit.mattermost.client.NotificationOperations;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PushNotification;
import dev.pluginkit.mattermost.pluginapi.v1.SendMailRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SendMailResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SendPushNotificationRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SendPushNotificationResponse;

/**
 * The notification domain: its calls, described once, and the blocking and asynchronous
 * parts that the two clients mix in.
 */
final class NotificationCalls {

	static UnaryCall<SendPushNotificationRequest, SendPushNotificationResponse, Void> sendPushNotification(
			PushNotification notification, String userId) {
		SendPushNotificationRequest request = SendPushNotificationRequest.newBuilder()
			.setNotification(Arguments.required(notification, "notification"))
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSendPushNotificationMethod(), request,
				SendPushNotificationResponse::getError);
	}

	static UnaryCall<SendMailRequest, SendMailResponse, Void> sendMail(String to, String subject, String htmlBody) {
		SendMailRequest request = SendMailRequest.newBuilder()
			.setTo(Arguments.required(to, "to"))
			.setSubject(Arguments.required(subject, "subject"))
			.setHtmlBody(Arguments.required(htmlBody, "htmlBody"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSendMailMethod(), request, SendMailResponse::getError);
	}

	private NotificationCalls() {
	}

	interface Blocking extends NotificationOperations, BlockingCalls {

		@Override
		default void sendPushNotification(PushNotification notification, String userId) {
			execute(NotificationCalls.sendPushNotification(notification, userId));
		}

		@Override
		default void sendMail(String to, String subject, String htmlBody) {
			execute(NotificationCalls.sendMail(to, subject, htmlBody));
		}

	}

	interface Async extends AsyncNotificationOperations, AsyncCalls {

		@Override
		default CompletableFuture<Void> sendPushNotification(PushNotification notification, String userId) {
			return executeAsync(NotificationCalls.sendPushNotification(notification, userId));
		}

		@Override
		default CompletableFuture<Void> sendMail(String to, String subject, String htmlBody) {
			return executeAsync(NotificationCalls.sendMail(to, subject, htmlBody));
		}

	}

}

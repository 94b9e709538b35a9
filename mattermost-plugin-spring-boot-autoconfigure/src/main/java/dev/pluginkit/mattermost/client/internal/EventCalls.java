package dev.pluginkit.mattermost.client.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncEventOperations;
import dev.pluginkit.mattermost.client.EventOperations;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEvent;
import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEventSendOptions;
import dev.pluginkit.mattermost.pluginapi.v1.PublishPluginClusterEventRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PublishPluginClusterEventResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PublishWebSocketEventRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PublishWebSocketEventResponse;
import dev.pluginkit.mattermost.pluginapi.v1.WebsocketBroadcast;

/**
 * The event domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class EventCalls {

	static UnaryCall<PublishWebSocketEventRequest, PublishWebSocketEventResponse, Void> publishWebSocketEvent(
			String event, Map<String, Object> payload, WebsocketBroadcast broadcast) {
		PublishWebSocketEventRequest request = PublishWebSocketEventRequest.newBuilder()
			.setEvent(Arguments.required(event, "event"))
			.setPayload(ProtoValues.toStruct(Arguments.required(payload, "payload")))
			.setBroadcast(Arguments.required(broadcast, "broadcast"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getPublishWebSocketEventMethod(), request,
				PublishWebSocketEventResponse::getError);
	}

	static UnaryCall<PublishPluginClusterEventRequest, PublishPluginClusterEventResponse, Void> publishPluginClusterEvent(
			PluginClusterEvent event, PluginClusterEventSendOptions opts) {
		PublishPluginClusterEventRequest request = PublishPluginClusterEventRequest.newBuilder()
			.setEvent(Arguments.required(event, "event"))
			.setOpts(Arguments.required(opts, "opts"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getPublishPluginClusterEventMethod(), request,
				PublishPluginClusterEventResponse::getError);
	}

	private EventCalls() {
	}

	interface Blocking extends EventOperations, BlockingCalls {

		@Override
		default void publishWebSocketEvent(String event, Map<String, Object> payload, WebsocketBroadcast broadcast) {
			execute(EventCalls.publishWebSocketEvent(event, payload, broadcast));
		}

		@Override
		default void publishPluginClusterEvent(PluginClusterEvent event, PluginClusterEventSendOptions opts) {
			execute(EventCalls.publishPluginClusterEvent(event, opts));
		}

	}

	interface Async extends AsyncEventOperations, AsyncCalls {

		@Override
		default CompletableFuture<Void> publishWebSocketEvent(String event, Map<String, Object> payload,
				WebsocketBroadcast broadcast) {
			return executeAsync(EventCalls.publishWebSocketEvent(event, payload, broadcast));
		}

		@Override
		default CompletableFuture<Void> publishPluginClusterEvent(PluginClusterEvent event,
				PluginClusterEventSendOptions opts) {
			return executeAsync(EventCalls.publishPluginClusterEvent(event, opts));
		}

	}

}

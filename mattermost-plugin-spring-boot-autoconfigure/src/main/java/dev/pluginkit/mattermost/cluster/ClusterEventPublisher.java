package dev.pluginkit.mattermost.cluster;

import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;

import dev.pluginkit.mattermost.client.EventOperations;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEvent;
import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEventSendOptions;

/**
 * Sends {@link ClusterEvent @ClusterEvent} objects to this plugin on the other nodes of the
 * cluster, as JSON written by the typed KV store's mapper (Go's encoding), so a Go plugin can
 * read them too.
 */
public class ClusterEventPublisher {

	/** Go's {@code model.PluginClusterEventSendTypeReliable}. */
	public static final String RELIABLE = "reliable";

	/** Go's {@code model.PluginClusterEventSendTypeBestEffort}. */
	public static final String BEST_EFFORT = "best_effort";

	private final EventOperations events;

	private final ObjectMapper objectMapper;

	/**
	 * Creates a publisher.
	 * @param events the client's event operations
	 * @param objectMapper the mapper that writes the events' JSON
	 */
	public ClusterEventPublisher(EventOperations events, ObjectMapper objectMapper) {
		this.events = Objects.requireNonNull(events, "events must not be null");
		this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper must not be null");
	}

	/**
	 * Sends an event to all other nodes, reliably.
	 * @param event the event, of a type annotated with {@link ClusterEvent @ClusterEvent}
	 * @throws IllegalArgumentException when the type is not annotated or the event cannot be
	 * written as JSON
	 * @throws PluginApiException when the call fails
	 */
	public void publish(Object event) {
		publish(event, PluginClusterEventSendOptions.newBuilder().setSendType(RELIABLE).build());
	}

	/**
	 * Sends an event with the given options: best effort, or to one node.
	 * @param event the event, of a type annotated with {@link ClusterEvent @ClusterEvent}
	 * @param options how and where to send it
	 * @throws IllegalArgumentException when the type is not annotated or the event cannot be
	 * written as JSON
	 * @throws PluginApiException when the call fails
	 */
	public void publish(Object event, PluginClusterEventSendOptions options) {
		Objects.requireNonNull(event, "event must not be null");
		String id = ClusterEventTypes.idOf(event.getClass());
		byte[] data;
		try {
			data = this.objectMapper.writeValueAsBytes(event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot write cluster event '" + id + "' as JSON: " + ex.getMessage(),
					ex);
		}
		this.events.publishPluginClusterEvent(
				PluginClusterEvent.newBuilder().setId(id).setData(ByteString.copyFrom(data)).build(), options);
	}

}

package dev.pluginkit.mattermost.cluster;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.pluginkit.mattermost.pluginapi.v1.OnPluginClusterEventRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEvent;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Receives the {@code OnPluginClusterEvent} hook and publishes the events of known
 * {@link ClusterEvent @ClusterEvent} types as application events of that type. Events with
 * other ids are left to {@code @OnPluginClusterEvent} handlers.
 *
 * <p>With no known type it listens to nothing, so that the plugin does not claim the hook
 * in {@code Implemented} for nothing.
 */
public class ClusterEventReceiver implements GenericApplicationListener {

	private static final Log logger = LogFactory.getLog(ClusterEventReceiver.class);

	private final ClusterEventTypes types;

	private final ObjectMapper objectMapper;

	private final ApplicationEventPublisher publisher;

	/**
	 * Creates a receiver.
	 * @param types the known event types
	 * @param objectMapper the mapper that reads the events' JSON
	 * @param publisher publishes the events in the application
	 */
	public ClusterEventReceiver(ClusterEventTypes types, ObjectMapper objectMapper,
			ApplicationEventPublisher publisher) {
		this.types = Objects.requireNonNull(types, "types must not be null");
		this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper must not be null");
		this.publisher = Objects.requireNonNull(publisher, "publisher must not be null");
	}

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		if (this.types.isEmpty() || !PayloadApplicationEvent.class.isAssignableFrom(eventType.toClass())) {
			return false;
		}
		Class<?> payload = eventType.as(PayloadApplicationEvent.class).getGeneric().resolve();
		return payload != null && OnPluginClusterEventRequest.class.isAssignableFrom(payload);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& payload.getPayload() instanceof OnPluginClusterEventRequest request) {
			onPluginClusterEvent(request);
		}
	}

	/**
	 * Publishes a received event as an application event of its type.
	 * @param request the hook's request
	 * @throws IllegalArgumentException when the event's data does not read into its type
	 */
	public void onPluginClusterEvent(OnPluginClusterEventRequest request) {
		PluginClusterEvent event = request.getEvent();
		Optional<Class<?>> type = this.types.typeOf(event.getId());
		if (type.isEmpty()) {
			logger.debug("No @ClusterEvent type has id '" + event.getId() + "'");
			return;
		}
		Object payload;
		try {
			payload = this.objectMapper.readValue(event.getData().toByteArray(), type.get());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cluster event '" + event.getId() + "' does not read as "
					+ type.get().getName() + ": " + ex.getMessage(), ex);
		}
		this.publisher.publishEvent(payload);
	}

}

package dev.pluginkit.mattermost.cluster;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ClusterEvent @ClusterEvent} types of an application, by event id.
 */
public final class ClusterEventTypes {

	private final Map<String, Class<?>> types = new LinkedHashMap<>();

	/**
	 * Collects the given types.
	 * @param types the types, each annotated with {@link ClusterEvent @ClusterEvent}
	 * @throws IllegalArgumentException when a type is not annotated, or two types have the
	 * same id
	 */
	public ClusterEventTypes(Collection<Class<?>> types) {
		for (Class<?> type : types) {
			Class<?> other = this.types.putIfAbsent(idOf(type), type);
			if (other != null && other != type) {
				throw new IllegalArgumentException("cluster event types " + other.getName() + " and " + type.getName()
						+ " have the same id '" + idOf(type) + "'");
			}
		}
	}

	/**
	 * Returns the event id of a type.
	 * @param type the type, annotated with {@link ClusterEvent @ClusterEvent}
	 * @return the id: the annotation's value, or the type's fully qualified name
	 * @throws IllegalArgumentException when the type is not annotated
	 */
	public static String idOf(Class<?> type) {
		ClusterEvent annotation = type.getAnnotation(ClusterEvent.class);
		if (annotation == null) {
			throw new IllegalArgumentException(
					type.getName() + " is not a cluster event: annotate it with @" + ClusterEvent.class.getSimpleName());
		}
		return annotation.value().isEmpty() ? type.getName() : annotation.value();
	}

	/**
	 * Whether there are no types.
	 * @return whether no type is known
	 */
	public boolean isEmpty() {
		return this.types.isEmpty();
	}

	/**
	 * Returns the type of an event id.
	 * @param id the id
	 * @return the type, empty when no type has the id
	 */
	public Optional<Class<?>> typeOf(String id) {
		return Optional.ofNullable(this.types.get(id));
	}

}

package dev.pluginkit.mattermost.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose instances travel between the nodes of a cluster:
 * {@link ClusterEventPublisher#publish(Object)} sends one, as JSON, through the server's
 * {@code PublishPluginClusterEvent}, and the plugin on each other node receives it through
 * the {@code OnPluginClusterEvent} hook and publishes it as an application event of this
 * type, for {@code @EventListener} methods that take it.
 *
 * <pre>{@code
 * @ClusterEvent("cache_evicted")
 * record CacheEvicted(@JsonProperty("Key") String key) {}
 *
 * @EventListener
 * void evicted(CacheEvicted event) { ... }
 * }</pre>
 *
 * <p>Annotated types in the application's packages (those of
 * {@code @SpringBootApplication}) are found when it starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClusterEvent {

	/**
	 * The event's id in {@code PluginClusterEvent.id}, to match a Go plugin's; by default
	 * the type's fully qualified name.
	 * @return the id, or empty for the type's name
	 */
	String value() default "";

}

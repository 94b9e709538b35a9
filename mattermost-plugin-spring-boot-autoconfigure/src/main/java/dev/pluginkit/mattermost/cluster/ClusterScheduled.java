package dev.pluginkit.mattermost.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method, without parameters, that runs on one node of the cluster per
 * interval, as a job of Go's {@code cluster.Schedule} does; Spring's {@code @Scheduled}
 * would run it on every node.
 *
 * <pre>{@code
 * @ClusterScheduled(key = "daily-report", interval = "24h")
 * void sendReport() { ... }
 * }</pre>
 *
 * <p>The job is scheduled when the application has started and stops with it. Its
 * metadata is the KV entry {@code cron_<key>}, so a Go plugin of the same id with a job of
 * the same key shares its schedule.
 *
 * @see ClusterJobScheduler
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ClusterScheduled {

	/**
	 * The job's key, unique in the plugin; placeholders are resolved.
	 * @return the key
	 */
	String key();

	/**
	 * The interval, as a duration ({@code 30s}, {@code 1h}, {@code PT15M}); placeholders are
	 * resolved.
	 * @return the interval
	 */
	String interval();

	/**
	 * Whether runs fall on multiples of the interval (Go's
	 * {@code MakeWaitForRoundedInterval}) rather than a whole interval after the last run
	 * (Go's {@code MakeWaitForInterval}).
	 * @return whether the interval is rounded
	 */
	boolean rounded() default false;

}

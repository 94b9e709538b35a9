package dev.pluginkit.mattermost.cluster;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.pluginkit.mattermost.kv.GoJson;

/**
 * What a cluster job keeps under {@code cron_<key>}, as Go's {@code cluster.JobMetadata}:
 * {@code {"LastFinished":"2024-03-05T07:08:09.5Z"}}.
 *
 * @param lastFinished when the job last finished anywhere in the cluster;
 * {@link GoJson#ZERO_TIME} when it never ran
 */
public record JobMetadata(@JsonProperty("LastFinished") Instant lastFinished) {

	/** The metadata of a job that never ran. */
	public static final JobMetadata NEVER = new JobMetadata(GoJson.ZERO_TIME);

	/**
	 * Keeps Go's zero time for a missing value.
	 * @param lastFinished when the job last finished
	 */
	public JobMetadata {
		if (lastFinished == null) {
			lastFinished = GoJson.ZERO_TIME;
		}
	}

	/**
	 * Whether the job never finished, as Go's {@code LastFinished.IsZero()}.
	 * @return whether the time is Go's zero time
	 */
	public boolean neverFinished() {
		return GoJson.ZERO_TIME.equals(this.lastFinished);
	}

}

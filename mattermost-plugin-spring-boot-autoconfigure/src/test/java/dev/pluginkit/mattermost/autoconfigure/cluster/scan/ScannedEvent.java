package dev.pluginkit.mattermost.autoconfigure.cluster.scan;

import dev.pluginkit.mattermost.cluster.ClusterEvent;

/**
 * A cluster event type in an application package, found by the scan.
 *
 * @param key a value
 */
@ClusterEvent("scanned_event")
public record ScannedEvent(String key) {
}

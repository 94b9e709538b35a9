/**
 * Log output that go-plugin reads: hclog JSON lines on stderr, so that each line reaches
 * the Mattermost server log at its own level.
 */
package dev.pluginkit.mattermost.runtime.logging;

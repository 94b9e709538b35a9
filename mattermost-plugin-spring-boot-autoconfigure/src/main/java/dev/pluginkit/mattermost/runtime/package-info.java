/**
 * The plugin runtime: the gRPC server that the Mattermost server launches and calls,
 * go-plugin's handshake, health, controller and stdio, stdout hygiene and shutdown. It uses
 * Spring Framework but not the auto-configuration, which wires it.
 */
package dev.pluginkit.mattermost.runtime;

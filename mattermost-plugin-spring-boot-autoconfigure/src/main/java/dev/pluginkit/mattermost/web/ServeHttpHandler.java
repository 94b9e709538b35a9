package dev.pluginkit.mattermost.web;

import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import io.grpc.stub.ServerCalls.BidiStreamingMethod;

/**
 * Takes the plugin's {@code ServeHTTP} streams. With one of these as a bean, the plugin's
 * {@code Implemented} answer lists ServeHTTP and the server forwards the HTTP requests under
 * {@code /plugins/{id}/} to it. The runtime declares one that feeds Spring MVC when the
 * application is a servlet web application; a bean of this type replaces it.
 */
@FunctionalInterface
public interface ServeHttpHandler extends BidiStreamingMethod<ServeHTTPRequest, ServeHTTPResponse> {

}

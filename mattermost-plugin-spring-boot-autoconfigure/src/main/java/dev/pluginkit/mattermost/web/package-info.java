/**
 * A plugin's HTTP endpoints as Spring MVC controllers: the Mattermost server forwards each
 * request under {@code /plugins/{id}/} to the plugin through the {@code ServeHTTP} stream, and
 * the runtime feeds it to the application's servlet stack, with no port opened. This package
 * holds what handlers use: who is calling ({@link MattermostUserId}, {@link MattermostPluginId},
 * {@link MattermostUser}), the request's plugin context ({@link PluginHttpRequests}), the
 * requirement of a logged-in user ({@link RequireMattermostUser}), and the
 * {@link ServeHttpHandler} that takes the streams.
 */
@NonNullApi
package dev.pluginkit.mattermost.web;

import org.springframework.lang.NonNullApi;

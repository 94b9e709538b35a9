/**
 * HTTP requests to a plugin through its {@code ServeHTTP} stream, sent and read as the
 * Mattermost server does: {@link dev.pluginkit.mattermost.test.http.PluginHttpClient}, its
 * fluent {@link dev.pluginkit.mattermost.test.http.PluginHttpRequest}, the answer
 * {@link dev.pluginkit.mattermost.test.http.PluginHttpResponse}, and
 * {@link dev.pluginkit.mattermost.test.http.PluginHttpExchange} for step-by-step tests.
 */
package dev.pluginkit.mattermost.test.http;

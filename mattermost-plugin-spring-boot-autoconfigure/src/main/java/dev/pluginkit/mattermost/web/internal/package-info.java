/**
 * The portless servlet container behind ServeHTTP: a {@code ServletWebServerFactory} whose
 * web server opens no port, and a small servlet runtime (context, registrations, mappings,
 * filter chains, error pages, sessions) that runs each {@code ServeHTTP} stream through the
 * application's filters and {@code DispatcherServlet}, streaming both bodies. Not API.
 */
@NonNullApi
package dev.pluginkit.mattermost.web.internal;

import org.springframework.lang.NonNullApi;

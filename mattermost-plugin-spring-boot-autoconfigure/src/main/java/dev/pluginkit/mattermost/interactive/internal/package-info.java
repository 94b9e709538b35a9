/**
 * How interactive handlers are found, checked and served; not for applications.
 */
@NonNullApi
package dev.pluginkit.mattermost.interactive.internal;

import org.springframework.lang.NonNullApi;

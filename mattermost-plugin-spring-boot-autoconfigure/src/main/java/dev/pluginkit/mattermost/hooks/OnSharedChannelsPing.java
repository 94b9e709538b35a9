package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code OnSharedChannelsPing} hook: a shared channels
 * health check.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code OnSharedChannelsPingRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code RemoteCluster
 * remoteCluster}; plus anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> a {@code boolean}: {@code true} when the plugin can take syncs.
 *
 * <p><b>Failure</b>: an exception answers {@code INTERNAL} and the server keeps its default;
 * several handlers are asked in order and the first whose condition matches answers;
 * two without a condition fail the start (see {@link HookPolicy#FIRST_MATCH}).
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("OnSharedChannelsPing")
public @interface OnSharedChannelsPing {

}

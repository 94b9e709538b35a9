package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code OnSharedChannelsSyncMsg} hook: a batch of shared
 * channel changes to apply.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code OnSharedChannelsSyncMsgRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code SyncMsgJson syncMsg},
 * {@code RemoteCluster remoteCluster}; plus anything a {@link HookArgumentResolver} bean
 * resolves.
 *
 * <p><b>Returns</b> a {@code SyncResponse}.
 *
 * <p><b>Failure</b>: an exception answers the response's {@code AppError} with the exception's
 * message; several handlers are asked in order and the first whose condition matches answers;
 * two without a condition fail the start (see {@link HookPolicy#FIRST_MATCH}).
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("OnSharedChannelsSyncMsg")
public @interface OnSharedChannelsSyncMsg {

}

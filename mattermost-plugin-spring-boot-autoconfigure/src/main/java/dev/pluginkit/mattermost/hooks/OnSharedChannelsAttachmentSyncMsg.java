package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code OnSharedChannelsAttachmentSyncMsg} hook: a shared
 * channel file attachment to apply.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code
 * OnSharedChannelsAttachmentSyncMsgRequest}, or its fields by type or by name: {@code
 * RequestContext context}, {@code FileInfo fileInfo}, {@code Post post}, {@code RemoteCluster
 * remoteCluster}; plus anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> nothing ({@code void}); an {@code AppError} return value reports a failure
 * as an exception does.
 *
 * <p><b>Failure</b>: an exception answers the response's {@code AppError} with the exception's
 * message. Several handlers may handle this hook, run in {@link
 * org.springframework.core.annotation.Order @Order} until the first failure.
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("OnSharedChannelsAttachmentSyncMsg")
public @interface OnSharedChannelsAttachmentSyncMsg {

}

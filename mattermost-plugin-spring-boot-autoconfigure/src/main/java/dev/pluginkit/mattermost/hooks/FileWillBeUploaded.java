package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code FileWillBeUploaded} hook: an upload is about to
 * be stored: the handler may change its file info or content, or reject it.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code FileWillBeUploadedRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code PluginContext
 * pluginContext}, {@code FileInfo fileInfo}, {@code ByteString fileContent}; plus anything a
 * {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> a {@code FileInfo} to store instead, a {@code ByteString} or {@code byte[]}
 * replacement content, a {@code String} rejection reason, a {@link Verdict}, or the whole
 * {@code FileWillBeUploadedResponse}.
 *
 * <p><b>Failure</b>: an exception lets the input through (the server fails open), or rejects it
 * with a generic reason under {@code mattermost.plugin.hooks.veto-failure=fail-closed}.
 * Several handlers form a chain in {@code @Order}, each seeing the input as the one before
 * left it; a rejection ends it (see {@link HookPolicy#CHAIN}).
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("FileWillBeUploaded")
public @interface FileWillBeUploaded {

}

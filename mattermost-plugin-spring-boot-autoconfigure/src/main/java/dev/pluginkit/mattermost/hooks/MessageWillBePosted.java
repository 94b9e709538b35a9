package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code MessageWillBePosted} hook: a post is about to be
 * stored: the handler may let it through, change it, reject it or dismiss it.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code MessageWillBePostedRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code PluginContext
 * pluginContext}, {@code Post post}; plus anything a {@link HookArgumentResolver} bean
 * resolves.
 *
 * <p><b>Returns</b> a {@code Post} to store instead, a {@code String} rejection reason (empty:
 * accepted), a {@link Verdict Verdict&lt;Post&gt;} (which can also {@linkplain
 * Verdict#dismiss() dismiss} the post silently), or {@code void}/{@code null} to let it through
 * unchanged.
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
@PluginHook("MessageWillBePosted")
public @interface MessageWillBePosted {

}

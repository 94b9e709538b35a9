package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code EmailNotificationWillBeSent} hook: an email
 * notification is about to go out: the handler may change its content or reject it.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code EmailNotificationWillBeSentRequest}, or
 * its fields by type or by name: {@code RequestContext context}, {@code EmailNotificationJson
 * emailNotification}; plus anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> an {@code EmailNotificationContent} to send instead, a {@code String}
 * rejection reason or a {@link Verdict Verdict&lt;EmailNotificationContent&gt;}.
 *
 * <p><b>Failure</b>: an exception lets the input through (the server fails open), or rejects it
 * with a generic reason under {@code mattermost.plugin.hooks.veto-failure=fail-closed}.
 * Several handlers are asked in order and the first whose condition matches answers; two
 * without a condition fail the start (see {@link HookPolicy#FIRST_MATCH}).
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("EmailNotificationWillBeSent")
public @interface EmailNotificationWillBeSent {

}

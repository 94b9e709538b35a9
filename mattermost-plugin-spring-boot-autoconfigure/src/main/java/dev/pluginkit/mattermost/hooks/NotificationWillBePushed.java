package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code NotificationWillBePushed} hook: a push
 * notification is about to go out: the handler may change or reject it.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code NotificationWillBePushedRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code PushNotification
 * pushNotification}, {@code String userId}; plus anything a {@link HookArgumentResolver} bean
 * resolves.
 *
 * <p><b>Returns</b> a {@code PushNotification} to send instead, a {@code String} rejection
 * reason or a {@link Verdict Verdict&lt;PushNotification&gt;}.
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
@PluginHook("NotificationWillBePushed")
public @interface NotificationWillBePushed {

}

package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code UserWillLogIn} hook: a user is about to log in:
 * the handler may refuse the login.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code UserWillLogInRequest}, or its fields by
 * type or by name: {@code RequestContext context}, {@code PluginContext pluginContext}, {@code
 * User user}; plus anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> a {@code String} rejection reason (empty: allowed) or a {@link Verdict}.
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
@PluginHook("UserWillLogIn")
public @interface UserWillLogIn {

}

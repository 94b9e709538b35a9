package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code ConfigurationWillBeSaved} hook: the server
 * configuration is about to be saved; the handler may replace it or refuse it by throwing.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code ConfigurationWillBeSavedRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code ConfigJson newConfig}; plus
 * anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> a {@code ConfigJson} with the replacement configuration, {@code null} or
 * {@code void} to keep it.
 *
 * <p><b>Failure</b>: an exception answers the response's {@code AppError} with the exception's
 * message; several handlers form a chain in {@code @Order}, each seeing the input as the one
 * before left it; an error ends it (see {@link HookPolicy#CHAIN}).
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("ConfigurationWillBeSaved")
public @interface ConfigurationWillBeSaved {

}

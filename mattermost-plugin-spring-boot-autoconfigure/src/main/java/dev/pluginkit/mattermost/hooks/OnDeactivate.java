package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code OnDeactivate} hook: the plugin is about to be
 * stopped.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code OnDeactivateRequest}, or its fields by
 * type or by name: {@code RequestContext context}; plus anything a {@link HookArgumentResolver}
 * bean resolves.
 *
 * <p><b>Returns</b> nothing ({@code void}); an {@code AppError} return value reports a failure
 * as an exception does.
 *
 * <p><b>Failure</b>: an exception answers the response's {@code AppError} with the exception's
 * message. Several handlers may handle this hook, run in {@link
 * org.springframework.core.annotation.Order @Order}; since each releases something of its
 * own, all of them run even when one fails. Each failure is logged, and the first is answered,
 * its detailed error naming the handlers that failed after it.
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("OnDeactivate")
public @interface OnDeactivate {

}

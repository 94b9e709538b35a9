package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code OnActivate} hook: the plugin was started. The
 * runtime first runs the {@link OnConfigurationChange} handlers, as Go's plugin runtime does,
 * then these; an exception fails the activation with its message.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code OnActivateRequest}, or its fields by
 * type or by name: {@code RequestContext context}; plus anything a {@link HookArgumentResolver}
 * bean resolves.
 *
 * <p><b>Returns</b> nothing ({@code void}); an {@code AppError} return value reports a failure
 * as an exception does.
 *
 * <p><b>Failure</b>: an exception answers the response's {@code AppError} with the exception's
 * message. Several handlers may handle this hook, run in {@link
 * org.springframework.core.annotation.Order @Order} until the first failure: the activation
 * fails with it and the server shuts the plugin down, and later handlers may rely on what the
 * failed one did not set up.
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("OnActivate")
public @interface OnActivate {

}

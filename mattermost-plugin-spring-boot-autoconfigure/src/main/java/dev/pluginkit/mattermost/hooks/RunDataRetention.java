package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code RunDataRetention} hook: a data retention run:
 * delete what is older than the policy allows.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code RunDataRetentionRequest}, or its fields
 * by type or by name: {@code RequestContext context}, {@code long nowTime}, {@code long
 * batchSize}; plus anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> the number of deleted items as {@code long}.
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
@PluginHook("RunDataRetention")
public @interface RunDataRetention {

}

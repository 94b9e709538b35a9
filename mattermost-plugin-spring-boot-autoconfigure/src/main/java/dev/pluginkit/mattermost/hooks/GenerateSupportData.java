package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code GenerateSupportData} hook: a support packet is
 * being generated.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code GenerateSupportDataRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code PluginContext
 * pluginContext}; plus anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> a {@code List<FileData>} of files to add to it.
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
@PluginHook("GenerateSupportData")
public @interface GenerateSupportData {

}

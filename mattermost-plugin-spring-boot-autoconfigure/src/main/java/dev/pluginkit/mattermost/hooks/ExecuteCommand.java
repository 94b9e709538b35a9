package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code ExecuteCommand} hook: a slash command registered
 * by this plugin was run.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code ExecuteCommandRequest}, or its fields by
 * type or by name: {@code RequestContext context}, {@code PluginContext pluginContext}, {@code
 * CommandArgs args}; plus anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> a {@code CommandResponse}, or a {@code String} answered as an ephemeral
 * text; an exception answers an {@code AppError}.
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
@PluginHook("ExecuteCommand")
public @interface ExecuteCommand {

}

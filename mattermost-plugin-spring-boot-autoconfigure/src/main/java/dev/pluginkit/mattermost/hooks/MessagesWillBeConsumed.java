package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code MessagesWillBeConsumed} hook: posts are about to
 * be sent to a client.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code MessagesWillBeConsumedRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code List<Post> posts}; plus
 * anything a {@link HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> a {@code List<Post>} to send instead; an empty list or {@code null} sends
 * them unchanged.
 *
 * <p><b>Failure</b>: an exception answers {@code INTERNAL} and the server keeps its default;
 * several handlers form a chain in {@code @Order}, each seeing the input as the one
 * before left it; an error ends it (see {@link HookPolicy#CHAIN}).
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("MessagesWillBeConsumed")
public @interface MessagesWillBeConsumed {

}

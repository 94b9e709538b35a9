package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles the {@code MessageHasBeenUpdated} hook: an edit of a post
 * was stored. Name the parameters {@code newPost} and {@code oldPost} to tell the two posts
 * apart.
 *
 * <p><b>Parameters</b>, in any order: the whole {@code MessageHasBeenUpdatedRequest}, or its
 * fields by type or by name: {@code RequestContext context}, {@code PluginContext
 * pluginContext}, {@code Post newPost}, {@code Post oldPost}; plus anything a {@link
 * HookArgumentResolver} bean resolves.
 *
 * <p><b>Returns</b> nothing ({@code void}).
 *
 * <p><b>Failure</b>: an exception answers {@code INTERNAL}; the server logs it. Several
 * handlers may handle this hook, in {@link org.springframework.core.annotation.Order @Order};
 * the request is also published as an application event, so an {@code @EventListener} method
 * taking the {@code MessageHasBeenUpdatedRequest} handles it too.
 *
 * @see PluginHook
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook("MessageHasBeenUpdated")
public @interface MessageHasBeenUpdated {

}

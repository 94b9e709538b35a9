package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;

/**
 * Marks a bean method as a message filter: a link of the chain that sees every post about to
 * be stored ({@code MessageWillBePosted}) or changed ({@code MessageWillBeUpdated}), in
 * {@link org.springframework.core.annotation.Order @Order}. Each filter sees the post as the
 * filters before it left it; a rejection ends the chain.
 *
 * <pre class="code">
 * &#64;MessageFilter
 * &#64;Order(1)
 * Post trim(Post post) {
 *     return post.toBuilder().setMessage(post.getMessage().strip()).build();
 * }
 *
 * &#64;MessageFilter
 * &#64;Order(2)
 * Verdict&lt;Post&gt; noShouting(Post post) {
 *     return post.getMessage().equals(post.getMessage().toUpperCase()) ? Verdict.reject("No shouting, please.")
 *             : Verdict.allow();
 * }
 * </pre>
 *
 * <p><b>Parameters</b>: {@code Post post}, the post being written (in MessageWillBeUpdated
 * the new post; name a parameter {@code oldPost} for the stored one), and whatever a handler
 * of the hook may take. <b>Returns</b> what a MessageWillBePosted handler returns: a
 * {@code Post} to continue with, a {@link Verdict}, a rejection reason, or {@code void}.
 * Combine with {@link ShouldProcessMessage @ShouldProcessMessage} to leave bots' and system
 * posts alone.
 *
 * @see HookPolicy#CHAIN
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PluginHook({ "MessageWillBePosted", "MessageWillBeUpdated" })
public @interface MessageFilter {

	/**
	 * The hooks it filters: both by default; {@code "MessageWillBePosted"} alone for new posts
	 * only.
	 * @return the hooks' names
	 */
	@AliasFor(annotation = PluginHook.class, attribute = "value")
	String[] hooks() default { "MessageWillBePosted", "MessageWillBeUpdated" };

}

package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a message hook's handler only for posts a plugin should react to, as Go's
 * {@code pluginapi} {@code PostService.ShouldProcessMessage} decides: not this plugin's own
 * bot's posts, and by default not system messages, webhook posts or other bots' posts.
 *
 * <p>The server runs a plugin's hooks on the posts the plugin itself creates, so a
 * MessageHasBeenPosted handler that answers in the channel would otherwise answer itself:
 *
 * <pre class="code">
 * &#64;MessageHasBeenPosted
 * &#64;ShouldProcessMessage
 * void greet(Post post) {
 *     // never runs for the plugin's bot's own posts
 * }
 * </pre>
 *
 * <p>For hooks with a {@code post} or {@code new_post}: MessageWillBePosted,
 * MessageHasBeenPosted, MessageWillBeUpdated, MessageHasBeenUpdated, and
 * {@link MessageFilter @MessageFilter} methods. The own bot is the one
 * {@code ensureBotUser} created, whose id the server keeps in the plugin's key-value store,
 * read once found; deciding whether another user is a bot takes a {@code GetUser} call per
 * post, as in Go.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@HookConditional(ShouldProcessMessageConditionFactory.class)
public @interface ShouldProcessMessage {

	/**
	 * Whether posts of bots other than this plugin's own are processed.
	 * @return whether to take other bots' posts
	 */
	boolean allowBots() default false;

	/**
	 * Whether system messages (post types starting with {@code system_}, such as joins and
	 * header changes) are processed.
	 * @return whether to take system messages
	 */
	boolean allowSystemMessages() default false;

	/**
	 * Whether posts made through incoming webhooks (prop {@code from_webhook} set to
	 * {@code "true"}) are processed.
	 * @return whether to take webhook posts
	 */
	boolean allowWebhooks() default false;

}

package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an annotation as a hook handler condition: a handler carrying it takes a call only when
 * the {@link HookCondition} its factory builds matches. The meta-annotation of
 * {@link ShouldProcessMessage @ShouldProcessMessage} and of slash commands; a handler may carry
 * several condition annotations, and runs only when all match.
 *
 * <pre class="code">
 * &#64;Target(ElementType.METHOD)
 * &#64;Retention(RetentionPolicy.RUNTIME)
 * &#64;HookConditional(InChannelCondition.class)
 * public &#64;interface InChannel {
 *     String value();
 * }
 * </pre>
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HookConditional {

	/**
	 * The factory that builds the condition from the annotation.
	 * @return the factory class, instantiated through the bean factory
	 */
	@SuppressWarnings("rawtypes")
	Class<? extends HookConditionFactory> value();

}

package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles exceptions thrown by hook handlers, as
 * {@code @ExceptionHandler} does for Spring MVC controllers. A method on the same bean as the
 * failed handler is preferred to one elsewhere; among those, the one declaring the closest
 * exception type, then the lower {@code @Order}.
 *
 * <p><b>Parameters</b>: the exception (of a declared type), the failed {@link HookHandler},
 * the {@link HookInvocation}, and whatever a handler of the hook may take (the request, its
 * fields, what a {@link HookArgumentResolver} resolves).
 *
 * <p><b>Returns</b> what a handler of the hook returns: it becomes the answer in place of the
 * failed handler's; {@code void} answers nothing, so the failure is swallowed. A method whose
 * return type does not fit a hook's response is not used for that hook. Rethrowing lets the
 * failure take its usual course (an {@code AppError}, or for a veto hook the failure policy).
 *
 * <pre class="code">
 * &#64;HookExceptionHandler
 * String unknownItem(NoSuchElementException ex) {   // ExecuteCommand: an ephemeral text
 *     return "No such item: " + ex.getMessage();
 * }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HookExceptionHandler {

	/**
	 * The exceptions handled; by default the types of the method's exception parameters.
	 * @return the exception types
	 */
	Class<? extends Throwable>[] value() default {};

	/**
	 * The hooks whose failures it handles, by name; by default every hook its return value
	 * fits.
	 * @return the hook names
	 */
	String[] hooks() default {};

}

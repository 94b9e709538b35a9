package dev.pluginkit.mattermost.interactive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link PostAction} method's parameter to the action's context: the map the post's
 * button or menu carries in its integration, which the server hands back with each click.
 * Without a name the whole context is converted to the parameter's type (a record, a bean,
 * a {@code Map}); with a name, the one value, converted to the parameter's type. The
 * conversion is Jackson's, with the application's {@code ObjectMapper}'s modules; a value
 * that does not convert answers 400.
 *
 * <pre>{@code
 * @PostAction("approve")
 * String approve(@ActionContext Approval approval) { ... }     // record Approval(String request, int level)
 *
 * @PostAction("reject")
 * String reject(@ActionContext("request") String requestId) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ActionContext {

	/**
	 * The name of one context value; empty for the whole context.
	 * @return the name
	 */
	String value() default "";

	/**
	 * Whether a named value must be present: when it is absent the request answers 400
	 * instead of reaching the method. Without it an absent value is {@code null} (and a
	 * primitive parameter always requires its value).
	 * @return whether the value is required
	 */
	boolean required() default false;

}

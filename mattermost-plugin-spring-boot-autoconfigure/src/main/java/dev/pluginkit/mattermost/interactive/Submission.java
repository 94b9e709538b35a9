package dev.pluginkit.mattermost.interactive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link DialogSubmission} method's parameter to the submitted values. Without a
 * name all values are converted to the parameter's type (a record, a bean, a {@code Map})
 * with Jackson and the application's {@code ObjectMapper}'s modules; with a name, one
 * element's value, converted to the parameter's type. Elements the user left empty are
 * absent, or {@code null}. A value that does not convert answers 400.
 *
 * <pre>{@code
 * @DialogSubmission("rename")
 * SubmitDialogResponse rename(@Submission RenameForm form) { ... }   // record RenameForm(String name, boolean notify)
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Submission {

	/**
	 * The name of one element; empty for all submitted values.
	 * @return the element's name
	 */
	String value() default "";

	/**
	 * Whether a named element's value must be present: when it is absent the request answers
	 * 400 instead of reaching the method. Without it an absent value is {@code null} (and a
	 * primitive parameter always requires its value).
	 * @return whether the value is required
	 */
	boolean required() default false;

}

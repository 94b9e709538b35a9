package dev.pluginkit.mattermost.interactive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link DialogSubmission} method's {@code boolean} parameter to whether the user
 * cancelled the dialog. The server reports a cancellation only for dialogs opened with
 * {@code notify_on_cancel}; it carries no submitted values.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DialogCancelled {

}

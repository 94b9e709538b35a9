package dev.pluginkit.mattermost.interactive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as the handler of an interactive dialog's submissions: the server
 * calls it when a user submits a dialog with this callback id that
 * {@link InteractiveMessages#openDialog(String, dev.pluginkit.mattermost.pluginapi.v1.Dialog)}
 * opened, or cancels one opened with {@code notify_on_cancel}. The server sends the
 * submission to the plugin's URL
 * {@code /plugins/{plugin id}{mattermost.plugin.interactive.path}/dialogs/{callback id}}.
 *
 * <pre>{@code
 * @DialogSubmission("rename")
 * SubmitDialogResponse rename(@Submission RenameForm form, @MattermostUserId String userId) {
 *     if (form.name().isBlank()) {
 *         return SubmitDialogResponse.fieldError("name", "A name is required");
 *     }
 *     ...
 *     return SubmitDialogResponse.accepted();
 * }
 * }</pre>
 *
 * <p>Parameters, in any order:
 * <ul>
 * <li>{@link SubmitDialogRequest}: the whole submission;
 * <li>{@code @Submission} on any type: the submitted values converted to that type, or with
 * a name, one element's value converted to the parameter's type;
 * <li>{@code @MattermostUserId String}: the user who submitted (a request without a user
 * answers 401 before the method runs);
 * <li>{@code @DialogState String}: the state the dialog was opened with;
 * <li>{@code @DialogCancelled boolean}: whether the user cancelled the dialog;
 * <li>{@code PluginContext}: the server's plugin context of the request.
 * </ul>
 * Return values: a {@link SubmitDialogResponse} (errors keep the dialog open); a
 * {@code String}, a general error unless empty; or {@code void} (or {@code null}) to accept
 * the submission and close the dialog.
 *
 * <p>Each callback id belongs to one method; a second method for an id, an id with characters
 * other than letters, digits, {@code .}, {@code _}, {@code ~} and {@code -}, or a parameter
 * nothing binds fails the application's start.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DialogSubmission {

	/**
	 * The dialog's callback id: the last segment of its URL.
	 * @return the callback id
	 */
	String value();

}

package dev.pluginkit.mattermost.test.driver;

import java.util.Map;

/**
 * A dialog submission (or cancellation) as the server handled it: its
 * {@code SubmitDialogResponse}.
 *
 * @param requestJson the {@code SubmitDialogRequest} the plugin received
 * @param status the HTTP status the plugin answered; the server does not look at it
 * @param body the plugin's answer as the server read it
 * @param error the answer's {@code error}, for the whole dialog; empty when none
 * @param errors the answer's {@code errors} by field name; the dialog stays open with them
 * @param type the answer's {@code type} ({@code ok}, {@code form}, {@code navigate} or
 * empty)
 */
public record DialogSubmissionResult(String requestJson, int status, String body, String error,
		Map<String, String> errors, String type) {

	/**
	 * Returns whether the dialog closes: the answer has no error and no field errors.
	 * @return whether the submission was accepted
	 */
	public boolean accepted() {
		return this.error.isEmpty() && this.errors.isEmpty();
	}

}

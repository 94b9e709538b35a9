package dev.pluginkit.mattermost.interactive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.lang.Nullable;

/**
 * A plugin's answer to a dialog submission: the Go struct {@code SubmitDialogResponse} of
 * {@code server/public/model/integration_action.go}, as far as every server since 5.6 reads
 * it. An answer without errors closes the dialog; a general error or errors per element keep
 * it open and show them. Newer servers also read {@code type} and {@code form}, for dialogs
 * that continue with another form; this record does not write them, so the dialog closes.
 *
 * <pre>{@code
 * return SubmitDialogResponse.fieldError("name", "Name is taken");
 * }</pre>
 *
 * @param error a general error shown at the bottom of the dialog; empty for none
 * @param errors errors shown beside the elements, by element name; empty for none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "error", "errors" })
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SubmitDialogResponse(@JsonProperty("error") String error,
		@JsonProperty("errors") Map<String, String> errors) {

	private static final SubmitDialogResponse ACCEPTED = new SubmitDialogResponse("", Map.of());

	/**
	 * Creates the response; absent values become empty.
	 */
	public SubmitDialogResponse {
		error = PostActionIntegrationRequest.orEmpty(error);
		errors = (errors != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(errors)) : Map.of();
	}

	/**
	 * The answer that accepts the submission and closes the dialog.
	 * @return the empty response
	 */
	public static SubmitDialogResponse accepted() {
		return ACCEPTED;
	}

	/**
	 * An answer that keeps the dialog open with a general error.
	 * @param message the error shown to the user
	 * @return the response
	 */
	public static SubmitDialogResponse error(String message) {
		requireText(message, "message");
		return new SubmitDialogResponse(message, Map.of());
	}

	/**
	 * An answer that keeps the dialog open with an error beside one element.
	 * @param element the element's {@code name}
	 * @param message the error shown beside it
	 * @return the response
	 */
	public static SubmitDialogResponse fieldError(String element, String message) {
		return ACCEPTED.withFieldError(element, message);
	}

	/**
	 * An answer that keeps the dialog open with errors beside elements.
	 * @param errors the errors by element name
	 * @return the response
	 */
	public static SubmitDialogResponse fieldErrors(Map<String, String> errors) {
		SubmitDialogResponse response = ACCEPTED;
		for (Map.Entry<String, String> entry : errors.entrySet()) {
			response = response.withFieldError(entry.getKey(), entry.getValue());
		}
		return response;
	}

	/**
	 * This answer with one more error beside an element.
	 * @param element the element's {@code name}
	 * @param message the error shown beside it
	 * @return a new response
	 */
	public SubmitDialogResponse withFieldError(String element, String message) {
		requireText(element, "element");
		requireText(message, "message");
		Map<String, String> more = new LinkedHashMap<>(this.errors);
		more.put(element, message);
		return new SubmitDialogResponse(this.error, more);
	}

	/**
	 * Whether this answer accepts the submission: no general error and no element errors.
	 * @return whether the dialog closes
	 */
	@JsonIgnore
	public boolean isAccepted() {
		return this.error.isEmpty() && this.errors.isEmpty();
	}

	private static void requireText(@Nullable String value, String name) {
		if (Objects.requireNonNull(value, name + " must not be null").isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
	}

}

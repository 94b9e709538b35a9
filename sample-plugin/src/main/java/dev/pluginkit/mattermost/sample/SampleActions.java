package dev.pluginkit.mattermost.sample;

import java.util.Map;

import dev.pluginkit.mattermost.interactive.ActionContext;
import dev.pluginkit.mattermost.interactive.DialogSubmission;
import dev.pluginkit.mattermost.interactive.InteractiveMessages;
import dev.pluginkit.mattermost.interactive.PostAction;
import dev.pluginkit.mattermost.interactive.PostActionIntegrationResponse;
import dev.pluginkit.mattermost.interactive.Submission;
import dev.pluginkit.mattermost.interactive.SubmitDialogResponse;
import dev.pluginkit.mattermost.kv.JsonKvStore;
import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.DialogElement;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.web.MattermostUserId;

import org.springframework.stereotype.Component;

/**
 * The sample's buttons and dialog. The bot's greeting carries two buttons; a click reaches
 * {@link #choose} through ServeHTTP, and the server replaces the greeting with the answer's
 * update. {@code /hello survey} opens a dialog whose submission reaches {@link #survey}: a
 * rating that is not 1 to 5 comes back as an error on that field.
 */
@Component
class SampleActions {

	/** The plugin's id, as the bundle's plugin.json gives it. */
	static final String PLUGIN_ID = "dev.pluginkit.sample";

	static final String SURVEY = "survey";

	private final InteractiveMessages messages;

	private final JsonKvStore kv;

	SampleActions(InteractiveMessages messages, JsonKvStore kv) {
		this.messages = messages;
		this.kv = kv;
	}

	/** The bot's greeting, with an Approve and a Reject button. */
	Post greeting(String channelId, String botUserId, String message) {
		return this.messages.post(channelId)
			.userId(botUserId)
			.message(message)
			.attachment((attachment) -> attachment.text("Ready to ship?")
				.button("choose", "Approve", (button) -> button.style("good").context("choice", "approved"))
				.button("choose", "Reject", (button) -> button.style("danger").context("choice", "rejected")))
			.build();
	}

	@PostAction("choose")
	PostActionIntegrationResponse choose(@ActionContext("choice") String choice, @MattermostUserId String userId) {
		Post update = this.messages.update().message("Ready to ship? " + choice + " by " + userId).build();
		return PostActionIntegrationResponse.update(update).withEphemeralText("You chose " + choice + ".");
	}

	/** Opens the survey for the user who ran the command. */
	void openSurvey(String triggerId) {
		this.messages.openDialog(triggerId, Dialog.newBuilder()
			.setCallbackId(SURVEY)
			.setTitle("How are we doing?")
			.setSubmitLabel("Send")
			.addElements(DialogElement.newBuilder()
				.setName("rating")
				.setDisplayName("Rating, 1 to 5")
				.setType("text")
				.setSubtype("number"))
			.addElements(DialogElement.newBuilder()
				.setName("comment")
				.setDisplayName("Anything else?")
				.setType("textarea")
				.setOptional(true))
			.build());
	}

	/** The survey's fields as the dialog submits them. */
	record SurveyAnswer(String rating, String comment) {
	}

	@DialogSubmission(SURVEY)
	SubmitDialogResponse survey(@Submission SurveyAnswer answer, @MattermostUserId String userId) {
		int rating;
		try {
			rating = Integer.parseInt(answer.rating().strip());
		}
		catch (RuntimeException ex) {
			rating = 0;
		}
		if (rating < 1 || rating > 5) {
			return SubmitDialogResponse.fieldError("rating", "Give a number from 1 to 5.");
		}
		this.kv.set("survey-" + userId, Map.of("rating", rating, "comment",
				(answer.comment() != null) ? answer.comment() : ""));
		return SubmitDialogResponse.accepted();
	}

}

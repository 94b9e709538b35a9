package dev.pluginkit.mattermost.test.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.pluginkit.mattermost.pluginapi.v1.Dialog;
import dev.pluginkit.mattermost.pluginapi.v1.DialogElement;
import dev.pluginkit.mattermost.pluginapi.v1.DialogElementOption;
import dev.pluginkit.mattermost.pluginapi.v1.OpenDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OpenInteractiveDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OpenInteractiveDialogResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.OpenedDialog;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for interactive dialogs: {@code OpenInteractiveDialog} as
 * {@code App.OpenInteractiveDialog} in {@code server/channels/app/integration_action.go}
 * does it. The trigger id must be one this server issued, at most 30 seconds old
 * ({@link TriggerIds#verify}); a failure answers the {@code AppError} as a gRPC status, as
 * the gRPC layer's {@code AppErrorToStatus} does. The dialog itself is checked as
 * {@code OpenDialogRequest.IsValid} ({@code server/public/model/integration_action.go})
 * does, but, as on the server, a problem is only noted (the server logs a warning) and the
 * dialog still opens: it is recorded for the user of the trigger id with its problems.
 */
public final class DialogService implements PluginAPIGrpc.AsyncService {

	private static final Set<String> TEXT_SUBTYPES = Set.of("", "text", "email", "number", "tel", "url", "password");

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public DialogService(FakeData data) {
		this.data = data;
	}

	/**
	 * Returns the dialogs opened so far, oldest first.
	 * @param data the server's data
	 * @return the live list
	 */
	public static List<OpenedDialog> opened(FakeData data) {
		return data.partState(OpenedDialogs.class, OpenedDialogs::new).dialogs;
	}

	@Override
	public void openInteractiveDialog(OpenInteractiveDialogRequest request,
			StreamObserver<OpenInteractiveDialogResponse> responseObserver) {
		OpenDialogRequest open = request.getDialog();
		long now = this.data.now();
		TriggerIds.Verified verified;
		try {
			verified = this.data.triggerIds.verify(open.getTriggerId(), now);
		}
		catch (ChannelService.Failure failure) {
			responseObserver.onError(failure.toStatus());
			return;
		}
		TriggerIds.Origin origin = this.data.triggerIds.origin(verified.clientTriggerId());
		OpenedDialog dialog = new OpenedDialog(verified.userId(), verified.clientTriggerId(), open.getUrl(),
				open.getDialog(), (origin != null) ? origin.channelId() : "", (origin != null) ? origin.teamId() : "",
				List.copyOf(problems(open)), now);
		List<OpenedDialog> opened = opened(this.data);
		synchronized (opened) {
			opened.add(dialog);
		}
		responseObserver.onNext(OpenInteractiveDialogResponse.getDefaultInstance());
		responseObserver.onCompleted();
	}

	/**
	 * {@code OpenDialogRequest.IsValid} and {@code Dialog.IsValid}, with the element checks
	 * of {@code DialogElement.IsValid} for the fields the contract carries. Date and
	 * datetime elements are accepted without checking their date formats.
	 */
	static List<String> problems(OpenDialogRequest request) {
		List<String> problems = new ArrayList<>();
		if (request.getUrl().isEmpty()) {
			problems.add("empty URL");
		}
		if (request.getTriggerId().isEmpty()) {
			problems.add("empty trigger id");
		}
		Dialog dialog = request.getDialog();
		int titleLength = utf8Length(dialog.getTitle());
		if (titleLength == 0 || titleLength > 24) {
			problems.add("invalid dialog title \"" + dialog.getTitle() + "\"");
		}
		if (!dialog.getIconUrl().isEmpty() && !isValidHttpUrl(dialog.getIconUrl())) {
			problems.add("invalid icon url");
		}
		Set<String> names = new HashSet<>();
		for (DialogElement element : dialog.getElementsList()) {
			if (!names.add(element.getName())) {
				problems.add("duplicate dialog element \"" + element.getName() + "\"");
			}
			for (String problem : elementProblems(element)) {
				problems.add("\"" + element.getName() + "\" field is not valid: " + problem);
			}
		}
		return problems;
	}

	private static List<String> elementProblems(DialogElement element) {
		List<String> problems = new ArrayList<>();
		if (element.getMinLength() < 0) {
			problems.add("min length cannot be a negative number, got " + element.getMinLength());
		}
		if (element.getMinLength() > element.getMaxLength()) {
			problems.add("min length should be less then max length, got " + element.getMinLength() + " > "
					+ element.getMaxLength());
		}
		maxLength(problems, "DisplayName", element.getDisplayName(), 24, true);
		maxLength(problems, "Name", element.getName(), 300, true);
		maxLength(problems, "HelpText", element.getHelpText(), 150, false);
		switch (element.getType()) {
			case "text", "textarea" -> {
				int max = element.getType().equals("text") ? 150 : 3000;
				maxLength(problems, "Default", element.getDefault(), max, false);
				maxLength(problems, "Placeholder", element.getPlaceholder(), max, false);
				if (!TEXT_SUBTYPES.contains(element.getSubtype())) {
					problems.add("invalid subtype \"" + element.getType() + "\"");
				}
			}
			case "select" -> {
				maxLength(problems, "Default", element.getDefault(), 3000, false);
				maxLength(problems, "Placeholder", element.getPlaceholder(), 3000, false);
				String source = element.getDataSource();
				if (!source.isEmpty() && !source.equals("users") && !source.equals("channels")
						&& !source.equals("dynamic")) {
					problems.add("invalid data source \"" + source
							+ "\", allowed are 'users', 'channels', or 'dynamic'");
				}
				if (source.equals("dynamic")) {
					// The contract's element has no data_source_url.
					problems.add("dynamic data_source requires data_source_url");
				}
				else if (source.isEmpty() && !defaultInOptions(element)) {
					problems.add("default value \"" + element.getDefault() + "\" doesn't exist in options ");
				}
			}
			case "bool" -> {
				String value = element.getDefault();
				if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
					problems.add("invalid default of bool");
				}
				maxLength(problems, "Placeholder", element.getPlaceholder(), 150, false);
			}
			case "radio" -> {
				if (!defaultInOptions(element)) {
					problems.add("default value \"" + element.getDefault() + "\" doesn't exist in options ");
				}
			}
			case "date", "datetime" -> {
				maxLength(problems, "Default", element.getDefault(), 150, false);
				maxLength(problems, "Placeholder", element.getPlaceholder(), 150, false);
			}
			default -> problems.add("invalid element type: \"" + element.getType() + "\"");
		}
		return problems;
	}

	private static boolean defaultInOptions(DialogElement element) {
		return element.getDefault().isEmpty() || element.getOptionsList()
			.stream()
			.map(DialogElementOption::getValue)
			.anyMatch(element.getDefault()::equals);
	}

	private static void maxLength(List<String> problems, String field, String value, int max, boolean required) {
		int length = utf8Length(value);
		if (required && length == 0) {
			problems.add(field + " cannot be empty");
		}
		if (length > max) {
			problems.add(field + " cannot be longer than " + max + " characters, got " + length);
		}
	}

	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/** {@code model.IsValidHTTPURL}, with Java's parser standing in for Go's. */
	private static boolean isValidHttpUrl(String url) {
		if (!url.startsWith("http://") && !url.startsWith("https://")) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return uri.getHost() != null && !uri.getHost().isEmpty();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The dialogs opened since the start or the last reset. */
	private static final class OpenedDialogs {

		private final List<OpenedDialog> dialogs = new ArrayList<>();

	}

}

package dev.pluginkit.mattermost.test.driver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.CommandArgs;
import dev.pluginkit.mattermost.pluginapi.v1.CommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ExecuteCommandResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageHasBeenUpdatedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBePostedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.OpenedDialog;
import dev.pluginkit.mattermost.test.http.PluginHttpResponse;
import io.grpc.StatusRuntimeException;

/**
 * Plays a user's interactions with a plugin as the Mattermost server handles them, against
 * an {@link InMemoryMattermost} that holds the users, channels and posts: slash commands,
 * message buttons and menus, and interactive dialogs. Get one with
 * {@link PluginDriver#interactions(InMemoryMattermost)}.
 *
 * <pre>{@code
 * PluginInteractions user = driver.interactions(mattermost);
 * CommandResult hello = user.command("/hello to bob").as(alice.getId()).in(townSquare.getId()).run();
 * PostActionResult click = user.clickButton(postId, "approve", alice.getId());
 * DialogSubmissionResult sent = user.submitDialog(mattermost.dialogs().last(), Map.of("name", "Ann"));
 * }</pre>
 *
 * <p>What the server does is followed from its source and named at each step:
 * {@code executeCommand} in {@code server/channels/api4/command.go},
 * {@code App.ExecuteCommand} and {@code HandleCommandResponsePost} in
 * {@code server/channels/app/command.go}, {@code tryExecutePluginCommand} in
 * {@code app/plugin_commands.go}, {@code DoPostActionWithCookie},
 * {@code DoActionRequest}, {@code doPluginRequest} and {@code SubmitInteractiveDialog} in
 * {@code app/integration_action.go}, and the gRPC hooks client's conversions
 * ({@code server/public/plugin/hooks_grpc_client.go}). Integration URLs must point at this
 * plugin ({@code /plugins/{pluginId}/...}); the server's outgoing HTTP requests to other
 * URLs and its {@code rpc://} handles are not modelled. As on the server, this plugin's
 * {@code MessageWillBePosted} and {@code MessageHasBeenPosted} hooks run for the post of an
 * {@code in_channel} command answer, and {@code MessageWillBeUpdated} and
 * {@code MessageHasBeenUpdated} for a message action's update, when the plugin implements
 * them; the server fires the "has been" hooks in the background, the driver waits for them.
 *
 * <p>Thread-safe as far as the driver and the fake are.
 */
public final class PluginInteractions {

	/** {@code model.ParseSlackLinksToMarkdown}'s pattern for {@code <url|text>}. */
	private static final Pattern SLACK_LINK = Pattern.compile("<([^\\n<|>]+)\\|([^\\n>]+)>");

	private static final String SITE_URL = "http://localhost:8065";

	/** {@code model.PostActionRetainPropKeys}. */
	private static final List<String> RETAINED_PROPS = List.of("from_webhook", "override_username",
			"override_icon_url");

	private final PluginDriver driver;

	private final InMemoryMattermost mattermost;

	private final String pluginId;

	PluginInteractions(PluginDriver driver, InMemoryMattermost mattermost, String pluginId) {
		this.driver = Objects.requireNonNull(driver, "driver");
		this.mattermost = Objects.requireNonNull(mattermost, "mattermost");
		this.pluginId = pluginId;
	}

	/**
	 * Returns interactions that take the plugin's id to be another one: integration URLs
	 * must point at {@code /plugins/{pluginId}/...}. For an attached plugin, whose
	 * {@code plugin.json} the driver does not know.
	 * @param pluginId the plugin's id
	 * @return the changed interactions
	 */
	public PluginInteractions withPluginId(String pluginId) {
		if (pluginId == null || pluginId.isBlank()) {
			throw new IllegalArgumentException("A plugin id is required, such as the id in plugin.json");
		}
		return new PluginInteractions(this.driver, this.mattermost, pluginId);
	}

	/**
	 * Returns the plugin id integration URLs must carry.
	 * @return the plugin id
	 */
	public String pluginId() {
		return this.pluginId;
	}

	// ---------------------------------------------------------------- slash commands

	/**
	 * Starts a slash command as a user would type it.
	 * @param commandLine the command line, starting with the slash, such as
	 * {@code /hello to bob}
	 * @return the command, to complete with the user and channel and run
	 */
	public SlashCommand command(String commandLine) {
		return new SlashCommand(Objects.requireNonNull(commandLine, "commandLine"));
	}

	/**
	 * Runs a slash command typed by a user in a channel.
	 * @param commandLine the command line, starting with the slash
	 * @param userId the user who typed it
	 * @param channelId the channel it was typed in
	 * @return the result
	 * @throws InteractionFailedException when the server's API answers an error: an unknown
	 * trigger ({@code api.command.execute_command.not_found.app_error}, 404), a user who
	 * may not post in the channel, or the plugin's own error
	 */
	public CommandResult executeCommand(String commandLine, String userId, String channelId) {
		return command(commandLine).as(userId).in(channelId).run();
	}

	/** A slash command being put together; {@link #run()} runs it. */
	public final class SlashCommand {

		private final String commandLine;

		private String userId;

		private String channelId;

		private String rootId = "";

		private String teamId = "";

		private SlashCommand(String commandLine) {
			this.commandLine = commandLine;
		}

		/**
		 * Sets the user who types the command.
		 * @param userId the user's id
		 * @return this command
		 */
		public SlashCommand as(String userId) {
			this.userId = Objects.requireNonNull(userId, "userId");
			return this;
		}

		/**
		 * Sets the channel the command is typed in; its team becomes the command's team.
		 * @param channelId the channel's id
		 * @return this command
		 */
		public SlashCommand in(String channelId) {
			this.channelId = Objects.requireNonNull(channelId, "channelId");
			return this;
		}

		/**
		 * Types the command in a thread, whose root the answer post replies to.
		 * @param rootId the thread's root post id
		 * @return this command
		 */
		public SlashCommand inThread(String rootId) {
			this.rootId = Objects.requireNonNull(rootId, "rootId");
			return this;
		}

		/**
		 * Sets the team the client sends, which counts only in a direct or group channel
		 * (the current team of the web app); in other channels the server takes the
		 * channel's team.
		 * @param teamId the team's id
		 * @return this command
		 */
		public SlashCommand inTeam(String teamId) {
			this.teamId = Objects.requireNonNull(teamId, "teamId");
			return this;
		}

		/**
		 * Runs the command as the server does.
		 * @return the result
		 * @throws InteractionFailedException when the server's API answers an error
		 */
		public CommandResult run() {
			if (this.userId == null || this.channelId == null) {
				throw new IllegalStateException("Say who types the command and where: .as(userId).in(channelId)");
			}
			return execute(this.commandLine, this.userId, this.channelId, this.rootId, this.teamId);
		}

	}

	private CommandResult execute(String commandLine, String userId, String channelId, String rootId,
			String requestedTeamId) {
		// api4 executeCommand: the form of the line, then the user's right to post, then
		// the channel.
		if (commandLine.length() <= 1 || !commandLine.startsWith("/")) {
			throw new InteractionFailedException(400, "api.command.execute_command.start.app_error",
					"a command starts with '/' and has a trigger: '" + commandLine + "'");
		}
		User user = requireUser(userId);
		Channel channel = requireMember(channelId, user, "create_post");
		if (channel.getDeleteAt() != 0) {
			throw new InteractionFailedException(400, "api.command.execute_command.deleted.error",
					"the channel " + channelId + " is archived");
		}
		boolean directOrGroup = channel.getType() == ChannelType.CHANNEL_TYPE_DIRECT
				|| channel.getType() == ChannelType.CHANNEL_TYPE_GROUP;
		String teamId = directOrGroup ? requestedTeamId : channel.getTeamId();
		// App.ExecuteCommand: the trigger ends at the first white space and is matched
		// lower-cased.
		int space = indexOfWhitespace(commandLine);
		String trigger = ((space < 0) ? commandLine : commandLine.substring(0, space)).toLowerCase(Locale.ROOT)
			.substring(1);
		String triggerId = this.mattermost.dialogs().issueTriggerId(userId, channelId, teamId);
		String clientTriggerId = clientTriggerIdOf(triggerId);
		CommandArgs args = CommandArgs.newBuilder()
			.setUserId(userId)
			.setChannelId(channelId)
			.setTeamId(teamId)
			.setRootId(rootId)
			.setTriggerId(triggerId)
			.setCommand(commandLine)
			// The gRPC hooks client's commandArgsToProto sends no parent id, no translation
			// function and no mentions: user_mention and channel_mention stay empty.
			.setSiteUrl(siteUrl())
			.build();
		// tryExecutePluginCommand matches the text before the first space (not any white
		// space) with the registered triggers of the team or of every team.
		String pluginTrigger = commandLine.split(" ", -1)[0].substring(1).toLowerCase(Locale.ROOT);
		Optional<Command> registered = this.mattermost.commands()
			.registered()
			.stream()
			.filter((command) -> command.getTeamId().isEmpty() || command.getTeamId().equals(teamId))
			.filter((command) -> command.getTrigger().equals(pluginTrigger))
			.findFirst();
		if (registered.isEmpty() || !this.driver.isImplemented("ExecuteCommand")) {
			// Without a plugin command (or with a plugin that does not implement the hook,
			// whose gRPC client answers nothing), the server tries custom and built-in
			// commands, which the fake does not run.
			throw new InteractionFailedException(404, "api.command.execute_command.not_found.app_error",
					"Command with a trigger of '" + trigger + "' not found."
							+ (registered.isEmpty() ? " Registered: " + registeredTriggers(teamId)
									: " The plugin does not implement ExecuteCommand."));
		}
		ExecuteCommandResponse answer;
		try {
			answer = this.driver.executeCommand(args);
		}
		catch (StatusRuntimeException ex) {
			throw new InteractionFailedException(500, "plugin.grpc.execute_command.error", ex.getStatus().toString());
		}
		if (answer.hasError()) {
			throw pluginError(answer.getError());
		}
		if (!answer.hasResponse()) {
			// A nil response falls through to custom and built-in commands, and then to
			// not found.
			throw new InteractionFailedException(404, "api.command.execute_command.not_found.app_error",
					"Command with a trigger of '" + trigger + "' not found: the plugin answered no response");
		}
		CommandResponse response = answer.getResponse().toBuilder().setTriggerId(clientTriggerId).build();
		return handleResponse(args, response);
	}

	/**
	 * {@code HandleCommandResponsePost} and {@code CreateCommandPost} for a plugin command
	 * (a built-in one to the server: no {@code from_webhook}). The gRPC hooks client's
	 * {@code commandResponseFromProto} keeps no {@code type} and no attachments, and the
	 * fake's configuration has username and icon overrides off.
	 */
	private CommandResult handleResponse(CommandArgs args, CommandResponse response) {
		String channelId = args.getChannelId();
		if (!response.getChannelId().isEmpty()) {
			if (this.mattermost.channels().member(response.getChannelId(), args.getUserId()).isEmpty()) {
				throw new InteractionFailedException(500, "api.command.execute_command.create_post_failed.app_error",
						"the answer names channel " + response.getChannelId() + ", of which the user is not a member"
								+ " (api.command.command_post.forbidden.app_error)");
			}
			channelId = response.getChannelId();
		}
		String message = response.getSkipSlackParsing() ? response.getText() : parseSlackLinks(response.getText());
		Post post = Post.newBuilder()
			.setChannelId(channelId)
			.setRootId(args.getRootId())
			.setUserId(args.getUserId())
			.setProps(response.getProps())
			.setMessage(message)
			.build();
		if (response.getResponseType().equals("in_channel")) {
			return new CommandResult(args, response, Optional.of(createPost(post)), Optional.empty());
		}
		if ((response.getResponseType().isEmpty() || response.getResponseType().equals("ephemeral"))
				&& !response.getText().isEmpty()) {
			return new CommandResult(args, response, Optional.empty(),
					Optional.of(this.mattermost.posts().sendEphemeral(args.getUserId(), post)));
		}
		return new CommandResult(args, response, Optional.empty(), Optional.empty());
	}

	/**
	 * {@code App.CreatePost} for the answer of a command, with this plugin's hooks: a
	 * {@code MessageWillBePosted} that rejects the post fails the command, one that modifies
	 * it has its post stored, and {@code MessageHasBeenPosted} follows (the server fires it
	 * in the background; the driver waits for it). {@code HandleCommandResponse} reports any
	 * failure as {@code api.command.execute_command.create_post_failed.app_error}.
	 */
	private Post createPost(Post post) {
		Post toStore = post;
		if (this.driver.isImplemented("MessageWillBePosted")) {
			MessageWillBePostedResponse answer = this.driver.messageWillBePosted(post);
			if (!answer.getRejectionReason().isEmpty()) {
				throw new InteractionFailedException(500, "api.command.execute_command.create_post_failed.app_error",
						"Post rejected by plugin. " + answer.getRejectionReason());
			}
			if (answer.hasModifiedPost()) {
				toStore = answer.getModifiedPost();
			}
		}
		Post created;
		try {
			created = this.mattermost.posts().create(toStore);
		}
		catch (IllegalArgumentException ex) {
			throw new InteractionFailedException(500, "api.command.execute_command.create_post_failed.app_error",
					ex.getMessage());
		}
		if (this.driver.isImplemented("MessageHasBeenPosted")) {
			this.driver.messageHasBeenPosted(created);
		}
		return created;
	}

	private String registeredTriggers(String teamId) {
		List<String> triggers = new ArrayList<>();
		for (Command command : this.mattermost.commands().registered()) {
			if (command.getTeamId().isEmpty() || command.getTeamId().equals(teamId)) {
				triggers.add("/" + command.getTrigger());
			}
		}
		return triggers.isEmpty() ? "none" : String.join(", ", triggers);
	}

	// ---------------------------------------------------------------- message actions

	/**
	 * Clicks a button of a post as a user, as the web app asks the server to and as
	 * {@code DoPostActionWithCookie} then does: the action is looked up by id in the stored
	 * post's {@code props.attachments[].actions[]}, its integration URL must point at this
	 * plugin, the {@code PostActionIntegrationRequest} goes through {@code ServeHTTP} as the
	 * server's in-process request with {@code Mattermost-User-Id}, and the answer's
	 * {@code update} is applied to the post and its {@code ephemeral_text} sent to the user.
	 * @param postId the post's id
	 * @param actionId the action's id
	 * @param userId the user who clicks
	 * @return the result
	 * @throws InteractionFailedException when the server's API answers an error (unknown
	 * post, action or user, a user who cannot read the channel, an answer that is not the
	 * JSON of a {@code PostActionIntegrationResponse})
	 */
	public PostActionResult clickButton(String postId, String actionId, String userId) {
		return doPostAction(postId, actionId, userId, "");
	}

	/**
	 * Selects an option of a post's menu as a user, as {@link #clickButton} does for a
	 * button; the request's {@code context} carries {@code selected_option}, and its
	 * {@code data_source} the menu's.
	 * @param postId the post's id
	 * @param actionId the menu's action id
	 * @param selectedOption the option's value
	 * @param userId the user who selects
	 * @return the result
	 * @throws InteractionFailedException when the server's API answers an error
	 */
	public PostActionResult selectOption(String postId, String actionId, String selectedOption, String userId) {
		return doPostAction(postId, actionId, userId, Objects.requireNonNull(selectedOption, "selectedOption"));
	}

	private PostActionResult doPostAction(String postId, String actionId, String userId, String selectedOption) {
		Post post = this.mattermost.posts()
			.byId(postId)
			.filter((candidate) -> candidate.getDeleteAt() == 0)
			.orElseThrow(() -> new InteractionFailedException(404, "app.post.get.app_error",
					"no post " + postId + " (or it is deleted)"));
		User user = requireUser(userId);
		// api4 doPostAction: the user must be able to read the post's channel.
		Channel channel = requireMember(post.getChannelId(), user, "read_channel");
		Struct action = findAction(post, actionId);
		Struct integration = action.getFieldsOrDefault("integration", Value.getDefaultInstance()).getStructValue();
		String url = integration.getFieldsOrDefault("url", Value.getDefaultInstance()).getStringValue();
		String type = stringOf(action, "type");
		Map<String, Value> context = new TreeMap<>(
				integration.getFieldsOrDefault("context", Value.getDefaultInstance()).getStructValue().getFieldsMap());
		String dataSource = "";
		if (type.equals("select") && !selectedOption.isEmpty()) {
			dataSource = stringOf(action, "data_source");
			context.put("selected_option", Value.newBuilder().setStringValue(selectedOption).build());
		}
		// What the post keeps whatever the answer: DoPostActionWithCookie's retain and remove.
		Map<String, Value> retain = new LinkedHashMap<>();
		List<String> remove = new ArrayList<>();
		for (String key : RETAINED_PROPS) {
			if (post.getProps().containsFields(key)) {
				retain.put(key, post.getProps().getFieldsOrThrow(key));
			}
			else {
				remove.add(key);
			}
		}
		String rootPostId = post.getRootId().isEmpty() ? post.getId() : post.getRootId();
		String teamName = "";
		if (!channel.getTeamId().isEmpty()) {
			teamName = this.mattermost.teams()
				.byId(channel.getTeamId())
				.map(Team::getName)
				.orElseThrow(() -> new InteractionFailedException(404, "app.team.get.find.app_error",
						"no team " + channel.getTeamId()));
		}
		String triggerId = this.mattermost.dialogs().issueTriggerId(userId, channel.getId(), channel.getTeamId());
		String clientTriggerId = clientTriggerIdOf(triggerId);
		GoJson.Writer request = new GoJson.Writer().field("user_id", userId)
			.field("user_name", user.getUsername())
			.field("channel_id", post.getChannelId())
			.field("channel_name", channel.getName())
			.field("team_id", channel.getTeamId())
			.field("team_domain", teamName)
			.field("post_id", post.getId())
			.field("trigger_id", triggerId)
			.field("type", type)
			.field("data_source", dataSource);
		if (!context.isEmpty()) {
			request.field("context", context);
		}
		String requestJson = request.build();
		PluginHttpResponse answer = sendToPlugin(url, userId, requestJson, "message action '" + actionId + "'");
		String body = answer.bodyAsString();
		// doPluginRequest does not look at the status; an answer that is not empty must be
		// the JSON of a PostActionIntegrationResponse.
		JsonObject response = new JsonObject();
		if (!body.isEmpty()) {
			try {
				JsonElement parsed = GoJson.parse(body);
				if (!parsed.isJsonObject()) {
					throw new JsonParseException("cannot unmarshal " + GoJson.kind(parsed)
							+ " into Go value of type model.PostActionIntegrationResponse");
				}
				response = parsed.getAsJsonObject();
				GoJson.stringField(response, "ephemeral_text");
				GoJson.boolField(response, "skip_slack_parsing");
			}
			catch (JsonParseException ex) {
				throw new InteractionFailedException(400, "api.post.do_action.action_integration.app_error",
						"the plugin answered " + answer.status() + " with a body that is not a"
								+ " PostActionIntegrationResponse (" + ex.getMessage() + "): " + abbreviate(body));
			}
		}
		Optional<Post> updated = Optional.empty();
		JsonElement update = GoJson.field(response, "update");
		if (update != null && !update.isJsonNull()) {
			updated = Optional.of(applyUpdate(post, update, retain, remove, body));
		}
		String ephemeralText = GoJson.stringField(response, "ephemeral_text");
		Optional<Post> ephemeral = Optional.empty();
		if (!ephemeralText.isEmpty()) {
			boolean skipParsing = GoJson.boolField(response, "skip_slack_parsing");
			Post.Builder sent = Post.newBuilder()
				.setMessage(skipParsing ? ephemeralText : parseSlackLinks(ephemeralText))
				.setChannelId(post.getChannelId())
				.setRootId(rootPostId)
				.setUserId(userId)
				.setProps(Struct.newBuilder().putAllFields(retain));
			ephemeral = Optional.of(this.mattermost.posts().sendEphemeral(userId, sent.build()));
		}
		return new PostActionResult(requestJson, answer.status(), body, updated, ephemeralText, ephemeral,
				clientTriggerId);
	}

	private Post applyUpdate(Post original, JsonElement update, Map<String, Value> retain, List<String> remove,
			String body) {
		if (!update.isJsonObject()) {
			throw new InteractionFailedException(400, "api.post.do_action.action_integration.app_error",
					"the answer's update is a " + GoJson.kind(update) + ", not a post: " + abbreviate(body));
		}
		JsonObject fields = update.getAsJsonObject();
		Post.Builder post = original.toBuilder();
		try {
			post.setMessage(GoJson.stringField(fields, "message"));
			JsonElement fileIds = GoJson.field(fields, "file_ids");
			post.clearFileIds();
			if (fileIds != null && !fileIds.isJsonNull()) {
				if (!fileIds.isJsonArray()) {
					throw new JsonParseException("cannot unmarshal " + GoJson.kind(fileIds) + " into field file_ids");
				}
				fileIds.getAsJsonArray().forEach((id) -> post.addFileIds(id.getAsString()));
			}
			JsonElement props = GoJson.field(fields, "props");
			if (props == null || props.isJsonNull()) {
				// An update without props keeps the post's props.
				post.setProps(original.getProps());
			}
			else if (!props.isJsonObject()) {
				throw new JsonParseException("cannot unmarshal " + GoJson.kind(props) + " into field props");
			}
			else {
				Struct.Builder newProps = GoJson.toStruct(props.getAsJsonObject()).toBuilder().putAllFields(retain);
				remove.forEach(newProps::removeFields);
				post.setProps(newProps);
			}
		}
		catch (JsonParseException | IllegalStateException | UnsupportedOperationException ex) {
			throw new InteractionFailedException(400, "api.post.do_action.action_integration.app_error",
					"the answer's update is not a post (" + ex.getMessage() + "): " + abbreviate(body));
		}
		// The pin and reaction flags are the original's, whatever the answer says.
		post.setIsPinned(original.getIsPinned()).setHasReactions(original.getHasReactions());
		Post stored;
		try {
			stored = this.mattermost.posts().update(post.build(), (merged) -> willBeUpdated(merged, original));
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage();
			int colon = message.indexOf(':');
			throw new InteractionFailedException(400, (colon > 0) ? message.substring(0, colon) : message, message);
		}
		if (this.driver.isImplemented("MessageHasBeenUpdated")) {
			// The server fires it in the background; the driver waits for it.
			this.driver.call(PluginHooksGrpc.getMessageHasBeenUpdatedMethod(),
					MessageHasBeenUpdatedRequest.newBuilder().setNewPost(stored).setOldPost(original).build());
		}
		return stored;
	}

	/**
	 * {@code App.UpdatePost}'s {@code MessageWillBeUpdated}: a rejection fails the update
	 * with {@code "Post rejected by plugin. " + reason} (400), a modified post is stored.
	 */
	private Post willBeUpdated(Post merged, Post original) {
		if (!this.driver.isImplemented("MessageWillBeUpdated")) {
			return merged;
		}
		MessageWillBeUpdatedResponse answer = this.driver.messageWillBeUpdated(merged, original);
		if (!answer.getRejectionReason().isEmpty()) {
			throw new InteractionFailedException(400, "Post rejected by plugin. " + answer.getRejectionReason(),
					"the plugin's MessageWillBeUpdated rejected the update");
		}
		return answer.hasModifiedPost() ? answer.getModifiedPost() : merged;
	}

	private static Struct findAction(Post post, String actionId) {
		List<String> ids = new ArrayList<>();
		Value attachments = post.getProps().getFieldsOrDefault("attachments", Value.getDefaultInstance());
		for (Value attachment : attachments.getListValue().getValuesList()) {
			Value actions = attachment.getStructValue().getFieldsOrDefault("actions", Value.getDefaultInstance());
			for (Value action : actions.getListValue().getValuesList()) {
				String id = stringOf(action.getStructValue(), "id");
				ids.add(id);
				if (id.equals(actionId)) {
					if (!action.getStructValue().containsFields("integration")
							|| !action.getStructValue().getFieldsOrThrow("integration").hasStructValue()) {
						throw new InteractionFailedException(404, "api.post.do_action.action_id.app_error",
								"the action '" + actionId + "' of post " + post.getId() + " has no integration");
					}
					return action.getStructValue();
				}
			}
		}
		throw new InteractionFailedException(404, "api.post.do_action.action_id.app_error", "post " + post.getId()
				+ " has no action '" + actionId + "' in props.attachments[].actions[]; its actions: " + ids);
	}

	// ---------------------------------------------------------------- dialogs

	/**
	 * Submits an opened dialog as the web app and {@code SubmitInteractiveDialog} do: the
	 * {@code SubmitDialogRequest} (type {@code dialog_submission}, the dialog's callback id
	 * and state, the user, the channel and team of the interaction that opened it, the
	 * submission) goes to the dialog's URL through {@code ServeHTTP} as the server's
	 * in-process request with {@code Mattermost-User-Id}.
	 * @param dialog the dialog, from {@code mattermost.dialogs()}
	 * @param submission the values by element name: strings, booleans (for {@code bool}
	 * elements) or numbers (for {@code number} text elements), as the web app sends them
	 * @return the plugin's {@code SubmitDialogResponse}
	 * @throws InteractionFailedException when the server's API answers an error
	 */
	public DialogSubmissionResult submitDialog(OpenedDialog dialog, Map<String, ?> submission) {
		return submit(dialog, Objects.requireNonNull(submission, "submission"), false);
	}

	/**
	 * Cancels an opened dialog as the web app does: when the dialog asked for
	 * {@code notify_on_cancel}, the web app submits it with {@code cancelled} set and no
	 * submission; otherwise nothing reaches the server.
	 * @param dialog the dialog, from {@code mattermost.dialogs()}
	 * @return the plugin's answer, or empty when the dialog did not ask to be told
	 * @throws InteractionFailedException when the server's API answers an error
	 */
	public Optional<DialogSubmissionResult> cancelDialog(OpenedDialog dialog) {
		if (!dialog.dialog().getNotifyOnCancel()) {
			return Optional.empty();
		}
		// The web app's cancel sends no submission (not confirmed in its source), which Go
		// writes as null.
		return Optional.of(submit(dialog, null, true));
	}

	private DialogSubmissionResult submit(OpenedDialog dialog, Map<String, ?> submission, boolean cancelled) {
		if (dialog.url().isEmpty()) {
			throw new InteractionFailedException(400, "api.context.invalid_param.app_error",
					"Invalid or missing url parameter: the dialog was opened without a URL");
		}
		User user = requireUser(dialog.userId());
		if (!dialog.channelId().isEmpty()) {
			requireMember(dialog.channelId(), user, "read_channel");
		}
		String requestJson = new GoJson.Writer().field("type", "dialog_submission")
			.field("callback_id", dialog.dialog().getCallbackId())
			.field("state", dialog.dialog().getState())
			.field("user_id", dialog.userId())
			.field("channel_id", dialog.channelId())
			.field("team_id", dialog.teamId())
			.field("submission", submission)
			.field("cancelled", cancelled)
			.build();
		PluginHttpResponse answer = sendToPlugin(dialog.url(), dialog.userId(), requestJson,
				"dialog '" + dialog.callbackId() + "'");
		String body = answer.bodyAsString();
		// SubmitInteractiveDialog decodes the answer and ignores a decoding failure: an
		// answer that is not JSON counts as an empty response (a partly decoded one as
		// empty too, where Go keeps the fields it read before the failure).
		String error = "";
		Map<String, String> errors = Map.of();
		String type = "";
		try {
			JsonElement parsed = GoJson.parse(body);
			if (parsed.isJsonObject()) {
				JsonObject response = parsed.getAsJsonObject();
				error = GoJson.stringField(response, "error");
				errors = Map.copyOf(GoJson.stringMapField(response, "errors"));
				type = GoJson.stringField(response, "type");
			}
		}
		catch (JsonParseException ex) {
			error = "";
			errors = Map.of();
			type = "";
		}
		return new DialogSubmissionResult(requestJson, answer.status(), body, error, errors, type);
	}

	// ---------------------------------------------------------------- shared steps

	/**
	 * {@code DoActionRequest} and {@code doPluginRequest}: a URL whose cleaned path starts
	 * with {@code /plugins/} or {@code plugins/} goes to that plugin in-process as a
	 * {@code POST}, with the path after {@code plugins/{id}} and the query re-encoded.
	 */
	private PluginHttpResponse sendToPlugin(String rawUrl, String userId, String json, String what) {
		String cleaned = cleanPath(rawUrl);
		if (!cleaned.startsWith("/plugins/") && !cleaned.startsWith("plugins/")) {
			throw new IllegalArgumentException("The " + what + " has the URL '" + rawUrl + "', which the server would"
					+ " request over HTTP; the driver only sends to this plugin: give /plugins/" + this.pluginId
					+ "/...");
		}
		String relative = cleaned.startsWith("/") ? cleaned.substring(1) : cleaned;
		int mark = relative.indexOf('?');
		String pathPart = (mark >= 0) ? relative.substring(0, mark) : relative;
		String query = (mark >= 0) ? relative.substring(mark) : "";
		String[] segments = pathPart.split("/", -1);
		if (segments.length < 2 || segments[1].isEmpty()) {
			throw new InteractionFailedException(400, "api.post.do_action.action_integration.app_error",
					"err=Unable to find pluginId in '" + rawUrl + "'");
		}
		if (!segments[1].equals(this.pluginId)) {
			throw new IllegalArgumentException("The " + what + " has the URL '" + rawUrl + "', which addresses the plugin '"
					+ segments[1] + "', not the plugin under test '" + this.pluginId + "'"
					+ " (for an attached plugin, give its id with interactions(...).withPluginId(id))");
		}
		String path = pathPart.substring(("plugins/" + this.pluginId).length());
		if (path.isEmpty()) {
			throw new IllegalArgumentException("The " + what + " has the URL '" + rawUrl
					+ "', with no path after the plugin id; the plugin's ServeHTTP would get an empty URL");
		}
		return this.driver.http(this.pluginId).post(path + query).inProcess().userId(userId).body(json).send();
	}

	/** Go's {@code path.Clean}, which {@code DoActionRequest} applies to the whole URL. */
	static String cleanPath(String path) {
		if (path.isEmpty()) {
			return ".";
		}
		boolean rooted = path.startsWith("/");
		List<String> parts = new ArrayList<>();
		for (String part : path.split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
					parts.remove(parts.size() - 1);
				}
				else if (!rooted) {
					parts.add(part);
				}
				continue;
			}
			parts.add(part);
		}
		String cleaned = (rooted ? "/" : "") + String.join("/", parts);
		return cleaned.isEmpty() ? "." : cleaned;
	}

	private User requireUser(String userId) {
		return this.mattermost.users()
			.byId(userId)
			.orElseThrow(() -> new InteractionFailedException(404, "app.user.missing_account.const",
					"no user " + userId + "; seed one with mattermost.users().create(...)"));
	}

	/**
	 * The permission checks of the API handlers, as far as the fake models roles: the user
	 * must be a member of the channel (the server may also let team members read public
	 * channels they have not joined; not modelled).
	 */
	private Channel requireMember(String channelId, User user, String permission) {
		Channel channel = this.mattermost.channels()
			.byId(channelId)
			.orElseThrow(() -> new InteractionFailedException(404, "app.channel.get.existing.app_error",
					"no channel " + channelId));
		if (this.mattermost.channels().member(channelId, user.getId()).isEmpty()) {
			throw new InteractionFailedException(403, "api.context.permissions.app_error",
					"the user " + user.getUsername() + " (" + user.getId() + ") lacks " + permission + " in channel "
							+ channel.getName() + ": make them a member with mattermost.channels().addMember(...)");
		}
		return channel;
	}

	private static InteractionFailedException pluginError(AppError error) {
		// tryExecutePluginCommand buckets a status outside 100 to 999 as 500.
		int status = (error.getStatusCode() < 100 || error.getStatusCode() > 999) ? 500 : (int) error.getStatusCode();
		String message = error.getMessage() + (error.getDetailedError().isEmpty() ? "" : " (" + error.getDetailedError() + ")");
		return new InteractionFailedException(status, error.getId(), message);
	}

	private static String siteUrl() {
		// The server sends the site URL the client's request came to; here the fake
		// configuration's default ServiceSettings.SiteURL.
		return SITE_URL;
	}

	private static String clientTriggerIdOf(String signedTriggerId) {
		String decoded = new String(Base64.getDecoder().decode(signedTriggerId), StandardCharsets.UTF_8);
		return decoded.substring(0, decoded.indexOf(':'));
	}

	private static int indexOfWhitespace(String text) {
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			if (Character.isWhitespace(text.codePointAt(i)) || Character.isSpaceChar(text.codePointAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static String stringOf(Struct struct, String key) {
		return struct.getFieldsOrDefault(key, Value.getDefaultInstance()).getStringValue();
	}

	/** {@code model.ParseSlackLinksToMarkdown}: {@code <url|text>} becomes {@code [text](url)}. */
	static String parseSlackLinks(String text) {
		Matcher matcher = SLACK_LINK.matcher(text);
		return matcher.replaceAll((match) -> Matcher.quoteReplacement("[" + match.group(2) + "](" + match.group(1) + ")"));
	}

	private static String abbreviate(String body) {
		return (body.length() > 200) ? body.substring(0, 200) + "..." : body;
	}

}

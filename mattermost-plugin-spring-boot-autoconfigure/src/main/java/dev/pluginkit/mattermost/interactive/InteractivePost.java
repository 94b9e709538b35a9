package dev.pluginkit.mattermost.interactive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.client.ProtoStructs;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

import org.springframework.lang.Nullable;

/**
 * Builds a post with message attachments whose buttons and menus point at the plugin, in
 * the JSON shape the server reads from {@code props.attachments}: {@code SlackAttachment}
 * ({@code server/public/model/slack_attachment.go}) with {@code actions} of
 * {@code PostAction} ({@code server/public/model/integration_action.go}). Get one from
 * {@link InteractiveMessages#post(String)} or {@link InteractiveMessages#update()}.
 *
 * <p>What the server would refuse or mishandle fails here, with the action named: an empty
 * label; a style other than {@code default}, {@code primary}, {@code success},
 * {@code good}, {@code warning}, {@code danger} or a {@code #rrggbb} colour; a menu with
 * neither options nor a data source, or both; an action id that is not letters and digits
 * only (the client posts clicks to {@code /api/v4/posts/{post_id}/actions/{action_id}}, and
 * the server's route takes {@code [A-Za-z0-9]+} only, {@code InitAction} in
 * {@code server/channels/api4/integration_action.go}); and two actions with one id in a post
 * (the server finds the clicked action by id, the first that matches, {@code Post.GetAction}).
 * Ids are made from the action's name unless given.
 */
public final class InteractivePost {

	private static final Pattern ACTION_ID = Pattern.compile("[A-Za-z0-9]+");

	private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Set<String> STYLES = Set.of("default", "primary", "success", "good", "warning", "danger");

	private static final Set<String> COLOURS = Set.of("good", "warning", "danger");

	private static final Set<String> DATA_SOURCES = Set.of("users", "channels");

	@Nullable
	private final String channelId;

	private final Function<String, String> actionUrls;

	@Nullable
	private final UnaryOperator<Post> sender;

	private final Post.Builder post = Post.newBuilder();

	private final Map<String, Object> props = new LinkedHashMap<>();

	private final List<Map<String, Object>> attachments = new ArrayList<>();

	private final Set<String> ids = new HashSet<>();

	private InteractivePost(@Nullable String channelId, Function<String, String> actionUrls,
			@Nullable UnaryOperator<Post> sender) {
		this.channelId = channelId;
		this.actionUrls = actionUrls;
		this.sender = sender;
	}

	/**
	 * Starts a post; for implementations of {@link InteractiveMessages}.
	 * @param channelId the channel to post in, or {@code null} for an update
	 * @param actionUrls the URL of each action name, failing for names without a handler
	 * @param sender what {@link #create()} calls to create the post, or {@code null}
	 * @return the builder
	 */
	public static InteractivePost start(@Nullable String channelId, Function<String, String> actionUrls,
			@Nullable UnaryOperator<Post> sender) {
		return new InteractivePost(channelId, Objects.requireNonNull(actionUrls, "actionUrls"), sender);
	}

	/**
	 * Sets the post's text.
	 * @param message the text, in Markdown
	 * @return this builder
	 */
	public InteractivePost message(String message) {
		this.post.setMessage(message);
		return this;
	}

	/**
	 * Sets the author: for a plugin usually its bot's user id.
	 * @param userId the user id
	 * @return this builder
	 */
	public InteractivePost userId(String userId) {
		this.post.setUserId(userId);
		return this;
	}

	/**
	 * Posts in a thread.
	 * @param rootId the id of the thread's first post
	 * @return this builder
	 */
	public InteractivePost rootId(String rootId) {
		this.post.setRootId(rootId);
		return this;
	}

	/**
	 * Adds a property of the post's own, beside {@code attachments}.
	 * @param key the property's name
	 * @param value a value {@link ProtoStructs#toValue(Object)} converts
	 * @return this builder
	 */
	public InteractivePost prop(String key, @Nullable Object value) {
		if ("attachments".equals(key)) {
			throw new IllegalArgumentException("Add attachments with attachment(...), not as the prop 'attachments'");
		}
		this.props.put(key, value);
		return this;
	}

	/**
	 * Adds a message attachment, which carries the buttons and menus.
	 * @param attachment what to put in it
	 * @return this builder
	 */
	public InteractivePost attachment(Consumer<Attachment> attachment) {
		Attachment built = new Attachment();
		attachment.accept(built);
		this.attachments.add(built.toMap());
		return this;
	}

	/**
	 * Builds the post. Its type stays the default: clients show the attachments of any post
	 * that has them. An update always carries props, so that they replace the post's.
	 * @return the post
	 */
	public Post build() {
		Map<String, Object> allProps = new LinkedHashMap<>(this.props);
		if (!this.attachments.isEmpty()) {
			allProps.put("attachments", this.attachments);
		}
		if (this.channelId != null) {
			this.post.setChannelId(this.channelId);
		}
		if (this.channelId == null || !allProps.isEmpty()) {
			this.post.setProps(ProtoStructs.toStruct(allProps));
		}
		return this.post.build();
	}

	/**
	 * Builds the post and creates it through the Plugin API ({@code CreatePost}).
	 * @return the created post, with its id
	 * @throws IllegalStateException for an update, which is answered, not created
	 */
	public Post create() {
		if (this.sender == null || this.channelId == null) {
			throw new IllegalStateException("An update is answered from a @PostAction method, not created: "
					+ "return it, or PostActionIntegrationResponse.update(...)");
		}
		return this.sender.apply(build());
	}

	/**
	 * A message attachment: its text and fields, and its buttons and menus.
	 */
	public final class Attachment {

		private final Map<String, Object> values = new LinkedHashMap<>();

		private final List<Map<String, Object>> fields = new ArrayList<>();

		private final List<Map<String, Object>> actions = new ArrayList<>();

		private Attachment() {
		}

		/**
		 * Sets the plain text shown where attachments cannot be shown (notifications).
		 * @param fallback the text
		 * @return this attachment
		 */
		public Attachment fallback(String fallback) {
			return put("fallback", fallback);
		}

		/**
		 * Sets the colour of the attachment's left border.
		 * @param color {@code good}, {@code warning}, {@code danger} or {@code #rrggbb}
		 * @return this attachment
		 */
		public Attachment color(String color) {
			if (!COLOURS.contains(color) && !HEX_COLOUR.matcher(color).matches()) {
				throw new IllegalArgumentException(
						"Attachment color '" + color + "' must be good, warning, danger or a #rrggbb colour");
			}
			return put("color", color);
		}

		/**
		 * Sets the text above the attachment.
		 * @param pretext the text, in Markdown
		 * @return this attachment
		 */
		public Attachment pretext(String pretext) {
			return put("pretext", pretext);
		}

		/**
		 * Sets the attachment's title.
		 * @param title the title
		 * @return this attachment
		 */
		public Attachment title(String title) {
			return put("title", title);
		}

		/**
		 * Sets the attachment's title with a link.
		 * @param title the title
		 * @param link an http or https URL
		 * @return this attachment
		 */
		public Attachment title(String title, String link) {
			put("title", title);
			return put("title_link", link);
		}

		/**
		 * Sets the attachment's text.
		 * @param text the text, in Markdown
		 * @return this attachment
		 */
		public Attachment text(String text) {
			return put("text", text);
		}

		/**
		 * Sets the author line.
		 * @param name the author's name
		 * @return this attachment
		 */
		public Attachment author(String name) {
			return put("author_name", name);
		}

		/**
		 * Sets an image shown in the attachment.
		 * @param url an http or https URL
		 * @return this attachment
		 */
		public Attachment imageUrl(String url) {
			return put("image_url", url);
		}

		/**
		 * Sets a thumbnail shown beside the text.
		 * @param url an http or https URL
		 * @return this attachment
		 */
		public Attachment thumbUrl(String url) {
			return put("thumb_url", url);
		}

		/**
		 * Sets the footer.
		 * @param footer the text
		 * @return this attachment
		 */
		public Attachment footer(String footer) {
			return put("footer", footer);
		}

		/**
		 * Adds a field: a title with a value, in a table below the text.
		 * @param title the field's title
		 * @param value its value, in Markdown
		 * @param isShort whether it is short enough to share a row with another
		 * @return this attachment
		 */
		public Attachment field(String title, String value, boolean isShort) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("title", title);
			field.put("value", value);
			field.put("short", isShort);
			this.fields.add(field);
			return this;
		}

		/**
		 * Adds a button.
		 * @param action the name of the {@link PostAction} that handles its clicks
		 * @param label the text on the button
		 * @return this attachment
		 */
		public Attachment button(String action, String label) {
			return button(action, label, (button) -> {
			});
		}

		/**
		 * Adds a button with a context, handed back with each click.
		 * @param action the name of the {@link PostAction} that handles its clicks
		 * @param label the text on the button
		 * @param context the context; its values must convert to JSON
		 * @return this attachment
		 */
		public Attachment button(String action, String label, Map<String, ?> context) {
			return button(action, label, (button) -> button.context(context));
		}

		/**
		 * Adds a button with more settings: its id, style, context.
		 * @param action the name of the {@link PostAction} that handles its clicks
		 * @param label the text on the button
		 * @param settings what to set
		 * @return this attachment
		 */
		public Attachment button(String action, String label, Consumer<Action> settings) {
			Action button = new Action(action, label, "button");
			settings.accept(button);
			this.actions.add(button.toMap());
			return this;
		}

		/**
		 * Adds a menu of options.
		 * @param action the name of the {@link PostAction} that handles picks
		 * @param placeholder the text shown before anything is picked
		 * @param options the options
		 * @return this attachment
		 */
		public Attachment menu(String action, String placeholder, MenuOption... options) {
			return menu(action, placeholder, (menu) -> menu.options(options));
		}

		/**
		 * Adds a menu with more settings: options or a data source, a default, a context.
		 * @param action the name of the {@link PostAction} that handles picks
		 * @param placeholder the text shown before anything is picked
		 * @param settings what to set
		 * @return this attachment
		 */
		public Attachment menu(String action, String placeholder, Consumer<Action> settings) {
			Action menu = new Action(action, placeholder, "select");
			settings.accept(menu);
			this.actions.add(menu.toMap());
			return this;
		}

		private Attachment put(String key, String value) {
			this.values.put(key, Objects.requireNonNull(value, key));
			return this;
		}

		private Map<String, Object> toMap() {
			Map<String, Object> attachment = new LinkedHashMap<>(this.values);
			if (!this.fields.isEmpty()) {
				attachment.put("fields", this.fields);
			}
			if (!this.actions.isEmpty()) {
				attachment.put("actions", this.actions);
			}
			return attachment;
		}

	}

	/**
	 * A button or a menu.
	 */
	public final class Action {

		private final String name;

		private final String label;

		private final String type;

		@Nullable
		private String id;

		@Nullable
		private String style;

		private boolean disabled;

		private final Map<String, Object> context = new LinkedHashMap<>();

		private final List<MenuOption> options = new ArrayList<>();

		@Nullable
		private String dataSource;

		@Nullable
		private String defaultOption;

		private Action(String name, String label, String type) {
			this.name = Objects.requireNonNull(name, "action");
			this.label = Objects.requireNonNull(label, "label");
			this.type = type;
		}

		/**
		 * Sets the action's id within the post, instead of one made from its name.
		 * @param id letters and digits only, unique in the post
		 * @return this action
		 */
		public Action id(String id) {
			this.id = id;
			return this;
		}

		/**
		 * Sets the button's style.
		 * @param style {@code default}, {@code primary}, {@code success}, {@code good},
		 * {@code warning}, {@code danger} or a {@code #rrggbb} colour
		 * @return this action
		 */
		public Action style(String style) {
			if (!STYLES.contains(style) && !HEX_COLOUR.matcher(style).matches()) {
				throw new IllegalArgumentException("The style '" + style + "' of action '" + this.name
						+ "' must be one of " + new TreeSet<>(STYLES) + " or a #rrggbb colour");
			}
			this.style = style;
			return this;
		}

		/**
		 * Shows the action disabled.
		 * @return this action
		 */
		public Action disabled() {
			this.disabled = true;
			return this;
		}

		/**
		 * Adds values to the context handed back with each click.
		 * @param context the values; they must convert to JSON
		 * @return this action
		 */
		public Action context(Map<String, ?> context) {
			context.forEach(this::context);
			return this;
		}

		/**
		 * Adds a value to the context handed back with each click.
		 * @param key the value's name
		 * @param value the value; it must convert to JSON
		 * @return this action
		 */
		public Action context(String key, @Nullable Object value) {
			if ("select".equals(this.type) && PostActionIntegrationRequest.SELECTED_OPTION.equals(key)) {
				throw new IllegalArgumentException("The context of menu '" + this.name + "' cannot hold '"
						+ key + "': the server puts the picked value there");
			}
			this.context.put(Objects.requireNonNull(key, "key"), value);
			return this;
		}

		/**
		 * Adds options to a menu.
		 * @param options the options
		 * @return this action
		 */
		public Action options(MenuOption... options) {
			this.options.addAll(List.of(options));
			return this;
		}

		/**
		 * Adds an option to a menu.
		 * @param text what the user sees
		 * @param value what the plugin receives
		 * @return this action
		 */
		public Action option(String text, String value) {
			this.options.add(MenuOption.of(text, value));
			return this;
		}

		/**
		 * Lets the client fill a menu with the server's users or channels instead of options.
		 * @param dataSource {@code users} or {@code channels}
		 * @return this action
		 */
		public Action dataSource(String dataSource) {
			if (!DATA_SOURCES.contains(dataSource)) {
				throw new IllegalArgumentException(
						"The data source of menu '" + this.name + "' must be users or channels, not '" + dataSource + "'");
			}
			this.dataSource = dataSource;
			return this;
		}

		/**
		 * Sets the value a menu shows picked at first.
		 * @param value one of the options' values
		 * @return this action
		 */
		public Action defaultOption(String value) {
			this.defaultOption = value;
			return this;
		}

		private Map<String, Object> toMap() {
			if (this.label.isEmpty()) {
				throw new IllegalArgumentException("Action '" + this.name + "' needs a label (the server refuses "
						+ "actions without a name)");
			}
			if ("button".equals(this.type) && (!this.options.isEmpty() || this.dataSource != null)) {
				throw new IllegalArgumentException("Button '" + this.name + "' cannot have options or a data source");
			}
			if ("select".equals(this.type) && this.options.isEmpty() == (this.dataSource == null)) {
				throw new IllegalArgumentException(
						"Menu '" + this.name + "' needs either options or a data source (users or channels), not "
								+ (this.options.isEmpty() ? "neither" : "both"));
			}
			String url = InteractivePost.this.actionUrls.apply(this.name);
			String actionId = (this.id != null) ? checkId(this.id) : newId(this.name);
			Map<String, Object> action = new LinkedHashMap<>();
			action.put("id", actionId);
			action.put("type", this.type);
			action.put("name", this.label);
			if (this.disabled) {
				action.put("disabled", true);
			}
			if (this.style != null) {
				action.put("style", this.style);
			}
			if (this.dataSource != null) {
				action.put("data_source", this.dataSource);
			}
			if (!this.options.isEmpty()) {
				List<Map<String, Object>> list = new ArrayList<>();
				for (MenuOption option : this.options) {
					list.add(Map.of("text", option.text(), "value", option.value()));
				}
				action.put("options", list);
			}
			if (this.defaultOption != null) {
				action.put("default_option", this.defaultOption);
			}
			Map<String, Object> integration = new LinkedHashMap<>();
			integration.put("url", url);
			if (!this.context.isEmpty()) {
				integration.put("context", this.context);
			}
			action.put("integration", integration);
			return action;
		}

		private String checkId(String id) {
			if (!ACTION_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("The id '" + id + "' of action '" + this.name
						+ "' must be letters and digits only: the server's route for clicks takes no other characters");
			}
			if (!InteractivePost.this.ids.add(id)) {
				throw new IllegalArgumentException("Two actions of the post have the id '" + id
						+ "': the server finds the clicked action by id, so give each its own");
			}
			return id;
		}

		private String newId(String name) {
			String base = name.replaceAll("[^A-Za-z0-9]", "");
			if (base.isEmpty()) {
				base = "action";
			}
			String id = base;
			for (int n = 2; !InteractivePost.this.ids.add(id); n++) {
				id = base + n;
			}
			return id;
		}

	}

}

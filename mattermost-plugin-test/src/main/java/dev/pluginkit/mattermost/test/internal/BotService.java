package dev.pluginkit.mattermost.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.BotGetOptions;
import dev.pluginkit.mattermost.pluginapi.v1.BotPatch;
import dev.pluginkit.mattermost.pluginapi.v1.CreateBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.EnsureBotUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.EnsureBotUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PatchBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PatchBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PermanentDeleteBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PermanentDeleteBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateBotActiveRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateBotActiveResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for bot accounts. Like the server's bot handlers it reports
 * failures as a gRPC status derived from the {@code AppError}.
 *
 * <p>A bot is a {@link Bot} in {@link FakeData#bots} plus its user in {@link FakeData#users}
 * with {@code is_bot} set; as on the server, a bot's username and display name are read
 * from its user ({@code u.Username}, {@code u.FirstName}). Validation, ids and statuses
 * follow {@code server/channels/app/bot.go}, {@code app/plugin_api.go} and
 * {@code server/public/model/bot.go}. {@code EnsureBotUser} remembers the bot's id in this
 * plugin's KV store under {@code mmi_botid}, as the server does.
 *
 * <p>Not modelled: the direct message a new bot sends its owner when the owner is a user,
 * bot icons, sessions revoked on deactivation.
 */
public final class BotService implements PluginAPIGrpc.AsyncService {

	/** The KV key under which {@code EnsureBotUser} remembers the bot ({@code app.botUserKey}). */
	public static final String BOT_USER_KEY = "mmi_botid";

	private static final Pattern VALID_USERNAME = Pattern.compile("[a-z0-9.\\-_]+");

	private static final Set<String> RESTRICTED_USERNAMES = Set.of("all", "channel", "matterbot", "system");

	private static final int USERNAME_MAX_LENGTH = 64;

	private static final int DISPLAY_NAME_MAX_RUNES = 64;

	private static final int DESCRIPTION_MAX_RUNES = 1024;

	private static final int OWNER_ID_MAX_RUNES = 190;

	private static final String MISSING_ACCOUNT = "app.user.missing_account.const";

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public BotService(FakeData data) {
		this.data = data;
	}

	@Override
	public void createBot(CreateBotRequest request, StreamObserver<CreateBotResponse> responseObserver) {
		if (!request.hasBot()) {
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("bot is required").asRuntimeException());
			return;
		}
		Bot bot = request.getBot();
		if (bot.getOwnerId().isEmpty()) {
			// plugin_api.go: bots created by a plugin are owned by the plugin unless it says
			bot = bot.toBuilder().setOwnerId(ConfigurationService.PLUGIN_ID).build();
		}
		try {
			Bot created;
			synchronized (this.data.lock()) {
				User owner = this.data.users.get(bot.getOwnerId());
				if (owner != null && this.data.bots.containsKey(owner.getId())) {
					throw new Failure(400, "plugin_api.bot_cant_create_bot", "A bot cannot create a bot.",
							"CreateBot");
				}
				created = create(this.data, bot);
			}
			reply(responseObserver, CreateBotResponse.newBuilder().setBot(created).build());
		}
		catch (Failure failure) {
			responseObserver.onError(failure.status());
		}
	}

	@Override
	public void getBot(GetBotRequest request, StreamObserver<GetBotResponse> responseObserver) {
		Bot bot = find(request.getBotUserId(), request.getIncludeDeleted());
		if (bot == null) {
			responseObserver.onError(botNotFound(request.getBotUserId()).status());
			return;
		}
		reply(responseObserver, GetBotResponse.newBuilder().setBot(bot).build());
	}

	@Override
	public void getBots(GetBotsRequest request, StreamObserver<GetBotsResponse> responseObserver) {
		BotGetOptions options = request.getOptions();
		long offset = (long) options.getPage() * options.getPerPage();
		if (options.getPerPage() < 0 || offset < 0) {
			// the store's LIMIT/OFFSET query fails for negative values on PostgreSQL, which
			// App.GetBots reports as this error (assumed from the code, not run)
			responseObserver.onError(new Failure(500, "app.bot.getbots.internal_error",
					"We encountered an error while fetching the bots.", "GetBots").status());
			return;
		}
		List<Bot> bots = all(this.data).stream()
			.filter((bot) -> options.getIncludeDeleted() || bot.getDeleteAt() == 0)
			.filter((bot) -> options.getOwnerId().isEmpty() || options.getOwnerId().equals(bot.getOwnerId()))
			.filter((bot) -> !options.getOnlyOrphaned() || isDeactivated(this.data.users.get(bot.getOwnerId())))
			.skip(offset)
			.limit(options.getPerPage())
			.toList();
		reply(responseObserver, GetBotsResponse.newBuilder().addAllBots(bots).build());
	}

	@Override
	public void patchBot(PatchBotRequest request, StreamObserver<PatchBotResponse> responseObserver) {
		if (!request.hasBotPatch()) {
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("patch is required").asRuntimeException());
			return;
		}
		try {
			Bot patched;
			synchronized (this.data.lock()) {
				patched = patch(this.data, request.getBotUserId(), request.getBotPatch());
			}
			reply(responseObserver, PatchBotResponse.newBuilder().setBot(patched).build());
		}
		catch (Failure failure) {
			responseObserver.onError(failure.status());
		}
	}

	@Override
	public void updateBotActive(UpdateBotActiveRequest request,
			StreamObserver<UpdateBotActiveResponse> responseObserver) {
		String id = request.getBotUserId();
		boolean active = request.getActive();
		Bot updated;
		synchronized (this.data.lock()) {
			User user = this.data.users.get(id);
			if (user == null) {
				// App.UpdateBotActive names the function "PatchBot" in this error
				responseObserver.onError(new Failure(404, MISSING_ACCOUNT, "Unable to find the user.", "PatchBot")
					.status());
				return;
			}
			long now = this.data.now();
			if ((user.getDeleteAt() != 0) == active) {
				// App.UpdateActive runs for the user before the bot is even looked up, so a
				// user that is no bot is (de)activated and the call then fails with 404
				this.data.users.put(id, user.toBuilder().setDeleteAt(active ? 0 : now).setUpdateAt(now).build());
			}
			Bot bot = this.data.bots.get(id);
			if (bot == null) {
				responseObserver.onError(botNotFound(id).status());
				return;
			}
			if (active && bot.getDeleteAt() != 0) {
				bot = bot.toBuilder().setDeleteAt(0).setUpdateAt(now).build();
			}
			else if (!active && bot.getDeleteAt() == 0) {
				bot = bot.toBuilder().setDeleteAt(now).setUpdateAt(now).build();
			}
			this.data.bots.put(id, bot);
			updated = view(this.data, bot);
		}
		reply(responseObserver, UpdateBotActiveResponse.newBuilder().setBot(updated).build());
	}

	@Override
	public void permanentDeleteBot(PermanentDeleteBotRequest request,
			StreamObserver<PermanentDeleteBotResponse> responseObserver) {
		String id = request.getBotUserId();
		synchronized (this.data.lock()) {
			if (!this.data.users.containsKey(id)) {
				responseObserver.onError(new Failure(404, MISSING_ACCOUNT, "Unable to find the user.", "GetUser")
					.status());
				return;
			}
			if (!this.data.bots.containsKey(id)) {
				// sic: the server's id is spelled "permenent"
				responseObserver.onError(new Failure(400, "app.bot.permenent_delete.bad_id",
						"Unable to delete the bot: the id is not a bot.", "PermanentDeleteBot").status());
				return;
			}
			// App.PermanentDeleteUser removes the user with everything that hangs off it
			this.data.users.remove(id);
			this.data.bots.remove(id);
			this.data.preferences.keySet().removeIf((key) -> key.startsWith(id + "/"));
			this.data.teamMembers.values().forEach((members) -> members.remove(id));
			this.data.channelMembers.values().forEach((members) -> members.remove(id));
		}
		reply(responseObserver, PermanentDeleteBotResponse.getDefaultInstance());
	}

	@Override
	public void ensureBotUser(EnsureBotUserRequest request, StreamObserver<EnsureBotUserResponse> responseObserver) {
		if (!request.hasBot()) {
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("bot is required").asRuntimeException());
			return;
		}
		// plugin_api.go: the owner is always the calling plugin
		Bot bot = request.getBot().toBuilder().setOwnerId(ConfigurationService.PLUGIN_ID).build();
		if (bot.getUsername().isEmpty()) {
			// App.EnsureBot returns a plain error, which the bridge turns into INTERNAL
			responseObserver.onError(internal("passed a bot with no username"));
			return;
		}
		String botUserId;
		synchronized (this.data.lock()) {
			ByteString remembered = KvStoreService.live(this.data, BOT_USER_KEY);
			if (remembered != null) {
				botUserId = remembered.toStringUtf8();
				BotPatch patch = BotPatch.newBuilder()
					.setUsername(bot.getUsername())
					.setDisplayName(bot.getDisplayName())
					.setDescription(bot.getDescription())
					.build();
				try {
					patch(this.data, botUserId, patch);
				}
				catch (Failure failure) {
					responseObserver.onError(internal("failed to patch bot: " + failure.text()));
					return;
				}
			}
			else {
				User existing = userByUsername(this.data, bot.getUsername());
				if (existing != null) {
					// an existing bot is adopted; an ordinary user's id is returned too, and
					// the server only logs an error about it
					if (this.data.bots.containsKey(existing.getId())) {
						remember(existing.getId());
					}
					botUserId = existing.getId();
				}
				else {
					try {
						botUserId = create(this.data, bot).getUserId();
					}
					catch (Failure failure) {
						responseObserver.onError(internal("failed to create bot: " + failure.text()));
						return;
					}
					remember(botUserId);
				}
			}
		}
		reply(responseObserver, EnsureBotUserResponse.newBuilder().setBotUserId(botUserId).build());
	}

	private void remember(String botUserId) {
		KvStoreService.set(this.data, BOT_USER_KEY, ByteString.copyFrom(botUserId, StandardCharsets.UTF_8), 0);
	}

	private Bot find(String id, boolean includeDeleted) {
		Bot bot = this.data.bots.get(id);
		if (bot == null || !this.data.users.containsKey(id) || (!includeDeleted && bot.getDeleteAt() != 0)) {
			return null;
		}
		return view(this.data, bot);
	}

	private static boolean isDeactivated(User user) {
		return user != null && user.getDeleteAt() != 0;
	}

	/**
	 * Creates a bot and its user as {@code App.CreateBot} does, after {@code IsValidCreate}
	 * and the user store's uniqueness checks. The caller holds {@link FakeData#lock()}.
	 * @param data the server's data
	 * @param bot the bot: username, display name, description and owner
	 * @return the created bot
	 * @throws Failure the server's error when the bot is invalid or its username or email is
	 * taken
	 */
	static Bot create(FakeData data, Bot bot) {
		if (!isValidUsername(bot.getUsername())) {
			throw invalidBot("model.bot.is_valid.username.app_error", "Invalid username.");
		}
		if (runes(bot.getDisplayName()) > DISPLAY_NAME_MAX_RUNES) {
			// sic: Bot.IsValidCreate reports a too long display name with the user_id id
			throw invalidBot("model.bot.is_valid.user_id.app_error", "Invalid user id.");
		}
		if (runes(bot.getDescription()) > DESCRIPTION_MAX_RUNES) {
			throw invalidBot("model.bot.is_valid.description.app_error", "Invalid description.");
		}
		if (bot.getOwnerId().isEmpty() || runes(bot.getOwnerId()) > OWNER_ID_MAX_RUNES) {
			throw invalidBot("model.bot.is_valid.creator_id.app_error", "Invalid creator id.");
		}
		String email = bot.getUsername() + "@localhost";
		checkUnique(data, null, bot.getUsername(), email, "CreateBot");
		long now = data.now();
		String id = Ids.newId();
		User user = User.newBuilder()
			.setId(id)
			.setCreateAt(now)
			.setUpdateAt(now)
			.setUsername(bot.getUsername())
			.setEmail(email)
			.setFirstName(bot.getDisplayName())
			.setRoles("system_user")
			.setLocale("en")
			.setLastPasswordUpdate(now)
			.putAllNotifyProps(Map.of("email", "true", "push", "mention", "desktop", "mention", "desktop_sound",
					"true", "mention_keys", "", "channel", "true", "first_name", "false"))
			.putAllTimezone(Map.of("useAutomaticTimezone", "true", "automaticTimezone", "", "manualTimezone", ""))
			.setIsBot(true)
			.setBotDescription(bot.getDescription())
			.build();
		Bot created = Bot.newBuilder()
			.setUserId(id)
			.setUsername(bot.getUsername())
			.setDisplayName(bot.getDisplayName())
			.setDescription(bot.getDescription())
			.setOwnerId(bot.getOwnerId())
			.setCreateAt(now)
			.setUpdateAt(now)
			.build();
		data.users.put(id, user);
		data.bots.put(id, created);
		return created;
	}

	/**
	 * Applies a patch as {@code App.PatchBot} does. The caller holds {@link FakeData#lock()}.
	 * Unlike the server, which updates the user before it validates the bot, nothing is
	 * written when any check fails.
	 * @param data the server's data
	 * @param id the bot's user id
	 * @param patch the fields to change
	 * @return the bot as it is now
	 * @throws Failure the server's error
	 */
	static Bot patch(FakeData data, String id, BotPatch patch) {
		Bot stored = data.bots.get(id);
		User user = data.users.get(id);
		if (stored == null || user == null) {
			throw botNotFound(id);
		}
		Bot bot = view(data, stored);
		boolean wouldPatch = (patch.hasUsername() && !patch.getUsername().equals(bot.getUsername()))
				|| (patch.hasDisplayName() && !patch.getDisplayName().equals(bot.getDisplayName()))
				|| (patch.hasDescription() && !patch.getDescription().equals(bot.getDescription()));
		if (!wouldPatch) {
			return bot;
		}
		String username = patch.hasUsername() ? patch.getUsername() : bot.getUsername();
		String displayName = patch.hasDisplayName() ? patch.getDisplayName() : bot.getDisplayName();
		String description = patch.hasDescription() ? patch.getDescription() : bot.getDescription();
		// the user's update comes first: User.IsValid, then the store's uniqueness checks
		if (!isValidUsername(username)) {
			throw new Failure(400, "model.user.is_valid.username.app_error", "Invalid username.", "User.IsValid");
		}
		if (runes(displayName) > DISPLAY_NAME_MAX_RUNES) {
			// User.IsValid on the user's first name
			throw new Failure(400, "model.user.is_valid.first_name.app_error", "Invalid first name.",
					"User.IsValid");
		}
		String email = username + "@localhost";
		checkUnique(data, id, username, email, "PatchBot");
		if (runes(description) > DESCRIPTION_MAX_RUNES) {
			throw invalidBot("model.bot.is_valid.description.app_error", "Invalid description.");
		}
		long now = data.now();
		data.users.put(id, user.toBuilder()
			.setUsername(username)
			.setEmail(email)
			.setFirstName(displayName)
			.setBotDescription(description)
			.setUpdateAt(now)
			.build());
		Bot updated = stored.toBuilder()
			.setUsername(username)
			.setDisplayName(displayName)
			.setDescription(description)
			.setUpdateAt(now)
			.build();
		data.bots.put(id, updated);
		return view(data, updated);
	}

	/**
	 * Lists every bot, deactivated ones included, in the store's order: by creation time,
	 * then username.
	 * @param data the server's data
	 * @return the bots as {@code GetBot} would answer them
	 */
	public static List<Bot> all(FakeData data) {
		return data.bots.values()
			.stream()
			.filter((bot) -> data.users.containsKey(bot.getUserId()))
			.map((bot) -> view(data, bot))
			.sorted(Comparator.comparingLong(Bot::getCreateAt).thenComparing(Bot::getUsername))
			.toList();
	}

	/**
	 * Creates a bot for seeding, with the same validation as {@code CreateBot}.
	 * @param data the server's data
	 * @param bot the bot: username, display name, description and owner (this plugin when
	 * empty)
	 * @return the created bot
	 * @throws IllegalArgumentException with the server's error id when the server would refuse
	 * the bot
	 */
	public static Bot seed(FakeData data, Bot bot) {
		Bot owned = bot.getOwnerId().isEmpty() ? bot.toBuilder().setOwnerId(ConfigurationService.PLUGIN_ID).build()
				: bot;
		try {
			synchronized (data.lock()) {
				return create(data, owned);
			}
		}
		catch (Failure failure) {
			throw new IllegalArgumentException(failure.id + ": " + failure.getMessage());
		}
	}

	private static Bot view(FakeData data, Bot bot) {
		User user = data.users.get(bot.getUserId());
		if (user == null) {
			return bot;
		}
		return bot.toBuilder().setUsername(user.getUsername()).setDisplayName(user.getFirstName()).build();
	}

	private static User userByUsername(FakeData data, String username) {
		String wanted = username.toLowerCase(Locale.ROOT);
		return data.users.values()
			.stream()
			.filter((user) -> user.getUsername().equals(wanted))
			.findFirst()
			.orElse(null);
	}

	private static void checkUnique(FakeData data, String selfId, String username, String email, String where) {
		for (User user : data.users.values()) {
			if (user.getId().equals(selfId)) {
				continue;
			}
			if (user.getUsername().equals(username)) {
				throw new Failure(400, "app.user.save.username_exists.app_error",
						"An account with that username already exists.", where);
			}
			if (user.getEmail().equalsIgnoreCase(email)) {
				throw new Failure(400, "app.user.save.email_exists.app_error",
						"An account with that email already exists.", where);
			}
		}
	}

	/**
	 * {@code model.IsValidUsername}: characters of {@code a-z0-9.-_}, not a restricted name
	 * (both confirmed), 1 to 64 of them ({@code UserNameMinLength} and
	 * {@code UserNameMaxLength}, values not confirmed against the source).
	 * @param username the username
	 * @return whether the server accepts it
	 */
	static boolean isValidUsername(String username) {
		return !username.isEmpty() && username.length() <= USERNAME_MAX_LENGTH
				&& VALID_USERNAME.matcher(username).matches() && !RESTRICTED_USERNAMES.contains(username);
	}

	private static int runes(String text) {
		return text.codePointCount(0, text.length());
	}

	private static Failure invalidBot(String id, String message) {
		return new Failure(400, id, message, "Bot.IsValid");
	}

	private static Failure botNotFound(String id) {
		// model.MakeBotNotFoundError; its user_id param does not travel in a status
		return new Failure(404, "store.sql_bot.get.missing.app_error", "Bot does not exist.", "SqlBotStore.Get");
	}

	private static io.grpc.StatusRuntimeException internal(String message) {
		// ErrorToStatus for an error that is neither a status nor an AppError
		return Status.INTERNAL.withDescription("internal error: " + message).asRuntimeException();
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

	/** A failure of the server's, with its {@code AppError} id and HTTP status. */
	static final class Failure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final int httpStatus;

		final String id;

		final String where;

		Failure(int httpStatus, String id, String message, String where) {
			super(message, null, false, false);
			this.httpStatus = httpStatus;
			this.id = id;
			this.where = where;
		}

		io.grpc.StatusRuntimeException status() {
			return ServerErrors.status(this.httpStatus, this.id, getMessage());
		}

		/** {@code AppError.Error()}: where, then the message. */
		String text() {
			return this.where + ": " + getMessage();
		}

	}

}

package dev.pluginkit.mattermost.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.pluginapi.v1.DeletePreferencesForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePreferencesForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferenceForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferenceForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferencesForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferencesForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Preference;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePreferencesForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePreferencesForUserResponse;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for user preferences. Like the server's preference handlers it
 * reports failures as a gRPC status derived from the {@code AppError}.
 *
 * <p>Behaviour, ids and statuses follow {@code server/channels/app/preference.go}, the
 * preference store and {@code server/public/model/preference.go}: a missing preference is a
 * 400, not a 404; every preference written or deleted must carry the caller's user id (else
 * 403); a save validates every preference first and writes all or nothing; a theme's values
 * that are not {@code #rgb} or {@code #rrggbb} colours become {@code #ffffff} and a theme
 * that is no JSON object is saved as {@code null}. Preferences are not checked against
 * existing users, as on the server.
 *
 * <p>Not modelled: the sidebar updates, WebSocket events and {@code PreferencesHaveChanged}
 * hook that follow a change.
 */
public final class PreferenceService implements PluginAPIGrpc.AsyncService {

	private static final String THEME = "theme";

	private static final Set<String> THEME_KEYS_NOT_COLOURS = Set.of("image", "type", "codeTheme");

	private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$");

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	/** {@code model.MaxPreferenceValueLength}, in code points. */
	private static final int VALUE_MAX_RUNES = 20000;

	/** {@code model.PreferenceMaxLimitVisibleDmsGmsValue}. */
	private static final int MAX_VISIBLE_DMS_GMS = 40;

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public PreferenceService(FakeData data) {
		this.data = data;
	}

	@Override
	public void getPreferenceForUser(GetPreferenceForUserRequest request,
			StreamObserver<GetPreferenceForUserResponse> responseObserver) {
		Preference preference = this.data.preferences
			.get(key(request.getUserId(), request.getCategory(), request.getName()));
		if (preference == null) {
			// App.GetPreferenceByCategoryAndNameForUser wraps the store's "not found" as a 400
			// (where: GetPreferenceByCategoryAndNameForUser)
			responseObserver.onError(ServerErrors.status(400, "app.preference.get.app_error",
					"Unable to find preference."));
			return;
		}
		reply(responseObserver, GetPreferenceForUserResponse.newBuilder().setPreference(preference).build());
	}

	@Override
	public void getPreferencesForUser(GetPreferencesForUserRequest request,
			StreamObserver<GetPreferencesForUserResponse> responseObserver) {
		reply(responseObserver,
				GetPreferencesForUserResponse.newBuilder().addAllPreferences(forUser(this.data, request.getUserId())).build());
	}

	@Override
	public void updatePreferencesForUser(UpdatePreferencesForUserRequest request,
			StreamObserver<UpdatePreferencesForUserResponse> responseObserver) {
		String userId = request.getUserId();
		for (Preference preference : request.getPreferencesList()) {
			if (!userId.equals(preference.getUserId())) {
				// App.UpdatePreferences (where: savePreferences)
				responseObserver.onError(ServerErrors.status(403, "api.preference.update_preferences.set.app_error",
						"Unable to set user preferences."));
				return;
			}
		}
		List<Preference> toSave = new ArrayList<>();
		for (Preference preference : request.getPreferencesList()) {
			Preference normalized = preUpdate(preference);
			String invalid = invalidField(normalized);
			if (invalid != null) {
				// Preference.IsValid, run by the store for every preference before any is saved
				responseObserver.onError(ServerErrors.status(400, "model.preference.is_valid." + invalid + ".app_error",
						"Invalid preference: " + invalid + "."));
				return;
			}
			toSave.add(normalized);
		}
		synchronized (this.data.lock()) {
			for (Preference preference : toSave) {
				this.data.preferences.put(key(preference.getUserId(), preference.getCategory(), preference.getName()),
						preference);
			}
		}
		reply(responseObserver, UpdatePreferencesForUserResponse.getDefaultInstance());
	}

	@Override
	public void deletePreferencesForUser(DeletePreferencesForUserRequest request,
			StreamObserver<DeletePreferencesForUserResponse> responseObserver) {
		String userId = request.getUserId();
		for (Preference preference : request.getPreferencesList()) {
			if (!userId.equals(preference.getUserId())) {
				// App.DeletePreferences
				responseObserver.onError(ServerErrors.status(403, "api.preference.delete_preferences.delete.app_error",
						"Unable to delete user preferences."));
				return;
			}
		}
		synchronized (this.data.lock()) {
			for (Preference preference : request.getPreferencesList()) {
				this.data.preferences.remove(key(userId, preference.getCategory(), preference.getName()));
			}
		}
		reply(responseObserver, DeletePreferencesForUserResponse.getDefaultInstance());
	}

	/**
	 * Returns the preferences of a user, sorted by category and name.
	 * @param data the server's data
	 * @param userId the user's id
	 * @return a snapshot of the user's preferences
	 */
	public static List<Preference> forUser(FakeData data, String userId) {
		String prefix = userId + "/";
		return data.preferences.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(prefix))
			.map(Map.Entry::getValue)
			.filter((preference) -> preference.getUserId().equals(userId))
			.sorted(Comparator.comparing(Preference::getCategory).thenComparing(Preference::getName))
			.toList();
	}

	/**
	 * The key of a preference in {@link FakeData#preferences}.
	 * @param userId the user's id
	 * @param category the category
	 * @param name the name
	 * @return the key
	 */
	public static String key(String userId, String category, String name) {
		return userId + "/" + category + "/" + name;
	}

	/**
	 * {@code Preference.IsValid}.
	 * @param preference the preference
	 * @return the invalid field as named in the error id, or {@code null} when it is valid
	 */
	static String invalidField(Preference preference) {
		if (!Ids.isValid(preference.getUserId())) {
			return "id";
		}
		int categoryBytes = preference.getCategory().getBytes(StandardCharsets.UTF_8).length;
		if (categoryBytes == 0 || categoryBytes > 32) {
			return "category";
		}
		if (preference.getName().getBytes(StandardCharsets.UTF_8).length > 32) {
			return "name";
		}
		String value = preference.getValue();
		if (value.codePointCount(0, value.length()) > VALUE_MAX_RUNES) {
			return "value";
		}
		// the theme check (model.preference.is_valid.theme.app_error) cannot fail here: PreUpdate
		// has already rewritten any theme into null or an object of strings
		if ("sidebar_settings".equals(preference.getCategory()) && "limit_visible_dms_gms".equals(preference.getName())) {
			int limit;
			try {
				limit = Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				return "limit_visible_dms_gms";
			}
			if (limit < 1 || limit > MAX_VISIBLE_DMS_GMS) {
				return "limit_visible_dms_gms";
			}
		}
		return null;
	}

	/**
	 * {@code Preference.PreUpdate} of the newest server source: a theme is decoded as a
	 * {@code map[string]string}, ignoring decode errors, its values that are not
	 * {@code #rgb} or {@code #rrggbb} colours become {@code #ffffff} (except {@code image},
	 * {@code type} and {@code codeTheme}), and it is written back as Go marshals a map, keys
	 * sorted. So a theme that is no JSON object is saved as {@code null}, and a key whose value
	 * is no string keeps the key with an empty, hence whitened, value.
	 * @param preference the preference
	 * @return the preference to save
	 */
	static Preference preUpdate(Preference preference) {
		if (!THEME.equals(preference.getCategory())) {
			return preference;
		}
		Object decoded = JsonReader.read(preference.getValue());
		if (!(decoded instanceof Map<?, ?> object)) {
			return preference.toBuilder().setValue("null").build();
		}
		StringBuilder json = new StringBuilder("{");
		for (Map.Entry<?, ?> entry : new TreeMap<>(object).entrySet()) {
			String key = (String) entry.getKey();
			String value = (entry.getValue() instanceof String text) ? text : "";
			if (!THEME_KEYS_NOT_COLOURS.contains(key) && !COLOUR.matcher(value).matches()) {
				value = "#ffffff";
			}
			if (json.length() > 1) {
				json.append(',');
			}
			json.append(ConfigurationService.GoJson.quote(key)).append(':').append(ConfigurationService.GoJson.quote(value));
		}
		return preference.toBuilder().setValue(json.append('}').toString()).build();
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

	/**
	 * Reads the first JSON value of a text, as Go's {@code json.Decoder.Decode} does; anything
	 * after it is not read. Objects become maps, arrays lists, strings strings, and numbers,
	 * booleans and {@code null} a marker: only a theme's shape matters here.
	 */
	static final class JsonReader {

		/** Stands for every value that is no object, array or string. */
		static final Object SCALAR = new Object();

		private final String text;

		private int at;

		private JsonReader(String text) {
			this.text = text;
		}

		/**
		 * Reads the text.
		 * @param text the text
		 * @return the first value, or {@code null} when the text is no JSON value
		 */
		static Object read(String text) {
			try {
				return new JsonReader(text).value();
			}
			catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
				return null;
			}
		}

		private Object value() {
			skipSpace();
			char c = this.text.charAt(this.at);
			if (c == '{') {
				return object();
			}
			if (c == '[') {
				this.at++;
				List<Object> list = new ArrayList<>();
				skipSpace();
				if (this.text.charAt(this.at) == ']') {
					this.at++;
					return list;
				}
				do {
					list.add(value());
					skipSpace();
				}
				while (this.text.charAt(this.at++) == ',');
				if (this.text.charAt(this.at - 1) != ']') {
					throw new IllegalArgumentException("expected ]");
				}
				return list;
			}
			if (c == '"') {
				return string();
			}
			for (String literal : List.of("true", "false", "null")) {
				if (this.text.startsWith(literal, this.at)) {
					this.at += literal.length();
					return SCALAR;
				}
			}
			int start = this.at;
			while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
				this.at++;
			}
			if (!NUMBER.matcher(this.text.substring(start, this.at)).matches()) {
				throw new IllegalArgumentException("not a JSON value");
			}
			return SCALAR;
		}

		private Map<String, Object> object() {
			this.at++;
			Map<String, Object> map = new TreeMap<>();
			skipSpace();
			if (this.text.charAt(this.at) == '}') {
				this.at++;
				return map;
			}
			while (true) {
				skipSpace();
				String key = string();
				skipSpace();
				expect(':');
				map.put(key, value());
				skipSpace();
				char next = this.text.charAt(this.at++);
				if (next == '}') {
					return map;
				}
				if (next != ',') {
					throw new IllegalArgumentException("expected , or }");
				}
			}
		}

		private String string() {
			expect('"');
			StringBuilder value = new StringBuilder();
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return value.toString();
				}
				if (c < 0x20) {
					throw new IllegalArgumentException("control character in string");
				}
				if (c != '\\') {
					value.append(c);
					continue;
				}
				char escaped = this.text.charAt(this.at++);
				switch (escaped) {
					case '"', '\\', '/' -> value.append(escaped);
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					case 'n' -> value.append('\n');
					case 'r' -> value.append('\r');
					case 't' -> value.append('\t');
					case 'u' -> {
						value.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> throw new IllegalArgumentException("bad escape");
				}
			}
		}

		private void expect(char expected) {
			if (this.text.charAt(this.at++) != expected) {
				throw new IllegalArgumentException("expected " + expected);
			}
		}

		private void skipSpace() {
			while (this.at < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.at)) >= 0) {
				this.at++;
			}
		}

	}

}

package dev.pluginkit.mattermost.test.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.google.protobuf.Struct;

/**
 * The server configuration of the in-memory server: the settings {@code GetConfig} shows,
 * and saving a new configuration as the server's {@code SaveConfig} does.
 *
 * <p>Saving follows {@code server/channels/app/platform/config.go}
 * ({@code PlatformService.SaveConfig}) and {@code server/config/store.go}
 * ({@code Store.Set}): the JSON is read into {@code model.Config} (a value of the wrong type
 * fails as Go's {@code json.Unmarshal} fails), {@code Config.SetDefaults} fills every
 * setting left out or {@code null}, {@code desanitize} puts back the secrets that arrive as
 * {@code model.FakeSetting}, and {@code Config.IsValid}
 * ({@code server/public/model/config.go}) checks the result before it replaces the
 * configuration. The defaults here are the fake's own configuration.
 *
 * <p>Only the settings this configuration shows are known: their types are checked, their
 * defaults filled and their rules applied, in the order of {@code Config.IsValid}. A setting
 * the fake does not know is kept as saved and not checked; the server drops names that are
 * no setting and checks every setting it has.
 */
final class ServerConfig {

	/** The server's {@code model.FakeSetting}. */
	static final String FAKE_SETTING = "*".repeat(32);

	/** Where the plugins' settings are: a Go map, not a struct. */
	private static final Set<String> GO_MAPS = Set.of("PluginSettings.Plugins", "PluginSettings.PluginStates");

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	private static final Pattern IPV4 = Pattern
		.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");

	private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$");

	/** {@code model.SitenameMaxLength}, in bytes as Go's {@code len}. */
	private static final int SITE_NAME_MAX_LENGTH = 30;

	private static final String DEFAULTS = "{"
			+ "\"ServiceSettings\":{\"SiteURL\":\"http://localhost:8065\",\"WebsocketURL\":\"\",\"ListenAddress\":\":8065\","
			+ "\"ConnectionSecurity\":\"\",\"TLSCertFile\":\"\",\"TLSKeyFile\":\"\",\"UseLetsEncrypt\":false,"
			+ "\"EnableOAuthServiceProvider\":true,\"EnableIncomingWebhooks\":true,"
			+ "\"EnableOutgoingWebhooks\":true,\"EnableCommands\":true,\"EnablePostUsernameOverride\":false,"
			+ "\"EnablePostIconOverride\":false,\"EnableUserAccessTokens\":false,\"EnableBotAccountCreation\":false,"
			+ "\"EnableDeveloper\":false,\"EnableTesting\":false,\"EnablePostSearch\":true,\"SessionLengthWebInHours\":720,"
			+ "\"MaximumLoginAttempts\":10,\"EnableGifPicker\":true,\"GiphySdkKey\":\"\"},"
			+ "\"TeamSettings\":{\"SiteName\":\"Mattermost\",\"MaxUsersPerTeam\":50,\"EnableUserCreation\":true,"
			+ "\"EnableOpenServer\":false,\"RestrictDirectMessage\":\"any\",\"TeammateNameDisplay\":\"username\","
			+ "\"MaxChannelsPerTeam\":2000},"
			+ "\"SqlSettings\":{\"DriverName\":\"postgres\","
			+ "\"DataSource\":\"postgres://mmuser:mostest@localhost/mattermost_test?sslmode=disable&connect_timeout=10\","
			+ "\"DataSourceReplicas\":[],\"MaxIdleConns\":20,\"MaxOpenConns\":300,\"QueryTimeout\":30,"
			+ "\"AtRestEncryptKey\":\"6qpqyqjhjmmbdjjgb1kzm4s6ra9dh5wq\"},"
			+ "\"LogSettings\":{\"EnableConsole\":true,\"ConsoleLevel\":\"DEBUG\",\"ConsoleJson\":true,"
			+ "\"EnableFile\":true,\"FileLevel\":\"INFO\"},"
			+ "\"FileSettings\":{\"DriverName\":\"local\",\"Directory\":\"./data/\",\"MaxFileSize\":104857600,"
			+ "\"PublicLinkSalt\":\"pd4h7n5t3bfqubg8wrkcpqmn9ebebcrm\",\"AmazonS3SecretAccessKey\":\"\"},"
			+ "\"EmailSettings\":{\"EnableSignUpWithEmail\":true,\"SendEmailNotifications\":false,"
			+ "\"FeedbackEmail\":\"test@example.com\",\"SMTPServer\":\"localhost\",\"SMTPPort\":\"10025\","
			+ "\"SMTPUsername\":\"\",\"SMTPPassword\":\"\"},"
			+ "\"PluginSettings\":{\"Enable\":true,\"EnableUploads\":false,\"Directory\":\"./plugins\","
			+ "\"ClientDirectory\":\"./client/plugins\",\"EnableHealthCheck\":true,"
			+ "\"Plugins\":{},\"PluginStates\":{\"" + ConfigurationService.PLUGIN_ID + "\":{\"Enable\":true}}}"
			+ "}";

	/** The configuration, this plugin's settings left out (they are {@link FakeData#pluginConfig}). */
	private Map<String, Object> settings = object(JsonReader.read(DEFAULTS));

	/**
	 * Writes the configuration as Go's {@code json.Marshal} writes a {@code model.Config}:
	 * settings in the order of their struct, the plugins' maps with sorted keys.
	 * @param pluginConfig this plugin's settings
	 * @param sanitized whether to mask the secrets as {@code Config.Sanitize} does
	 * @return the JSON text
	 */
	synchronized String json(Struct pluginConfig, boolean sanitized) {
		Map<String, Object> copy = deepCopy(this.settings);
		Map<String, Object> plugins = object(object(copy.get("PluginSettings")).get("Plugins"));
		plugins.put(ConfigurationService.PLUGIN_ID, ProtoValues.toJava(pluginConfig));
		if (sanitized) {
			sanitize(copy);
		}
		StringBuilder json = new StringBuilder();
		write(json, copy, "");
		return json.toString();
	}

	/**
	 * Whether post search is on ({@code ServiceSettings.EnablePostSearch}).
	 * @return whether the server searches posts
	 */
	synchronized boolean postSearchEnabled() {
		return Boolean.TRUE.equals(object(this.settings.get("ServiceSettings")).get("EnablePostSearch"));
	}

	/**
	 * Replaces the configuration as {@code Store.Set} does.
	 * @param json the new configuration as JSON
	 * @param data the server's data, whose plugin settings become those saved for this plugin
	 * @throws UnmarshalException when the JSON is no {@code model.Config}
	 * @throws InvalidException when {@code Config.IsValid} refuses the result
	 */
	synchronized void save(String json, FakeData data) {
		Object read;
		try {
			read = JsonReader.read(json);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw new UnmarshalException(ex.getMessage());
		}
		if (read != JsonReader.NULL && !(read instanceof Map)) {
			throw new UnmarshalException("json: cannot unmarshal " + goKind(read) + " into Go value of type model.Config");
		}
		Map<String, Object> old = this.settings;
		Map<String, Object> defaults = object(JsonReader.read(DEFAULTS));
		Map<String, Object> merged = object(merge(defaults, read, "", "Config"));
		desanitize(old, merged);
		validate(merged);
		Map<String, Object> plugins = object(object(merged.get("PluginSettings")).get("Plugins"));
		Object own = plugins.remove(ConfigurationService.PLUGIN_ID);
		this.settings = merged;
		data.pluginConfig = (own instanceof Map<?, ?> map) ? ConfigurationService.pluginConfig(stringKeys(map))
				: Struct.getDefaultInstance();
	}

	// ---------------------------------------------------------------- reading into model.Config

	private static Object merge(Object defaults, Object saved, String path, String struct) {
		if (saved == null || saved == JsonReader.NULL) {
			// SetDefaults fills every setting that is nil after unmarshalling
			return deepCopy(defaults);
		}
		String field = path.isEmpty() ? "" : struct + "." + path;
		if (defaults instanceof Map<?, ?> defaultMap) {
			if (!(saved instanceof Map<?, ?> savedMap)) {
				throw typeError(saved, field, GO_MAPS.contains(path) ? "map[string]" + (path.endsWith("Plugins")
						? "map[string]interface {}" : "*model.PluginState") : "model." + lastName(path));
			}
			if (GO_MAPS.contains(path)) {
				for (Map.Entry<?, ?> entry : savedMap.entrySet()) {
					if (!(entry.getValue() instanceof Map) && entry.getValue() != JsonReader.NULL) {
						throw typeError(entry.getValue(), field, path.endsWith("Plugins") ? "map[string]interface {}"
								: "model.PluginState");
					}
				}
				return deepCopy(savedMap);
			}
			Map<String, Object> result = new LinkedHashMap<>();
			String innerStruct = path.isEmpty() ? "Config" : lastName(path);
			for (Map.Entry<?, ?> entry : defaultMap.entrySet()) {
				String key = (String) entry.getKey();
				String childPath = path.isEmpty() ? key : path + "." + key;
				result.put(key, merge(entry.getValue(), savedMap.get(key), childPath, innerStruct));
			}
			for (Map.Entry<?, ?> entry : savedMap.entrySet()) {
				// a name the fake does not know: kept as saved, unchecked
				result.putIfAbsent((String) entry.getKey(), deepCopy(entry.getValue()));
			}
			return result;
		}
		if (defaults instanceof String) {
			if (!(saved instanceof String)) {
				throw typeError(saved, field, "string");
			}
			return saved;
		}
		if (defaults instanceof Boolean) {
			if (!(saved instanceof Boolean)) {
				throw typeError(saved, field, "bool");
			}
			return saved;
		}
		if (defaults instanceof BigDecimal) {
			if (!(saved instanceof BigDecimal number)) {
				throw typeError(saved, field, "int");
			}
			// Go's decoder parses an int from the literal: 50.0 and 5e1 are refused
			if (number.scale() != 0) {
				throw new UnmarshalException("json: cannot unmarshal number " + number
						+ " into Go struct field " + field + " of type int");
			}
			return saved;
		}
		if (defaults instanceof List) {
			if (!(saved instanceof List<?> list)) {
				throw typeError(saved, field, "[]string");
			}
			for (Object item : list) {
				if (!(item instanceof String) && item != JsonReader.NULL) {
					throw typeError(item, field, "string");
				}
			}
			return deepCopy(saved);
		}
		return saved;
	}

	private static UnmarshalException typeError(Object value, String field, String type) {
		return new UnmarshalException(
				"json: cannot unmarshal " + goKind(value) + " into Go struct field " + field + " of type " + type);
	}

	private static String goKind(Object value) {
		if (value instanceof Map) {
			return "object";
		}
		if (value instanceof List) {
			return "array";
		}
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof Boolean) {
			return "bool";
		}
		return "number";
	}

	private static String lastName(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	// ---------------------------------------------------------------- secrets

	private static void sanitize(Map<String, Object> config) {
		// As model.Config.Sanitize, for the secrets of this configuration.
		Map<String, Object> sql = object(config.get("SqlSettings"));
		sql.put("DataSource", FAKE_SETTING);
		sql.put("AtRestEncryptKey", FAKE_SETTING);
		if (sql.get("DataSourceReplicas") instanceof List<?> replicas) {
			sql.put("DataSourceReplicas", new ArrayList<>(replicas.stream().map((replica) -> FAKE_SETTING).toList()));
		}
		Map<String, Object> files = object(config.get("FileSettings"));
		files.put("PublicLinkSalt", FAKE_SETTING);
		maskIfSet(files, "AmazonS3SecretAccessKey");
		maskIfSet(object(config.get("EmailSettings")), "SMTPPassword");
	}

	private static void maskIfSet(Map<String, Object> section, String key) {
		if (section.get(key) instanceof String value && !value.isEmpty()) {
			section.put(key, FAKE_SETTING);
		}
	}

	private static void desanitize(Map<String, Object> actual, Map<String, Object> target) {
		// As desanitize in server/config/utils.go: a secret sent back masked keeps its value.
		restore(actual, target, "SqlSettings", "DataSource");
		restore(actual, target, "SqlSettings", "AtRestEncryptKey");
		restore(actual, target, "FileSettings", "PublicLinkSalt");
		restore(actual, target, "FileSettings", "AmazonS3SecretAccessKey");
		restore(actual, target, "EmailSettings", "SMTPPassword");
		// the replicas are always taken from the running configuration
		object(target.get("SqlSettings")).put("DataSourceReplicas",
				deepCopy(object(actual.get("SqlSettings")).get("DataSourceReplicas")));
	}

	private static void restore(Map<String, Object> actual, Map<String, Object> target, String section, String key) {
		Map<String, Object> targetSection = object(target.get(section));
		if (FAKE_SETTING.equals(targetSection.get(key))) {
			targetSection.put(key, object(actual.get(section)).get(key));
		}
	}

	// ---------------------------------------------------------------- Config.IsValid

	private static void validate(Map<String, Object> config) {
		// The order of Config.IsValid; the fake's settings of each part, in the order of its isValid.
		Map<String, Object> team = object(config.get("TeamSettings"));
		check(integer(team, "MaxUsersPerTeam") > 0, "model.config.is_valid.max_users.app_error");
		check(integer(team, "MaxChannelsPerTeam") > 0, "model.config.is_valid.max_channels.app_error");
		check(Set.of("any", "team").contains(text(team, "RestrictDirectMessage")),
				"model.config.is_valid.restrict_direct_message.app_error");
		check(Set.of("full_name", "nickname_full_name", "username").contains(text(team, "TeammateNameDisplay")),
				"model.config.is_valid.teammate_name_display.app_error");
		check(text(team, "SiteName").getBytes(StandardCharsets.UTF_8).length <= SITE_NAME_MAX_LENGTH,
				"model.config.is_valid.sitename_length.app_error");

		Map<String, Object> sql = object(config.get("SqlSettings"));
		String atRestEncryptKey = text(sql, "AtRestEncryptKey");
		check(atRestEncryptKey.isEmpty() || atRestEncryptKey.length() >= 32, "model.config.is_valid.encrypt_sql.app_error");
		check(Set.of("mysql", "postgres").contains(text(sql, "DriverName")), "model.config.is_valid.sql_driver.app_error");
		check(integer(sql, "MaxIdleConns") > 0, "model.config.is_valid.sql_idle.app_error");
		check(integer(sql, "QueryTimeout") > 0, "model.config.is_valid.sql_query_timeout.app_error");
		check(!text(sql, "DataSource").isEmpty(), "model.config.is_valid.sql_data_src.app_error");
		check(integer(sql, "MaxOpenConns") > 0, "model.config.is_valid.sql_max_conn.app_error");

		Map<String, Object> files = object(config.get("FileSettings"));
		check(integer(files, "MaxFileSize") > 0, "model.config.is_valid.max_file_size.app_error");
		check(Set.of("local", "amazons3").contains(text(files, "DriverName")),
				"model.config.is_valid.file_driver.app_error");
		String salt = text(files, "PublicLinkSalt");
		check(salt.isEmpty() || salt.length() >= 32, "model.config.is_valid.file_salt.app_error");
		check(!text(files, "Directory").isEmpty(), "model.config.is_valid.directory.app_error");

		Map<String, Object> service = object(config.get("ServiceSettings"));
		String security = text(service, "ConnectionSecurity");
		check(security.isEmpty() || security.equals("TLS"), "model.config.is_valid.webserver_security.app_error");
		if (security.equals("TLS") && !Boolean.TRUE.equals(service.get("UseLetsEncrypt"))) {
			check(fileExists(text(service, "TLSCertFile")), "model.config.is_valid.tls_cert_file_missing.app_error");
			check(fileExists(text(service, "TLSKeyFile")), "model.config.is_valid.tls_key_file_missing.app_error");
		}
		check(integer(service, "MaximumLoginAttempts") > 0, "model.config.is_valid.login_attempts.app_error");
		check(requestUri(text(service, "SiteURL")), "model.config.is_valid.site_url.app_error");
		check(requestUri(text(service, "WebsocketURL")), "model.config.is_valid.websocket_url.app_error");
		check(listenAddress(text(service, "ListenAddress")), "model.config.is_valid.listen_address.app_error");
	}

	private static void check(boolean valid, String id) {
		if (!valid) {
			throw new InvalidException(id);
		}
	}

	private static long integer(Map<String, Object> section, String key) {
		BigInteger value = ((BigDecimal) section.get(key)).toBigInteger();
		return (value.bitLength() < 64) ? value.longValue() : value.signum() * Long.MAX_VALUE;
	}

	private static String text(Map<String, Object> section, String key) {
		return (String) section.get(key);
	}

	private static boolean fileExists(String path) {
		try {
			return !path.isEmpty() && Files.exists(Path.of(path));
		}
		catch (InvalidPathException ex) {
			return false;
		}
	}

	/**
	 * Whether Go's {@code url.ParseRequestURI} accepts a non-empty value: no control
	 * characters, and either a scheme or an absolute path. Approximated: Go also rejects
	 * some malformed hosts, ports and escapes that this accepts.
	 */
	private static boolean requestUri(String value) {
		if (value.isEmpty()) {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < 0x20 || value.charAt(i) == 0x7f) {
				return false;
			}
		}
		if (SCHEME.matcher(value).find()) {
			String rest = value.substring(value.indexOf(':') + 1);
			if (rest.startsWith("//")) {
				String authority = rest.substring(2).split("[/?#]", 2)[0];
				return !authority.contains(" ") && !authority.contains("%");
			}
			return true;
		}
		return value.startsWith("/");
	}

	/**
	 * The check of {@code ServiceSettings.isValid} on {@code ListenAddress}: Go's
	 * {@code net.SplitHostPort}, then an empty host, an IP or a domain name, and a port
	 * from 0 to 65535.
	 */
	private static boolean listenAddress(String address) {
		String host;
		String port;
		if (address.startsWith("[")) {
			int end = address.indexOf(']');
			if (end < 0 || end + 1 >= address.length() || address.charAt(end + 1) != ':') {
				return false;
			}
			host = address.substring(1, end);
			port = address.substring(end + 2);
		}
		else {
			int colon = address.lastIndexOf(':');
			if (colon < 0 || address.indexOf(':') != colon) {
				return false;
			}
			host = address.substring(0, colon);
			port = address.substring(colon + 1);
		}
		boolean validHost = host.isEmpty() || IPV4.matcher(host).matches()
				|| (host.contains(":") && IPV6.matcher(host).matches()) || isDomainName(host);
		if (!validHost || !port.matches("[+-]?\\d+")) {
			return false;
		}
		BigInteger number = new BigInteger(port.startsWith("+") ? port.substring(1) : port);
		return number.signum() >= 0 && number.compareTo(BigInteger.valueOf(65535)) <= 0;
	}

	/** As {@code isDomainName} in {@code model/config.go}, after Go's {@code net} package. */
	private static boolean isDomainName(String name) {
		int length = name.length();
		if (length == 0 || length > 254 || (length == 254 && name.charAt(length - 1) != '.')) {
			return false;
		}
		char last = '.';
		boolean letter = false;
		int part = 0;
		for (int i = 0; i < length; i++) {
			char c = name.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
				letter = true;
				part++;
			}
			else if (c >= '0' && c <= '9') {
				part++;
			}
			else if (c == '-') {
				if (last == '.') {
					return false;
				}
				part++;
			}
			else if (c == '.') {
				if (last == '.' || last == '-' || part > 63 || part == 0) {
					return false;
				}
				part = 0;
			}
			else {
				return false;
			}
			last = c;
		}
		return last != '-' && part <= 63 && letter;
	}

	// ---------------------------------------------------------------- JSON as Go writes it

	private static void write(StringBuilder json, Object value, String path) {
		if (value == null || value == JsonReader.NULL) {
			json.append("null");
		}
		else if (value instanceof String text) {
			json.append(ConfigurationService.GoJson.quote(text));
		}
		else if (value instanceof Boolean flag) {
			json.append(flag);
		}
		else if (value instanceof BigDecimal number) {
			BigDecimal stripped = number.stripTrailingZeros();
			json.append((stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(1e21)) < 0)
					? stripped.toBigInteger().toString() : ConfigurationService.GoJson.number(number.doubleValue()));
		}
		else if (value instanceof Number number) {
			json.append(ConfigurationService.GoJson.number(number.doubleValue()));
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				write(json, list.get(i), path);
			}
			json.append(']');
		}
		else if (value instanceof Map<?, ?> map) {
			// Go writes a struct's fields in their order, a map's keys sorted
			boolean goMap = path.startsWith("PluginSettings.Plugins") || path.startsWith("PluginSettings.PluginStates");
			Map<?, ?> ordered = goMap ? new TreeMap<>(map) : map;
			json.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : ordered.entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				String key = (String) entry.getKey();
				json.append(ConfigurationService.GoJson.quote(key)).append(':');
				write(json, entry.getValue(), path.isEmpty() ? key : path + "." + key);
			}
			json.append('}');
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	private static Map<String, Object> stringKeys(Map<?, ?> map) {
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((key, value) -> result.put((String) key, plain(value)));
		return result;
	}

	/** The reader's values as {@link ConfigurationService#pluginConfig} takes them. */
	private static Object plain(Object value) {
		if (value == JsonReader.NULL) {
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			return stringKeys(map);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ServerConfig::plain).toList();
		}
		return value;
	}

	private static Object deepCopy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put((String) key, deepCopy(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(deepCopy(item)));
			return copy;
		}
		return value;
	}

	private static Map<String, Object> deepCopy(Map<String, Object> map) {
		return object(deepCopy((Object) map));
	}

	/** The JSON is no {@code model.Config}: the bridge answers {@code INVALID_ARGUMENT}. */
	static final class UnmarshalException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnmarshalException(String message) {
			super(message, null, false, false);
		}

	}

	/** {@code Config.IsValid} refused the configuration, with this {@code AppError} id. */
	static final class InvalidException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		InvalidException(String id) {
			super(id, null, false, false);
		}

	}

	/**
	 * Reads one JSON text as Go's {@code json.Unmarshal} does: nothing but white space may
	 * follow the value. Objects become insertion-ordered maps, arrays lists, numbers
	 * {@link BigDecimal}s, and {@code null} the {@link #NULL} marker.
	 */
	static final class JsonReader {

		/** JSON's {@code null}. */
		static final Object NULL = new Object();

		private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

		private final String text;

		private int at;

		private JsonReader(String text) {
			this.text = text;
		}

		/**
		 * Reads a text.
		 * @param text the text
		 * @return the value
		 * @throws IllegalArgumentException when the text is not one JSON value, with Go's
		 * wording where it is known
		 */
		static Object read(String text) {
			JsonReader reader = new JsonReader(text);
			if (reader.skipSpace() >= text.length()) {
				throw new IllegalArgumentException("unexpected end of JSON input");
			}
			Object value;
			try {
				value = reader.value();
			}
			catch (StringIndexOutOfBoundsException ex) {
				throw new IllegalArgumentException("unexpected end of JSON input");
			}
			if (reader.skipSpace() < text.length()) {
				throw reader.unexpected("after top-level value");
			}
			return value;
		}

		private Object value() {
			skipSpace();
			char c = this.text.charAt(this.at);
			switch (c) {
				case '{' -> {
					return object();
				}
				case '[' -> {
					return array();
				}
				case '"' -> {
					return string();
				}
				default -> {
					for (Map.Entry<String, Object> literal : Map.of("true", (Object) Boolean.TRUE, "false",
							Boolean.FALSE, "null", NULL).entrySet()) {
						if (this.text.startsWith(literal.getKey(), this.at)) {
							this.at += literal.getKey().length();
							return literal.getValue();
						}
					}
					int start = this.at;
					while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
						this.at++;
					}
					String number = this.text.substring(start, this.at);
					if (number.isEmpty() || !NUMBER.matcher(number).matches()) {
						this.at = start;
						throw unexpected("looking for beginning of value");
					}
					return new BigDecimal(number);
				}
			}
		}

		private Map<String, Object> object() {
			this.at++;
			Map<String, Object> map = new LinkedHashMap<>();
			if (this.text.charAt(skipSpace()) == '}') {
				this.at++;
				return map;
			}
			while (true) {
				if (this.text.charAt(skipSpace()) != '"') {
					throw unexpected("looking for beginning of object key string");
				}
				String key = string();
				if (this.text.charAt(skipSpace()) != ':') {
					throw unexpected("after object key");
				}
				this.at++;
				map.put(key, value());
				char next = this.text.charAt(skipSpace());
				this.at++;
				if (next == '}') {
					return map;
				}
				if (next != ',') {
					this.at--;
					throw unexpected("after object key:value pair");
				}
			}
		}

		private List<Object> array() {
			this.at++;
			List<Object> list = new ArrayList<>();
			if (this.text.charAt(skipSpace()) == ']') {
				this.at++;
				return list;
			}
			while (true) {
				list.add(value());
				char next = this.text.charAt(skipSpace());
				this.at++;
				if (next == ']') {
					return list;
				}
				if (next != ',') {
					this.at--;
					throw unexpected("after array element");
				}
			}
		}

		private String string() {
			this.at++;
			StringBuilder value = new StringBuilder();
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return value.toString();
				}
				if (c < 0x20) {
					this.at--;
					throw unexpected("in string literal");
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
						String hex = this.text.substring(this.at, this.at + 4);
						if (!hex.matches("[0-9A-Fa-f]{4}")) {
							throw unexpected("in \\u hexadecimal character escape");
						}
						value.append((char) Integer.parseInt(hex, 16));
						this.at += 4;
					}
					default -> {
						this.at--;
						throw unexpected("in string escape code");
					}
				}
			}
		}

		private IllegalArgumentException unexpected(String context) {
			char c = this.text.charAt(this.at);
			String shown = (c == '\'') ? "'\\''" : (c == '"') ? "'\"'" : "'" + c + "'";
			return new IllegalArgumentException("invalid character " + shown + " " + context);
		}

		private int skipSpace() {
			while (this.at < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.at)) >= 0) {
				this.at++;
			}
			return this.at;
		}

	}

}

package dev.pluginkit.mattermost.test.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.protobuf.ByteString;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.pluginapi.v1.GetConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetLicenseRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetLicenseResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUnsanitizedConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUnsanitizedConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LoadPluginConfigurationRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LoadPluginConfigurationResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SaveConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SaveConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SavePluginConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SavePluginConfigResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server's part for the server configuration, this plugin's settings and the
 * licence.
 *
 * <p>The server configuration is a small, realistic {@code model.Config} as Go's
 * {@code json.Marshal} writes it, with this plugin's stored settings under
 * {@code PluginSettings.Plugins.<plugin id>}; {@code GetConfig} masks its secrets with
 * the server's {@code model.FakeSetting} (32 asterisks), {@code GetUnsanitizedConfig} does
 * not. {@code SaveConfig} replaces it as the server does (see {@link ServerConfig}), this
 * plugin's settings included. This plugin's settings are {@link FakeData#pluginConfig}: {@code SavePluginConfig}
 * replaces them, {@code GetPluginConfig} answers them as stored, and
 * {@code LoadPluginConfiguration} answers them as the server does for a plugin whose
 * manifest declares no settings schema: a JSON object with every key lower-cased, keys
 * sorted. No licence is installed unless one is set: {@code GetLicense} then answers empty
 * bytes, as the server's bridge does for a {@code nil} licence.
 *
 * <p>Not modelled: the {@code OnConfigurationChange} hook that saving fires, manifest
 * defaults and masking of secret plugin settings.
 */
public final class ConfigurationService implements PluginAPIGrpc.AsyncService {

	/**
	 * The id of the plugin this server talks to: the owner of the bots it creates and the key
	 * of its settings in the configuration.
	 */
	public static final String PLUGIN_ID = "com.example.plugin";

	/** The server's {@code model.FakeSetting}: 32 asterisks. */
	public static final String FAKE_SETTING = "*".repeat(32);

	/**
	 * The message of the server's {@code app.save_config.app_error}. The English text could
	 * not be confirmed in the server's translations.
	 */
	private static final String SAVE_CONFIG_MESSAGE = "An error occurred saving the configuration.";

	private final FakeData data;

	/**
	 * Creates the part over the server's data.
	 * @param data the shared data
	 */
	public ConfigurationService(FakeData data) {
		this.data = data;
	}

	/**
	 * Converts plugin settings given as plain Java values into the form
	 * {@link FakeData#pluginConfig} holds.
	 * @param settings the settings: maps with string keys, lists, strings, numbers, booleans
	 * and {@code null}s
	 * @return the settings as a struct
	 * @throws IllegalArgumentException for a value of any other type
	 */
	public static Struct pluginConfig(Map<String, ?> settings) {
		Struct.Builder struct = Struct.newBuilder();
		settings.forEach((key, value) -> struct.putFields(key, toValue(value)));
		return struct.build();
	}

	@Override
	public void getConfig(GetConfigRequest request, StreamObserver<GetConfigResponse> responseObserver) {
		responseObserver.onNext(GetConfigResponse.newBuilder().setConfigJson(config(true)).build());
		responseObserver.onCompleted();
	}

	@Override
	public void getUnsanitizedConfig(GetUnsanitizedConfigRequest request,
			StreamObserver<GetUnsanitizedConfigResponse> responseObserver) {
		responseObserver.onNext(GetUnsanitizedConfigResponse.newBuilder().setConfigJson(config(false)).build());
		responseObserver.onCompleted();
	}

	/**
	 * Saves the server configuration as the bridge's {@code SaveConfig} handler and
	 * {@code PlatformService.SaveConfig} do: no JSON, or JSON that is no
	 * {@code model.Config}, is {@code INVALID_ARGUMENT} from the bridge; a configuration
	 * that {@code Config.IsValid} refuses is {@code app.save_config.app_error}, HTTP 500,
	 * whose answer does not say which setting was refused (the server wraps the reason
	 * into the error's detail, which the bridge does not send).
	 */
	@Override
	public void saveConfig(SaveConfigRequest request, StreamObserver<SaveConfigResponse> responseObserver) {
		if (request.getConfigJson().isEmpty()) {
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("config_json is required").asRuntimeException());
			return;
		}
		try {
			synchronized (this.data.lock()) {
				serverConfig().save(request.getConfigJson().toStringUtf8(), this.data);
			}
		}
		catch (ServerConfig.UnmarshalException ex) {
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("failed to unmarshal config: " + ex.getMessage())
				.asRuntimeException());
			return;
		}
		catch (ServerConfig.InvalidException ex) {
			responseObserver.onError(ServerErrors.status(500, "app.save_config.app_error", SAVE_CONFIG_MESSAGE));
			return;
		}
		responseObserver.onNext(SaveConfigResponse.getDefaultInstance());
		responseObserver.onCompleted();
	}

	@Override
	public void getPluginConfig(GetPluginConfigRequest request,
			StreamObserver<GetPluginConfigResponse> responseObserver) {
		responseObserver.onNext(GetPluginConfigResponse.newBuilder().setConfig(this.data.pluginConfig).build());
		responseObserver.onCompleted();
	}

	@Override
	public void savePluginConfig(SavePluginConfigRequest request,
			StreamObserver<SavePluginConfigResponse> responseObserver) {
		if (!request.hasConfig()) {
			// the bridge's own check, a bare status without an AppError id
			responseObserver.onError(Status.INVALID_ARGUMENT.withDescription("config is required").asRuntimeException());
			return;
		}
		this.data.pluginConfig = request.getConfig();
		responseObserver.onNext(SavePluginConfigResponse.getDefaultInstance());
		responseObserver.onCompleted();
	}

	@Override
	public void loadPluginConfiguration(LoadPluginConfigurationRequest request,
			StreamObserver<LoadPluginConfigurationResponse> responseObserver) {
		Map<String, Value> lowerCased = new TreeMap<>();
		this.data.pluginConfig.getFieldsMap()
			.forEach((key, value) -> lowerCased.put(key.toLowerCase(Locale.ROOT), value));
		StringBuilder json = new StringBuilder();
		GoJson.writeObject(json, lowerCased);
		responseObserver.onNext(LoadPluginConfigurationResponse.newBuilder()
			.setConfigJson(ByteString.copyFromUtf8(json.toString()))
			.build());
		responseObserver.onCompleted();
	}

	@Override
	public void getLicense(GetLicenseRequest request, StreamObserver<GetLicenseResponse> responseObserver) {
		responseObserver.onNext(GetLicenseResponse.newBuilder().setLicenseJson(this.data.licenseJson).build());
		responseObserver.onCompleted();
	}

	private ByteString config(boolean sanitized) {
		synchronized (this.data.lock()) {
			return ByteString.copyFrom(serverConfig().json(this.data.pluginConfig, sanitized), StandardCharsets.UTF_8);
		}
	}

	private ServerConfig serverConfig() {
		return serverConfig(this.data);
	}

	/**
	 * Returns the server configuration of the data, the defaults until a plugin saved one.
	 * @param data the server's data
	 * @return the configuration
	 */
	static ServerConfig serverConfig(FakeData data) {
		return data.partState(ServerConfig.class, ServerConfig::new);
	}

	private static Value toValue(Object value) {
		if (value == null) {
			return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
		}
		if (value instanceof String text) {
			return Value.newBuilder().setStringValue(text).build();
		}
		if (value instanceof Boolean flag) {
			return Value.newBuilder().setBoolValue(flag).build();
		}
		if (value instanceof Number number) {
			return Value.newBuilder().setNumberValue(number.doubleValue()).build();
		}
		if (value instanceof Map<?, ?> map) {
			Struct.Builder struct = Struct.newBuilder();
			map.forEach((key, item) -> {
				if (!(key instanceof String name)) {
					throw new IllegalArgumentException("Map keys must be strings, but found " + key);
				}
				struct.putFields(name, toValue(item));
			});
			return Value.newBuilder().setStructValue(struct).build();
		}
		if (value instanceof Iterable<?> items) {
			ListValue.Builder list = ListValue.newBuilder();
			items.forEach((item) -> list.addValues(toValue(item)));
			return Value.newBuilder().setListValue(list).build();
		}
		throw new IllegalArgumentException("Unsupported setting value of " + value.getClass().getName());
	}

	/**
	 * Writes JSON as Go's {@code encoding/json} marshals a {@code map[string]interface{}}: map
	 * keys sorted, no spaces, {@code <}, {@code >} and {@code &} escaped, numbers in Go's
	 * {@code float64} format.
	 */
	static final class GoJson {

		private GoJson() {
		}

		static void writeObject(StringBuilder json, Map<String, Value> fields) {
			json.append('{');
			boolean first = true;
			for (Map.Entry<String, Value> field : new TreeMap<>(fields).entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				json.append(quote(field.getKey())).append(':');
				writeValue(json, field.getValue());
			}
			json.append('}');
		}

		static void writeValue(StringBuilder json, Value value) {
			switch (value.getKindCase()) {
				case NULL_VALUE, KIND_NOT_SET -> json.append("null");
				case BOOL_VALUE -> json.append(value.getBoolValue());
				case NUMBER_VALUE -> json.append(number(value.getNumberValue()));
				case STRING_VALUE -> json.append(quote(value.getStringValue()));
				case STRUCT_VALUE -> writeObject(json, value.getStructValue().getFieldsMap());
				case LIST_VALUE -> {
					json.append('[');
					boolean first = true;
					for (Value item : value.getListValue().getValuesList()) {
						if (!first) {
							json.append(',');
						}
						first = false;
						writeValue(json, item);
					}
					json.append(']');
				}
			}
		}

		static String number(double number) {
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				// Go's json.Marshal refuses these; structpb cannot carry them from JSON anyway
				return "null";
			}
			if (number == 0) {
				return "0";
			}
			BigDecimal decimal = new BigDecimal(Double.toString(number)).stripTrailingZeros();
			double abs = Math.abs(number);
			if (abs >= 1e-6 && abs < 1e21) {
				return decimal.toPlainString();
			}
			String digits = decimal.unscaledValue().abs().toString();
			int exponent = digits.length() - 1 - decimal.scale();
			String mantissa = (digits.length() > 1) ? digits.charAt(0) + "." + digits.substring(1) : digits;
			return ((number < 0) ? "-" : "") + mantissa + "e" + ((exponent < 0) ? "-" : "+") + Math.abs(exponent);
		}

		static String quote(String text) {
			StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '"' -> quoted.append("\\\"");
					case '\\' -> quoted.append("\\\\");
					case '\n' -> quoted.append("\\n");
					case '\r' -> quoted.append("\\r");
					case '\t' -> quoted.append("\\t");
					case '<', '>', '&', '\u2028', '\u2029' -> quoted.append(String.format("\\u%04x", (int) c));
					default -> {
						if (c < 0x20) {
							quoted.append(String.format("\\u%04x", (int) c));
						}
						else {
							quoted.append(c);
						}
					}
				}
			}
			return quoted.append('"').toString();
		}

	}

}

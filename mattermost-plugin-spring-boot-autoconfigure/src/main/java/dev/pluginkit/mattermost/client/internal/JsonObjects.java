package dev.pluginkit.mattermost.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import dev.pluginkit.mattermost.client.PluginApiErrorDetails;
import dev.pluginkit.mattermost.client.PluginApiException;
import io.grpc.Status;

/**
 * Reads and writes the JSON objects that some calls carry as bytes.
 */
final class JsonObjects {

	private static final JsonFormat.Parser PARSER = JsonFormat.parser();

	/**
	 * Writes whole numbers without a fraction: a map read by {@link #parse} holds every
	 * number as a {@code Double}, and the server's Go decoder refuses {@code 50.0} for an
	 * integer setting, so a configuration read, changed and saved must keep {@code 50}.
	 */
	private static final Gson WRITER = new GsonBuilder().serializeNulls()
		.disableHtmlEscaping()
		.registerTypeAdapter(Double.class, (JsonSerializer<Double>) (number, type, context) -> wholeOrNot(number))
		.registerTypeAdapter(Float.class,
				(JsonSerializer<Float>) (number, type, context) -> wholeOrNot(number.doubleValue()))
		.create();

	private JsonObjects() {
	}

	/**
	 * Parses a JSON object sent by the server.
	 * @param json the UTF-8 JSON text
	 * @return the object as plain Java values
	 * @throws PluginApiException when the text is not a JSON object
	 */
	static Map<String, Object> parse(byte[] json) {
		Struct.Builder struct = Struct.newBuilder();
		try {
			PARSER.merge(new String(json, StandardCharsets.UTF_8), struct);
		}
		catch (InvalidProtocolBufferException | RuntimeException ex) {
			throw new PluginApiException(PluginApiErrorDetails.of(Status.Code.INTERNAL, "",
					"the server answered with text that is not a JSON object: " + ex.getMessage()), ex);
		}
		return ProtoValues.toJava(struct.build());
	}

	/**
	 * Writes a map as a JSON object.
	 * @param object the map
	 * @return the UTF-8 JSON text
	 */
	static byte[] write(Map<String, Object> object) {
		try {
			return WRITER.toJson(object).getBytes(StandardCharsets.UTF_8);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The map cannot be written as JSON: " + ex.getMessage(), ex);
		}
	}

	private static JsonElement wholeOrNot(double number) {
		if (number == Math.rint(number) && Math.abs(number) < 0x1p53) {
			return new JsonPrimitive((long) number);
		}
		return new JsonPrimitive(number);
	}

}

package dev.pluginkit.mattermost.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

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

	private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

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
			return PRINTER.print(ProtoValues.toStruct(object)).getBytes(StandardCharsets.UTF_8);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalArgumentException("The map cannot be written as JSON: " + ex.getMessage(), ex);
		}
	}

}

package dev.pluginkit.mattermost.sample;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;

/**
 * The buttons on the bot's greeting ({@link HelloPlugin}). Their action URL is the plugin's
 * own {@value #ACTION_PATH}, under {@code /plugins/{id}}: the server posts each click there
 * through ServeHTTP and updates the post with the answer
 * ({@link SampleHttpEndpoints#buttonClicked}).
 */
final class SampleButton {

	/** Where the button's clicks go, within the plugin. */
	static final String ACTION_PATH = "/button";

	/** The plugin's id, as the bundle's plugin.json gives it. */
	static final String PLUGIN_ID = "dev.pluginkit.sample";

	private SampleButton() {
	}

	/** A message attachment with two buttons whose action URL the plugin serves. */
	static Struct buttons() {
		String url = "/plugins/" + PLUGIN_ID + ACTION_PATH;
		String json = """
				{"attachments": [{"text": "Choose one", "actions": [
				  {"id": "approve", "name": "Approve", "type": "button",
				   "integration": {"url": "%1$s", "context": {"choice": "approved"}}},
				  {"id": "reject", "name": "Reject", "type": "button",
				   "integration": {"url": "%1$s", "context": {"choice": "rejected"}}}]}]}
				""".formatted(url);
		Struct.Builder props = Struct.newBuilder();
		try {
			JsonFormat.parser().merge(json, props);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException("The button attachment is not valid JSON", ex);
		}
		return props.build();
	}

}

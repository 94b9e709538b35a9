package dev.pluginkit.mattermost.autoconfigure.settings.bean;

import java.time.Duration;
import java.util.List;

import dev.pluginkit.mattermost.settings.PluginSettings;
import dev.pluginkit.mattermost.settings.Setting;

/**
 * A JavaBean settings class with a property of each kind the binder converts.
 */
@PluginSettings
public class ModerationSettings {

	/** The word that gets a post rejected. */
	private String forbiddenWord = "spam";

	/** Strikes before a user is muted. */
	private int maxStrikes = 3;

	/** Between two warnings. */
	private Duration coolDown = Duration.ofSeconds(30);

	/** What happens to a post with the word. */
	private Mode mode = Mode.STRICT;

	/** Channels the moderation watches. */
	private List<String> channels = List.of("town-square");

	@Setting(key = "WebhookToken", secret = true)
	private String token = "";

	public String getForbiddenWord() {
		return this.forbiddenWord;
	}

	public void setForbiddenWord(String forbiddenWord) {
		this.forbiddenWord = forbiddenWord;
	}

	public int getMaxStrikes() {
		return this.maxStrikes;
	}

	public void setMaxStrikes(int maxStrikes) {
		this.maxStrikes = maxStrikes;
	}

	public Duration getCoolDown() {
		return this.coolDown;
	}

	public void setCoolDown(Duration coolDown) {
		this.coolDown = coolDown;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public List<String> getChannels() {
		return this.channels;
	}

	public void setChannels(List<String> channels) {
		this.channels = channels;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	/** What the moderation does. */
	public enum Mode {

		/** Reject the post. */
		STRICT,

		/** Only log it. */
		LOG_ONLY

	}

}

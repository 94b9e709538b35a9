package dev.pluginkit.mattermost.sample;

import dev.pluginkit.mattermost.settings.PluginSettings;
import dev.pluginkit.mattermost.settings.Setting;

/**
 * The sample's settings in the System Console (Plugins, Spring Boot sample plugin): the
 * build writes the {@code settings_schema} of its {@code plugin.json} from this class, and
 * the plugin sees an administrator's change at once, through {@code OnConfigurationChange}.
 */
@PluginSettings(header = "Moderation by the Spring Boot sample plugin.")
public class SampleSettings {

	/**
	 * Posts containing this word, in any case, are rejected. Leave it empty to accept every
	 * post.
	 */
	@Setting(displayName = "Forbidden word", placeholder = "spam")
	private String forbiddenWord = "spam";

	/**
	 * Returns the word that gets a post rejected.
	 * @return the forbidden word
	 */
	public String getForbiddenWord() {
		return this.forbiddenWord;
	}

	/**
	 * Sets the word that gets a post rejected.
	 * @param forbiddenWord the forbidden word
	 */
	public void setForbiddenWord(String forbiddenWord) {
		this.forbiddenWord = forbiddenWord;
	}

}

package dev.pluginkit.mattermost.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample plugin, under {@code sample}.
 */
@ConfigurationProperties("sample")
public class SampleProperties {

	/**
	 * The line the plugin writes to the server log on activation, and its bot's greeting.
	 */
	private String greeting = "Sample plugin started";

	/**
	 * The user, by username, whom the plugin's bot greets.
	 */
	private String username = "sample-user";

	/**
	 * The team, by name, of the channel the greeting goes to.
	 */
	private String team = "sample-team";

	/**
	 * The channel, by name, the greeting goes to.
	 */
	private String channel = "town-square";

	/**
	 * The username of the bot the plugin ensures and posts as.
	 */
	private String botUsername = "sample-bot";

	/**
	 * Whether, on the embedded default, to play the server's part once the plugin runs:
	 * activate it, run /hello, post the forbidden word, and shut it down, printing each step.
	 */
	private boolean demo = true;

	/**
	 * Whether to start an in-memory Mattermost server when no Plugin API target is
	 * configured.
	 */
	private boolean embeddedMattermost = true;

	/**
	 * Returns the line written to the server log on start.
	 * @return the greeting
	 */
	public String getGreeting() {
		return this.greeting;
	}

	/**
	 * Sets the line written to the server log on start.
	 * @param greeting the greeting
	 */
	public void setGreeting(String greeting) {
		this.greeting = greeting;
	}

	/**
	 * Returns the username of the user the bot greets.
	 * @return the username
	 */
	public String getUsername() {
		return this.username;
	}

	/**
	 * Sets the username of the user the bot greets.
	 * @param username the username
	 */
	public void setUsername(String username) {
		this.username = username;
	}

	/**
	 * Returns the name of the greeting channel's team.
	 * @return the team name
	 */
	public String getTeam() {
		return this.team;
	}

	/**
	 * Sets the name of the greeting channel's team.
	 * @param team the team name
	 */
	public void setTeam(String team) {
		this.team = team;
	}

	/**
	 * Returns the name of the channel the greeting goes to.
	 * @return the channel name
	 */
	public String getChannel() {
		return this.channel;
	}

	/**
	 * Sets the name of the channel the greeting goes to.
	 * @param channel the channel name
	 */
	public void setChannel(String channel) {
		this.channel = channel;
	}

	/**
	 * Returns the username of the plugin's bot.
	 * @return the bot's username
	 */
	public String getBotUsername() {
		return this.botUsername;
	}

	/**
	 * Sets the username of the plugin's bot.
	 * @param botUsername the bot's username
	 */
	public void setBotUsername(String botUsername) {
		this.botUsername = botUsername;
	}

	/**
	 * Returns whether the demo drives the plugin on the embedded default.
	 * @return whether the demo runs
	 */
	public boolean isDemo() {
		return this.demo;
	}

	/**
	 * Sets whether the demo drives the plugin on the embedded default.
	 * @param demo whether the demo runs
	 */
	public void setDemo(boolean demo) {
		this.demo = demo;
	}

	/**
	 * Returns whether an in-memory server stands in for a missing target.
	 * @return whether the embedded default is on
	 */
	public boolean isEmbeddedMattermost() {
		return this.embeddedMattermost;
	}

	/**
	 * Sets whether an in-memory server stands in for a missing target.
	 * @param embeddedMattermost whether the embedded default is on
	 */
	public void setEmbeddedMattermost(boolean embeddedMattermost) {
		this.embeddedMattermost = embeddedMattermost;
	}

}

package dev.pluginkit.mattermost.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample plugin, under {@code sample}.
 */
@ConfigurationProperties("sample")
public class SampleProperties {

	/**
	 * The line the plugin writes to the server log on start.
	 */
	private String greeting = "Sample plugin started";

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

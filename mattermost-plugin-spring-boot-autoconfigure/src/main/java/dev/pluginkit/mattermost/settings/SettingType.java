package dev.pluginkit.mattermost.settings;

/**
 * The types of a {@code settings_schema} entry that the Mattermost server knows (Go's
 * {@code model.PluginSetting.Type}, checked by {@code convertTypeToPluginSettingType} in
 * {@code server/public/model/manifest.go}), plus {@link #AUTO}.
 */
public enum SettingType {

	/**
	 * From the Java type: {@code boolean} is {@link #BOOL}, a number {@link #NUMBER}, an enum
	 * {@link #DROPDOWN} with its constants as options, anything else {@link #TEXT}.
	 */
	AUTO(""),

	/** A true or false switch. */
	BOOL("bool"),

	/** A choice from a list; for an enum property, its constants. */
	DROPDOWN("dropdown"),

	/** A random string the server generates, with a "Regenerate" button. */
	GENERATED("generated"),

	/** A choice from a few options, as radio buttons; for an enum property, its constants. */
	RADIO("radio"),

	/** One line of text. */
	TEXT("text"),

	/** Several lines of text. */
	LONGTEXT("longtext"),

	/** An integer. */
	NUMBER("number"),

	/** A username, with autocompletion. */
	USERNAME("username"),

	/** A component the plugin's web app registers. */
	CUSTOM("custom");

	private final String manifestName;

	SettingType(String manifestName) {
		this.manifestName = manifestName;
	}

	/**
	 * The type's name in {@code plugin.json}.
	 * @return the name, empty for {@link #AUTO}
	 */
	public String manifestName() {
		return this.manifestName;
	}

}

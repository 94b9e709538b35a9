package dev.pluginkit.mattermost.interactive;

/**
 * One option of a message menu: the server's {@code PostActionOptions}
 * ({@code server/public/model/integration_action.go}), which requires both.
 *
 * @param text what the user sees
 * @param value what the plugin receives as {@code selected_option}
 */
public record MenuOption(String text, String value) {

	/**
	 * Creates the option.
	 * @throws IllegalArgumentException when the text or the value is empty
	 */
	public MenuOption {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("A menu option needs a text (value '" + value + "')");
		}
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("The menu option '" + text + "' needs a value");
		}
	}

	/**
	 * Creates an option.
	 * @param text what the user sees
	 * @param value what the plugin receives
	 * @return the option
	 */
	public static MenuOption of(String text, String value) {
		return new MenuOption(text, value);
	}

}

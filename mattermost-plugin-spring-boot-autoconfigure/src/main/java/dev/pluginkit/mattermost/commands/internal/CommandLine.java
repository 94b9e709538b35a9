package dev.pluginkit.mattermost.commands.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A slash command's text split into words as a shell would, roughly: on whitespace, with
 * double quotes keeping a phrase together, and each word's place in the text kept so that an
 * argument can take the rest of the text as typed.
 *
 * @param trigger the first word without its slash, lower-cased as the server keeps triggers
 * @param words the words after the trigger
 * @param text the whole text
 */
record CommandLine(String trigger, List<Word> words, String text) {

	/**
	 * A word of the text.
	 * @param value the word, without its quotes
	 * @param start where it starts in the text, quote included
	 */
	record Word(String value, int start) {

	}

	static CommandLine parse(String text) {
		List<Word> words = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			while (i < length && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i >= length) {
				break;
			}
			int start = i;
			StringBuilder word = new StringBuilder();
			boolean quoted = false;
			while (i < length && (quoted || !Character.isWhitespace(text.charAt(i)))) {
				char c = text.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else {
					word.append(c);
				}
				i++;
			}
			words.add(new Word(word.toString(), start));
		}
		String trigger = "";
		if (!words.isEmpty()) {
			String first = words.remove(0).value();
			trigger = (first.startsWith("/") ? first.substring(1) : first).toLowerCase(Locale.ROOT);
		}
		return new CommandLine(trigger, List.copyOf(words), text);
	}

	/** The text from a word on, as typed. */
	String rest(Word from) {
		return this.text.substring(from.start()).strip();
	}

}

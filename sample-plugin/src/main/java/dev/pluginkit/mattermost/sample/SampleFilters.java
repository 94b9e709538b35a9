package dev.pluginkit.mattermost.sample;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.hooks.MessageFilter;
import dev.pluginkit.mattermost.hooks.Verdict;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two message filters, a chain over every new and edited post: the first spells out chat
 * shorthand, the second rejects posts with the forbidden word (a plugin setting,
 * {@link SampleSettings}), as spelled out: with forbidden word {@code back}, {@code brb} is
 * rejected.
 */
@Component
class SampleFilters {

	private static final Map<String, String> SHORTHAND = Map.of("brb", "be right back", "afk", "away from keyboard",
			"imo", "in my opinion");

	private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", SHORTHAND.keySet()) + ")\\b",
			Pattern.CASE_INSENSITIVE);

	// Always the current settings: the bean hands each call to the values last loaded.
	private final SampleSettings settings;

	SampleFilters(SampleSettings settings) {
		this.settings = settings;
	}

	@MessageFilter
	@Order(1)
	Post spellOutShorthand(Post post) {
		Matcher matcher = WORD.matcher(post.getMessage());
		if (!matcher.find()) {
			return post;
		}
		String message = matcher.replaceAll((match) -> SHORTHAND.get(match.group(1).toLowerCase(Locale.ROOT)));
		return post.toBuilder().setMessage(message).build();
	}

	@MessageFilter
	@Order(2)
	Verdict<Post> moderate(Post post) {
		String forbidden = this.settings.getForbiddenWord();
		if (forbidden != null && !forbidden.isBlank()
				&& post.getMessage().toLowerCase(Locale.ROOT).contains(forbidden.toLowerCase(Locale.ROOT))) {
			return Verdict.reject("Posts mentioning \"" + forbidden + "\" are not allowed here.");
		}
		return Verdict.allow();
	}

}

package dev.pluginkit.mattermost.autoconfigure.settings.record;

import dev.pluginkit.mattermost.settings.PluginSettings;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A record settings class, bound through its constructor.
 *
 * @param greeting the bot's greeting
 * @param repeat how often it greets
 */
@PluginSettings
public record GreetingSettings(@DefaultValue("Hello") String greeting, @DefaultValue("1") int repeat) {
}

package dev.pluginkit.mattermost.autoconfigure.settings.validated;

import dev.pluginkit.mattermost.settings.PluginSettings;
import dev.pluginkit.mattermost.settings.Setting;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;

/**
 * A record validated with Bean Validation.
 *
 * @param forbiddenWord the word that gets a post rejected
 * @param maxStrikes strikes before a user is muted
 * @param apiKey a key for another service
 */
@PluginSettings
@Validated
public record ValidatedSettings(@NotBlank String forbiddenWord, @Min(1) Integer maxStrikes,
		@Setting(key = "ApiKey", secret = true) @Size(min = 8) String apiKey) {
}

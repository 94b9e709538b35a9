package dev.pluginkit.mattermost.autoconfigure.commands;

import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.commands.SlashCommand;
import dev.pluginkit.mattermost.commands.internal.SlashCommandArgumentResolver;
import dev.pluginkit.mattermost.commands.internal.SlashCommandCatalog;
import dev.pluginkit.mattermost.commands.internal.SlashCommandHandlers;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import io.grpc.BindableService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;

/**
 * {@link SlashCommand @SlashCommand} handlers: the catalog of commands their conditions fill,
 * the binding of their parameters from the command text, and their registration at
 * activation. Arguments convert as configuration properties do ({@code 30m} to a
 * {@code Duration}, enum names in any case).
 */
@AutoConfiguration(after = PluginHooksAutoConfiguration.class)
@ConditionalOnClass({ PluginHooksGrpc.class, BindableService.class })
public class SlashCommandAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SlashCommandCatalog mattermostSlashCommandCatalog() {
		return new SlashCommandCatalog(ApplicationConversionService.getSharedInstance());
	}

	@Bean
	@ConditionalOnMissingBean
	SlashCommandArgumentResolver mattermostSlashCommandArgumentResolver(SlashCommandCatalog catalog,
			ObjectProvider<PluginAPIClient> client) {
		return new SlashCommandArgumentResolver(catalog, client);
	}

	@Bean
	@ConditionalOnMissingBean
	SlashCommandHandlers mattermostSlashCommandHandlers(SlashCommandCatalog catalog,
			ObjectProvider<PluginAPIClient> client) {
		return new SlashCommandHandlers(catalog, client);
	}

}

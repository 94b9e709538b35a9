package dev.pluginkit.mattermost.autoconfigure.settings;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.settings.PluginSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Auto-configures typed plugin settings: every {@link PluginSettings @PluginSettings} class
 * of the application's packages is bound from the plugin's System Console settings,
 * reloaded on {@code OnConfigurationChange} and injectable (see {@link PluginSettings}).
 */
@AutoConfiguration(after = { PluginApiClientAutoConfiguration.class, ValidationAutoConfiguration.class })
@Import(PluginSettingsRegistrar.class)
public class PluginSettingsAutoConfiguration {

	/**
	 * The binder; {@code @Validated} settings classes are validated with the context's Bean
	 * Validation validator (a {@link SpringValidatorAdapter}, such as the
	 * {@code LocalValidatorFactoryBean} Spring Boot provides when
	 * {@code spring-boot-starter-validation} is on the class path), when it has one. Other
	 * {@link Validator} beans validate one type of their own, as
	 * {@code @ConfigurationProperties} classes do, and are not meant.
	 * @param validators the context's validators
	 * @return the binder
	 */
	@Bean
	@ConditionalOnMissingBean
	PluginSettingsBinder mattermostPluginSettingsBinder(ObjectProvider<Validator> validators) {
		return new PluginSettingsBinder(validators.orderedStream()
			.filter(SpringValidatorAdapter.class::isInstance)
			.findFirst()
			.orElse(null));
	}

}

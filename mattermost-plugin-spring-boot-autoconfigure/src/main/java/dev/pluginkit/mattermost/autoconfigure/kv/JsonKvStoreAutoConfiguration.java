package dev.pluginkit.mattermost.autoconfigure.kv;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.kv.GoJson;
import dev.pluginkit.mattermost.kv.JsonKvStore;
import dev.pluginkit.mattermost.kv.KvUpdateRetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures the typed {@link JsonKvStore} over the Plugin API client. Its JSON is
 * written by a copy of the application's {@link ObjectMapper} made to write as Go does
 * ({@link GoJson#mapper(ObjectMapper)}); the application's own mapper is not changed.
 */
@AutoConfiguration(after = { PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass({ ObjectMapper.class, JsonKvStore.class })
@ConditionalOnBean(PluginAPIClient.class)
@EnableConfigurationProperties(JsonKvStoreProperties.class)
public class JsonKvStoreAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	JsonKvStore jsonKvStore(PluginAPIClient client, ObjectProvider<ObjectMapper> objectMapper,
			JsonKvStoreProperties properties) {
		ObjectMapper base = objectMapper.getIfUnique(ObjectMapper::new);
		return JsonKvStore.create(client, GoJson.mapper(base),
				new KvUpdateRetry(properties.getUpdateAttempts(), properties.getUpdateBackoff()));
	}

}

package dev.pluginkit.mattermost.autoconfigure.interactive;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.interactive.DialogSubmission;
import dev.pluginkit.mattermost.interactive.InteractiveMessages;
import dev.pluginkit.mattermost.interactive.PostAction;
import dev.pluginkit.mattermost.interactive.internal.DefaultInteractiveMessages;
import dev.pluginkit.mattermost.interactive.internal.InteractiveEndpoint;
import dev.pluginkit.mattermost.interactive.internal.InteractiveHandlerRegistry;
import dev.pluginkit.mattermost.kv.GoJson;
import jakarta.servlet.Servlet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Message buttons, menus and interactive dialogs: finds the {@link PostAction} and
 * {@link DialogSubmission} methods of the application's beans, serves them with Spring MVC
 * (through ServeHTTP when the plugin runs in the server) at
 * {@code mattermost.plugin.interactive.path}, and offers {@link InteractiveMessages} to build
 * posts and open dialogs that point at them. Without Spring MVC or Jackson the handlers cannot
 * be served, and an application that has some fails to start, saying what to add.
 */
@AutoConfiguration(after = { PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@EnableConfigurationProperties(InteractiveProperties.class)
public class InteractiveAutoConfiguration {

	@Bean
	static InteractiveHandlerRegistry mattermostInteractiveHandlers() {
		return new InteractiveHandlerRegistry();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(PluginAPIClient.class)
	InteractiveMessages interactiveMessages(PluginAPIClient client, InteractiveHandlerRegistry handlers,
			InteractiveProperties properties) {
		return new DefaultInteractiveMessages(client, handlers, properties.getPath(), properties.getPluginId());
	}

	/**
	 * The endpoint, when the application has Spring MVC and Jackson.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ DispatcherServlet.class, Servlet.class, ObjectMapper.class })
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class EndpointConfiguration {

		@Bean(InteractiveHandlerRegistry.ENDPOINT_BEAN_NAME)
		InteractiveEndpoint mattermostInteractiveEndpoint(InteractiveHandlerRegistry handlers,
				ObjectProvider<ObjectMapper> objectMapper, InteractiveProperties properties) {
			// A copy of the application's mapper, with its modules for the context and
			// submission types, that reads and writes JSON as the server's Go code does.
			ObjectMapper mapper = GoJson.mapper(objectMapper.getIfUnique(ObjectMapper::new));
			return new InteractiveEndpoint(handlers, mapper, properties.getPath());
		}

		@Bean
		RouterFunction<ServerResponse> mattermostInteractiveRoutes(InteractiveEndpoint endpoint) {
			return endpoint.routes();
		}

	}

}

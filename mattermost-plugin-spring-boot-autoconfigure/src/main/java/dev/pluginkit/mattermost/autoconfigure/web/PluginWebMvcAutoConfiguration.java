package dev.pluginkit.mattermost.autoconfigure.web;

import java.util.List;

import dev.pluginkit.mattermost.web.MattermostUserId;
import dev.pluginkit.mattermost.web.RequireMattermostUser;
import dev.pluginkit.mattermost.web.internal.MattermostArgumentResolver;
import dev.pluginkit.mattermost.web.internal.RequireMattermostUserInterceptor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Teaches Spring MVC who is calling a plugin: {@link MattermostUserId} and
 * {@code MattermostPluginId} parameters, {@code PluginContext} parameters, and the 401 for
 * {@link RequireMattermostUser} handlers and for the paths in
 * {@code mattermost.plugin.http.require-user}. It applies whether requests come through
 * ServeHTTP or, outside the server, through an ordinary web server.
 */
@AutoConfiguration
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PluginHttpProperties.class)
public class PluginWebMvcAutoConfiguration {

	@Bean
	WebMvcConfigurer mattermostPluginWebMvcConfigurer(PluginHttpProperties properties) {
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new MattermostArgumentResolver());
			}

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new RequireMattermostUserInterceptor(false));
				if (!properties.getRequireUser().isEmpty()) {
					registry.addInterceptor(new RequireMattermostUserInterceptor(true))
						.addPathPatterns(properties.getRequireUser());
				}
			}

		};
	}

}

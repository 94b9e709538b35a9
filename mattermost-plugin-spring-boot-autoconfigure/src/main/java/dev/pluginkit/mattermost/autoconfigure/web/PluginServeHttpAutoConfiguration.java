package dev.pluginkit.mattermost.autoconfigure.web;

import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.web.ServeHttpHandler;
import dev.pluginkit.mattermost.web.internal.ServeHttpWebServer;
import dev.pluginkit.mattermost.web.internal.ServeHttpWebServerFactory;
import jakarta.servlet.Servlet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.server.ServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Serves ServeHTTP with the application's Spring MVC when the plugin runtime runs and the
 * application is a servlet web application: a {@link ServeHttpWebServerFactory} stands in
 * for Tomcat, Jetty or Undertow and opens no port, and the {@link ServeHttpHandler} hands
 * each stream to the web server it made. The plugin's {@code Implemented} answer then lists
 * ServeHTTP. The portless web server also stands in when the runtime is off but no embedded
 * container is on the class path, so that such a plugin still starts outside the server.
 */
@AutoConfiguration(before = ServletWebServerFactoryAutoConfiguration.class)
@ConditionalOnClass({ DispatcherServlet.class, Servlet.class, PluginHooksGrpc.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(OnPortlessWebServerCondition.class)
@EnableConfigurationProperties(PluginHttpProperties.class)
public class PluginServeHttpAutoConfiguration {

	/**
	 * The name of an {@link AsyncTaskExecutor} bean to run the plugin's HTTP requests on
	 * instead of a pool of {@code mattermost.plugin.http.executor.threads} threads.
	 */
	public static final String HTTP_EXECUTOR_BEAN_NAME = "mattermostPluginHttpExecutor";

	@Bean
	@ConditionalOnMissingBean(ServletWebServerFactory.class)
	ServeHttpWebServerFactory mattermostPluginWebServerFactory(PluginHttpProperties properties,
			@Qualifier(HTTP_EXECUTOR_BEAN_NAME) ObjectProvider<AsyncTaskExecutor> executor) {
		AsyncTaskExecutor userExecutor = executor.getIfAvailable();
		int bufferSize = (int) properties.getResponseBufferSize().toBytes();
		if (userExecutor != null) {
			ServeHttpWebServerFactory factory = new ServeHttpWebServerFactory(userExecutor, bufferSize);
			factory.setFlushDelay(properties.getFlushDelay());
			return factory;
		}
		// Not a bean, so that Spring Boot's applicationTaskExecutor does not back off; the
		// factory shuts it down when the context closes.
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setThreadNamePrefix("mattermost-http-");
		pool.setCorePoolSize(properties.getExecutor().getThreads());
		pool.setMaxPoolSize(properties.getExecutor().getThreads());
		pool.setAllowCoreThreadTimeOut(true);
		pool.initialize();
		ServeHttpWebServerFactory factory = new ServeHttpWebServerFactory(pool, bufferSize);
		factory.setFlushDelay(properties.getFlushDelay());
		factory.setOnDestroy(pool::shutdown);
		return factory;
	}

	@Bean
	@ConditionalOnBean(ServeHttpWebServerFactory.class)
	@ConditionalOnMissingBean
	ServeHttpHandler mattermostPluginServeHttpHandler(ServeHttpWebServerFactory factory) {
		return (responses) -> {
			ServeHttpWebServer server = factory.webServer();
			return (server != null) ? server.serve(responses) : ServeHttpWebServer.refuse(responses,
					"The plugin's web server has not been created: the application "
					+ "context is not a servlet web server context (in a @SpringBootTest, use webEnvironment = "
					+ "RANDOM_PORT or DEFINED_PORT; the plugin's web server opens no port either way)");
		};
	}

}

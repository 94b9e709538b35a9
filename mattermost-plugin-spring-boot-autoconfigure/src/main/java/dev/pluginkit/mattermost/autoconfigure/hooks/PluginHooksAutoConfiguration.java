package dev.pluginkit.mattermost.autoconfigure.hooks;

import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookHandlerMethodFactory;
import dev.pluginkit.mattermost.hooks.HookHandlerSource;
import dev.pluginkit.mattermost.hooks.HookReturnValueHandler;
import dev.pluginkit.mattermost.hooks.PluginHooksOptions;
import dev.pluginkit.mattermost.hooks.internal.DefaultHookHandlerMethodFactory;
import dev.pluginkit.mattermost.hooks.internal.HookDispatcher;
import dev.pluginkit.mattermost.hooks.internal.HookHandlerRegistry;
import dev.pluginkit.mattermost.hooks.internal.PluginHooksService;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.web.ServeHttpHandler;
import io.grpc.BindableService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Auto-configures the plugin's {@code PluginHooks} service: the dispatch table of the
 * context's {@code @PluginHook} methods, the dispatcher that runs their calls on a pool of
 * its own, and the service itself as a {@link BindableService} bean for the plugin's gRPC
 * server to serve.
 */
@AutoConfiguration
@ConditionalOnClass({ PluginHooksGrpc.class, BindableService.class })
@EnableConfigurationProperties(PluginHooksProperties.class)
public class PluginHooksAutoConfiguration {

	/**
	 * The name of an {@link AsyncTaskExecutor} bean to run hook handlers on instead of the
	 * dispatcher's own pool of {@code mattermost.plugin.hooks.executor.threads} threads.
	 */
	public static final String HOOK_EXECUTOR_BEAN_NAME = "mattermostPluginHookExecutor";

	@Bean
	@ConditionalOnMissingBean
	PluginHooksOptions mattermostPluginHooksOptions(PluginHooksProperties properties) {
		return PluginHooksOptions.defaults()
			.withTimeout(properties.getTimeout())
			.withVetoFailurePolicy(properties.getVetoFailure())
			.withVetoFailureReason(properties.getVetoFailureReason());
	}

	@Bean
	@ConditionalOnMissingBean
	HookHandlerMethodFactory mattermostPluginHookHandlerMethodFactory(ObjectProvider<HookArgumentResolver> resolvers,
			ObjectProvider<HookReturnValueHandler> returnValueHandlers, AutowireCapableBeanFactory beanFactory) {
		return new DefaultHookHandlerMethodFactory(resolvers.orderedStream().toList(),
				returnValueHandlers.orderedStream().toList(), beanFactory::createBean);
	}

	@Bean
	@ConditionalOnMissingBean
	HookHandlerRegistry mattermostPluginHookHandlerRegistry(ObjectProvider<HookArgumentResolver> resolvers,
			ObjectProvider<HookReturnValueHandler> returnValueHandlers, ObjectProvider<HookHandlerMethodFactory> factory,
			ObjectProvider<HookHandlerSource> sources) {
		return new HookHandlerRegistry(resolvers, returnValueHandlers, factory, sources);
	}

	@Bean
	@ConditionalOnMissingBean
	HookDispatcher mattermostPluginHookDispatcher(HookHandlerRegistry registry, ApplicationEventPublisher events,
			@Qualifier(HOOK_EXECUTOR_BEAN_NAME) ObjectProvider<AsyncTaskExecutor> executor, PluginHooksOptions options,
			PluginHooksProperties properties) {
		AsyncTaskExecutor userExecutor = executor.getIfAvailable();
		if (userExecutor != null) {
			return new HookDispatcher(registry, events, userExecutor, options);
		}
		// Not a bean: an Executor bean would make Spring Boot's applicationTaskExecutor back off.
		// Nor does it hear ContextClosedEvent or take part in the lifecycle stop: it runs until
		// the dispatcher closes, has answered every call in flight, and only then shuts it down.
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setThreadNamePrefix("mattermost-hook-");
		pool.setCorePoolSize(properties.getExecutor().getThreads());
		pool.setMaxPoolSize(properties.getExecutor().getThreads());
		pool.setAllowCoreThreadTimeOut(true);
		pool.initialize();
		return new HookDispatcher(registry, events, pool, options, pool::shutdown);
	}

	@Bean
	@ConditionalOnMissingBean
	PluginHooksService pluginHooksService(HookDispatcher dispatcher, ObjectProvider<ServeHttpHandler> serveHttp) {
		ServeHttpHandler handler = serveHttp.getIfUnique();
		return (handler != null) ? new PluginHooksService(dispatcher, handler) : new PluginHooksService(dispatcher);
	}

}

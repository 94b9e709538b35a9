package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.pluginkit.mattermost.autoconfigure.kv.JsonKvStoreAutoConfiguration;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.cluster.ClusterEvent;
import dev.pluginkit.mattermost.cluster.ClusterEventPublisher;
import dev.pluginkit.mattermost.cluster.ClusterEventReceiver;
import dev.pluginkit.mattermost.cluster.ClusterEventTypes;
import dev.pluginkit.mattermost.cluster.ClusterJobScheduler;
import dev.pluginkit.mattermost.cluster.ClusterLockRegistry;
import dev.pluginkit.mattermost.cluster.ClusterScheduler;
import dev.pluginkit.mattermost.kv.JsonKvStore;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Auto-configures cluster locks ({@link ClusterLockRegistry}), cluster jobs
 * ({@link ClusterJobScheduler} and {@code @ClusterScheduled} methods) and typed cluster
 * events ({@link ClusterEventPublisher}, and {@link ClusterEventReceiver} for the
 * {@code OnPluginClusterEvent} hook), all on the protocols of Go's {@code pluginapi}; and
 * makes {@code ensureBotUser} hold the cluster lock that Go's {@code EnsureBot} holds.
 *
 * <p>Jobs read the time from the application's {@link Clock} bean when it has exactly one,
 * else from the system clock in UTC.
 */
@AutoConfiguration(after = JsonKvStoreAutoConfiguration.class)
@ConditionalOnBean({ PluginAPIClient.class, JsonKvStore.class })
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterAutoConfiguration {

	/**
	 * Takes the client so that it is closed before the client: a job or renewal under way
	 * finishes its calls.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	ClusterScheduler mattermostClusterScheduler(ClusterProperties properties, PluginAPIClient client) {
		return ClusterScheduler.create(properties.getThreads());
	}

	@Bean
	@ConditionalOnMissingBean
	ClusterLockRegistry clusterLockRegistry(PluginAPIClient client, ClusterScheduler scheduler,
			ClusterProperties properties) {
		return new ClusterLockRegistry(client, scheduler.executor(), properties.getLock().toOptions());
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	ClusterJobScheduler clusterJobScheduler(JsonKvStore kv, ClusterLockRegistry locks, ClusterScheduler scheduler,
			ObjectProvider<Clock> clock, ClusterProperties properties) {
		return new ClusterJobScheduler(kv, locks, scheduler, clock.getIfUnique(Clock::systemUTC),
				properties.getJob().getPollInterval());
	}

	@Bean
	static ClusterScheduledMethodProcessor clusterScheduledMethodProcessor(
			ObjectProvider<ClusterJobScheduler> scheduler) {
		return new ClusterScheduledMethodProcessor(scheduler);
	}

	@Bean
	static EnsureBotUserLockPostProcessor ensureBotUserLockPostProcessor(ObjectProvider<ClusterLockRegistry> locks) {
		return new EnsureBotUserLockPostProcessor(locks);
	}

	@Bean
	@ConditionalOnMissingBean
	ClusterEventPublisher clusterEventPublisher(PluginAPIClient client, JsonKvStore kv) {
		return new ClusterEventPublisher(client, kv.objectMapper());
	}

	@Bean
	@ConditionalOnMissingBean
	ClusterEventTypes clusterEventTypes(BeanFactory beanFactory) {
		return new ClusterEventTypes(scanClusterEventTypes(beanFactory));
	}

	@Bean
	@ConditionalOnMissingBean
	ClusterEventReceiver clusterEventReceiver(ClusterEventTypes types, JsonKvStore kv,
			ApplicationEventPublisher publisher) {
		return new ClusterEventReceiver(types, kv.objectMapper(), publisher);
	}

	/**
	 * The {@code @ClusterEvent} types in the application's packages, found as
	 * {@code @ConfigurationPropertiesScan} finds its types.
	 */
	private static List<Class<?>> scanClusterEventTypes(BeanFactory beanFactory) {
		List<Class<?>> types = new ArrayList<>();
		if (!AutoConfigurationPackages.has(beanFactory)) {
			return types;
		}
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}

		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(ClusterEvent.class));
		ClassLoader classLoader = ClusterAutoConfiguration.class.getClassLoader();
		for (String basePackage : AutoConfigurationPackages.get(beanFactory)) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				types.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader));
			}
		}
		return types;
	}

}

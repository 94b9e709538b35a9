package dev.pluginkit.mattermost.autoconfigure.settings;

import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.pluginkit.mattermost.client.ConfigurationOperations;
import dev.pluginkit.mattermost.settings.PluginSettings;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@link PluginSettings @PluginSettings} classes in the application's packages
 * (those {@code @SpringBootApplication} or {@code @AutoConfigurationPackage} registered, as
 * Spring Data finds repositories), and registers for each a
 * {@code PluginSettingsHolder<T>} and, for a class that is not final, a bean of the class
 * itself that always answers with the current values; then one reloader for all.
 */
class PluginSettingsRegistrar
		implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware, ResourceLoaderAware {

	private BeanFactory beanFactory;

	private Environment environment;

	private ResourceLoader resourceLoader;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Set<Class<?>> types = findSettingsClasses();
		for (Class<?> type : types) {
			registerHolder(registry, type);
		}
		if (!types.isEmpty()) {
			RootBeanDefinition reloader = new RootBeanDefinition(PluginSettingsReloader.class);
			reloader.setInstanceSupplier(() -> new PluginSettingsReloader(
					this.beanFactory.getBean(ConfigurationOperations.class),
					this.beanFactory.getBean(PluginSettingsBinder.class), holders()));
			registry.registerBeanDefinition("mattermostPluginSettingsReloader", reloader);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<DefaultPluginSettingsHolder<?>> holders() {
		return (List) this.beanFactory.getBeanProvider(DefaultPluginSettingsHolder.class).orderedStream().toList();
	}

	private <T> void registerHolder(BeanDefinitionRegistry registry, Class<T> type) {
		String holderName = type.getName() + "-pluginSettingsHolder";
		RootBeanDefinition holder = new RootBeanDefinition(DefaultPluginSettingsHolder.class);
		holder.setTargetType(ResolvableType.forClassWithGenerics(DefaultPluginSettingsHolder.class, type));
		holder.setInstanceSupplier(() -> new DefaultPluginSettingsHolder<>(type,
				() -> this.beanFactory.getBean(PluginSettingsBinder.class)
					.bind(type, this.beanFactory.getBean(ConfigurationOperations.class).loadPluginConfigurationAsMap())));
		registry.registerBeanDefinition(holderName, holder);
		if (!Modifier.isFinal(type.getModifiers())) {
			RootBeanDefinition current = new RootBeanDefinition(type);
			current.setInstanceSupplier(
					() -> this.beanFactory.getBean(holderName, DefaultPluginSettingsHolder.class).proxy());
			registry.registerBeanDefinition(type.getName() + "-pluginSettings", current);
		}
	}

	private Set<Class<?>> findSettingsClasses() {
		Set<Class<?>> types = new LinkedHashSet<>();
		if (!AutoConfigurationPackages.has(this.beanFactory)) {
			return types;
		}
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				this.environment);
		scanner.setResourceLoader(this.resourceLoader);
		scanner.addIncludeFilter(new AnnotationTypeFilter(PluginSettings.class));
		ClassLoader classLoader = (this.resourceLoader != null) ? this.resourceLoader.getClassLoader()
				: ClassUtils.getDefaultClassLoader();
		for (String basePackage : AutoConfigurationPackages.get(this.beanFactory)) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				types.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader));
			}
		}
		return types;
	}

}

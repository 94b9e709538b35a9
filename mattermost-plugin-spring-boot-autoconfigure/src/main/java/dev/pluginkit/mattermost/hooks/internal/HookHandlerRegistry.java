package dev.pluginkit.mattermost.hooks.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookReturnValueHandler;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.PluginHook;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.stereotype.Component;

/**
 * The dispatch table: finds every {@link PluginHook @PluginHook} method on the context's
 * beans once, when the singletons exist (as Spring's {@code EventListenerMethodProcessor}
 * finds {@code @EventListener} methods), binds each through the
 * {@link HookHandlerMethodFactory}, and answers which handlers a hook has and which hooks are
 * implemented.
 */
public class HookHandlerRegistry implements SmartInitializingSingleton, ApplicationContextAware {

	private static final Log logger = LogFactory.getLog(HookHandlerRegistry.class);

	private static final Hook ON_ACTIVATE = Hook.named("OnActivate");

	private static final Hook ON_CONFIGURATION_CHANGE = Hook.named("OnConfigurationChange");

	private final ObjectProvider<HookArgumentResolver> resolvers;

	private final ObjectProvider<HookReturnValueHandler> returnValueHandlers;

	private ConfigurableApplicationContext context;

	private volatile List<List<HookHandlerMethod>> handlers = emptyTable();

	private volatile boolean[] listened;

	/**
	 * Creates the registry; it fills itself when the context's singletons exist.
	 * @param resolvers the user's argument resolvers
	 * @param returnValueHandlers the user's return value handlers
	 */
	public HookHandlerRegistry(ObjectProvider<HookArgumentResolver> resolvers,
			ObjectProvider<HookReturnValueHandler> returnValueHandlers) {
		this.resolvers = resolvers;
		this.returnValueHandlers = returnValueHandlers;
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		this.context = (ConfigurableApplicationContext) applicationContext;
	}

	@Override
	public void afterSingletonsInstantiated() {
		HookHandlerMethodFactory factory = new HookHandlerMethodFactory(this.resolvers.orderedStream().toList(),
				this.returnValueHandlers.orderedStream().toList());
		List<List<HookHandlerMethod>> table = new ArrayList<>();
		Hook.all().forEach((hook) -> table.add(new ArrayList<>()));
		for (String beanName : this.context.getBeanFactory().getBeanNamesForType(Object.class)) {
			if (!ScopedProxyUtils.isScopedTarget(beanName)) {
				Class<?> type = targetType(beanName);
				if (type != null && isCandidate(type)) {
					findHandlers(beanName, type, factory, table);
				}
			}
		}
		for (int i = 0; i < table.size(); i++) {
			List<HookHandlerMethod> hookHandlers = table.get(i);
			hookHandlers.sort(Comparator.comparingInt(HookHandlerMethod::order));
			checkSingleHandler(Hook.all().get(i), hookHandlers);
			table.set(i, List.copyOf(hookHandlers));
		}
		this.handlers = Collections.unmodifiableList(table);
		if (logger.isDebugEnabled()) {
			logger.debug("Hook handlers: " + table.stream().flatMap(List::stream).toList());
		}
	}

	/**
	 * The handlers of a hook, in order.
	 * @param hook the hook
	 * @return its handlers, perhaps none
	 */
	public List<HookHandlerMethod> handlers(Hook hook) {
		return this.handlers.get(hook.index());
	}

	/**
	 * Whether the context has an application listener for a notification hook's request,
	 * such as an {@code @EventListener} method taking a {@code MessageHasBeenPostedRequest}.
	 * @param hook the hook
	 * @return whether publishing its request reaches a listener
	 */
	public boolean hasListeners(Hook hook) {
		boolean[] found = this.listened;
		if (found == null) {
			// Looked up on first use: @EventListener methods are registered while singletons
			// are initialised, perhaps after this registry.
			found = NotificationListeners.find(this.context);
			this.listened = found;
		}
		return found[hook.index()];
	}

	/**
	 * The names {@code Implemented} answers: every hook with a handler, every notification
	 * hook with a listener, and OnActivate when OnConfigurationChange has a handler, since the
	 * configuration is loaded during activation. Never ServeHTTP.
	 * @return the hook names, in the service's order
	 */
	public List<String> implementedHooks() {
		Set<String> names = new LinkedHashSet<>();
		for (Hook hook : Hook.all()) {
			if (!handlers(hook).isEmpty() || (hook.kind() == Hook.Kind.NOTIFICATION && hasListeners(hook))
					|| (hook == ON_ACTIVATE && !handlers(ON_CONFIGURATION_CHANGE).isEmpty())) {
				names.add(hook.name());
			}
		}
		return List.copyOf(names);
	}

	private Class<?> targetType(String beanName) {
		try {
			return AutoProxyUtils.determineTargetClass(this.context.getBeanFactory(), beanName);
		}
		catch (RuntimeException ex) {
			// An unresolvable bean type, as a lazy bean may have: it has no handlers we can see.
			return null;
		}
	}

	private static boolean isCandidate(Class<?> type) {
		return AnnotationUtils.isCandidateClass(type, PluginHook.class)
				&& !(type.getName().startsWith("org.springframework.")
						&& !AnnotatedElementUtils.isAnnotated(type, Component.class));
	}

	private void findHandlers(String beanName, Class<?> type, HookHandlerMethodFactory factory,
			List<List<HookHandlerMethod>> table) {
		Map<Method, Set<PluginHook>> methods = MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<Set<PluginHook>>) (method) -> {
					Set<PluginHook> hooks = AnnotatedElementUtils.findAllMergedAnnotations(method, PluginHook.class);
					return hooks.isEmpty() ? null : hooks;
				});
		if (methods.isEmpty()) {
			return;
		}
		Supplier<Object> bean = beanSupplier(beanName);
		methods.forEach((method, annotations) -> {
			Method invocable = AopUtils.selectInvocableMethod(method, this.context.getType(beanName));
			Set<String> names = annotations.stream().map(PluginHook::value).collect(Collectors.toCollection(LinkedHashSet::new));
			for (String name : names) {
				Hook hook = hook(method, name);
				table.get(hook.index()).add(factory.create(hook, bean, invocable, order(method, beanName, type)));
			}
		});
	}

	private Supplier<Object> beanSupplier(String beanName) {
		if (this.context.getBeanFactory().isSingleton(beanName)) {
			Object instance = this.context.getBean(beanName);
			return () -> instance;
		}
		return () -> this.context.getBean(beanName);
	}

	private static Hook hook(Method method, String name) {
		try {
			return Hook.named(name);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidHookHandlerException(method, name, ex.getMessage());
		}
	}

	private int order(Method method, String beanName, Class<?> type) {
		Order order = AnnotatedElementUtils.findMergedAnnotation(method, Order.class);
		if (order != null) {
			return order.value();
		}
		if (this.context.getBeanFactory().isSingleton(beanName)
				&& this.context.getBean(beanName) instanceof Ordered ordered) {
			return ordered.getOrder();
		}
		return OrderUtils.getOrder(type, Ordered.LOWEST_PRECEDENCE);
	}

	private static void checkSingleHandler(Hook hook, List<HookHandlerMethod> hookHandlers) {
		if (hookHandlers.size() > 1 && !hook.acceptsSeveralHandlers()) {
			throw new InvalidHookHandlerException(hookHandlers.get(1).method(), hook.name(),
					hook.name() + " answers one value, so it takes one handler, and "
							+ hookHandlers.get(0).description() + " handles it too");
		}
	}

	private static List<List<HookHandlerMethod>> emptyTable() {
		return Hook.all().stream().map((hook) -> List.<HookHandlerMethod>of()).toList();
	}

}

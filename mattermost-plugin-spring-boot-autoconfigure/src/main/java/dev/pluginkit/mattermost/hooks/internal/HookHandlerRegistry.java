package dev.pluginkit.mattermost.hooks.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookCondition;
import dev.pluginkit.mattermost.hooks.HookExceptionHandler;
import dev.pluginkit.mattermost.hooks.HookExceptionHandlerMethod;
import dev.pluginkit.mattermost.hooks.HookHandler;
import dev.pluginkit.mattermost.hooks.HookHandlerMethodFactory;
import dev.pluginkit.mattermost.hooks.HookHandlerSource;
import dev.pluginkit.mattermost.hooks.HookPolicy;
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
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
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
import org.springframework.util.ClassUtils;

/**
 * The dispatch table: finds every {@link PluginHook @PluginHook} and
 * {@link HookExceptionHandler @HookExceptionHandler} method on the context's beans once, when
 * the singletons exist (as Spring's {@code EventListenerMethodProcessor} finds
 * {@code @EventListener} methods), binds each through the {@link HookHandlerMethodFactory},
 * adds the handlers of {@link HookHandlerSource} beans, orders each hook's handlers for its
 * {@link HookPolicy}, and answers which handlers a hook has and which hooks are implemented.
 */
public class HookHandlerRegistry implements SmartInitializingSingleton, ApplicationContextAware {

	private static final Log logger = LogFactory.getLog(HookHandlerRegistry.class);

	private static final Hook ON_ACTIVATE = Hook.named("OnActivate");

	private static final Hook ON_CONFIGURATION_CHANGE = Hook.named("OnConfigurationChange");

	/** Handlers with a condition before those without, then by order; stable otherwise. */
	private static final Comparator<HookHandler> FIRST_MATCH_ORDER = Comparator
		.comparing((HookHandler handler) -> handler.condition() == null)
		.thenComparingInt(HookHandler::order);

	private final ObjectProvider<HookArgumentResolver> resolvers;

	private final ObjectProvider<HookReturnValueHandler> returnValueHandlers;

	private final ObjectProvider<HookHandlerMethodFactory> factories;

	private final ObjectProvider<HookHandlerSource> sources;

	private ConfigurableApplicationContext context;

	private volatile List<List<HookHandler>> handlers = emptyTable();

	private volatile List<List<ExceptionHandlerCandidate>> exceptionHandlers = emptyTable();

	private final Map<ExceptionKey, Optional<HookExceptionHandlerMethod>> resolvedExceptionHandlers = new ConcurrentHashMap<>();

	private volatile boolean[] listened;

	/**
	 * Creates the registry; it fills itself when the context's singletons exist.
	 * @param resolvers the user's argument resolvers
	 * @param returnValueHandlers the user's return value handlers
	 */
	public HookHandlerRegistry(ObjectProvider<HookArgumentResolver> resolvers,
			ObjectProvider<HookReturnValueHandler> returnValueHandlers) {
		this(resolvers, returnValueHandlers, null, null);
	}

	/**
	 * Creates the registry; it fills itself when the context's singletons exist.
	 * @param resolvers the user's argument resolvers
	 * @param returnValueHandlers the user's return value handlers
	 * @param factories a factory that replaces the default one, perhaps none
	 * @param sources the beans that add handlers of their own, perhaps none
	 */
	public HookHandlerRegistry(ObjectProvider<HookArgumentResolver> resolvers,
			ObjectProvider<HookReturnValueHandler> returnValueHandlers, ObjectProvider<HookHandlerMethodFactory> factories,
			ObjectProvider<HookHandlerSource> sources) {
		this.resolvers = resolvers;
		this.returnValueHandlers = returnValueHandlers;
		this.factories = factories;
		this.sources = sources;
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		this.context = (ConfigurableApplicationContext) applicationContext;
	}

	@Override
	public void afterSingletonsInstantiated() {
		HookHandlerMethodFactory factory = factory();
		List<List<HookHandler>> table = new ArrayList<>();
		List<ExceptionHandlerDeclaration> declarations = new ArrayList<>();
		Hook.all().forEach((hook) -> table.add(new ArrayList<>()));
		for (String beanName : this.context.getBeanFactory().getBeanNamesForType(Object.class)) {
			if (!ScopedProxyUtils.isScopedTarget(beanName)) {
				Class<?> type = targetType(beanName);
				if (type != null && isCandidate(type)) {
					findHandlers(beanName, type, factory, table, declarations);
				}
			}
		}
		if (this.sources != null) {
			List<HookHandler> found = table.stream().flatMap(List::stream).toList();
			this.sources.orderedStream()
				.forEach((source) -> source.handlers(found, factory)
					.forEach((handler) -> table.get(handler.hook().index()).add(handler)));
		}
		List<List<ExceptionHandlerCandidate>> exceptionTable = new ArrayList<>();
		for (int i = 0; i < table.size(); i++) {
			Hook hook = Hook.all().get(i);
			List<HookHandler> hookHandlers = table.get(i);
			hookHandlers.sort((hook.policy() == HookPolicy.FIRST_MATCH) ? FIRST_MATCH_ORDER
					: Comparator.comparingInt(HookHandler::order));
			if (hook.policy() == HookPolicy.FIRST_MATCH) {
				checkNoClash(hook, hookHandlers);
			}
			table.set(i, List.copyOf(hookHandlers));
			exceptionTable.add(hookHandlers.isEmpty() ? List.of() : exceptionHandlers(hook, declarations, factory));
		}
		this.handlers = Collections.unmodifiableList(table);
		this.exceptionHandlers = Collections.unmodifiableList(exceptionTable);
		if (logger.isDebugEnabled()) {
			logger.debug("Hook handlers: " + table.stream().flatMap(List::stream).toList());
		}
	}

	private HookHandlerMethodFactory factory() {
		HookHandlerMethodFactory factory = (this.factories != null) ? this.factories.getIfAvailable() : null;
		if (factory != null) {
			return factory;
		}
		AutowireCapableBeanFactory beans = this.context.getAutowireCapableBeanFactory();
		return new DefaultHookHandlerMethodFactory(this.resolvers.orderedStream().toList(),
				this.returnValueHandlers.orderedStream().toList(), beans::createBean);
	}

	/**
	 * The handlers of a hook, in the order they are asked.
	 * @param hook the hook
	 * @return its handlers, perhaps none
	 */
	public List<HookHandler> handlers(Hook hook) {
		return this.handlers.get(hook.index());
	}

	/**
	 * The exception handler for a handler's failure: one declared on the failed handler's
	 * bean class before one elsewhere, then the closest exception type, then the lower order.
	 * @param hook the hook
	 * @param failed the handler that threw
	 * @param exception what it threw
	 * @return the exception handler, or {@code null} when none handles it
	 */
	public HookExceptionHandlerMethod exceptionHandler(Hook hook, HookHandler failed, Exception exception) {
		List<ExceptionHandlerCandidate> candidates = this.exceptionHandlers.get(hook.index());
		if (candidates.isEmpty()) {
			return null;
		}
		return this.resolvedExceptionHandlers
			.computeIfAbsent(new ExceptionKey(hook, failed, exception.getClass()),
					(key) -> Optional.ofNullable(resolveExceptionHandler(candidates, failed, exception.getClass())))
			.orElse(null);
	}

	private static HookExceptionHandlerMethod resolveExceptionHandler(List<ExceptionHandlerCandidate> candidates,
			HookHandler failed, Class<? extends Exception> exceptionType) {
		Class<?> failedType = ClassUtils.getUserClass(failed.method().getDeclaringClass());
		ExceptionHandlerCandidate best = null;
		int bestDepth = Integer.MAX_VALUE;
		boolean bestLocal = false;
		for (ExceptionHandlerCandidate candidate : candidates) {
			int depth = candidate.depth(exceptionType);
			if (depth < 0) {
				continue;
			}
			boolean local = candidate.declaringClass().isAssignableFrom(failedType);
			if (best == null || (local && !bestLocal) || (local == bestLocal && depth < bestDepth)) {
				best = candidate;
				bestDepth = depth;
				bestLocal = local;
			}
		}
		return (best != null) ? best.method() : null;
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
		return (AnnotationUtils.isCandidateClass(type, PluginHook.class)
				|| AnnotationUtils.isCandidateClass(type, HookExceptionHandler.class))
				&& !(type.getName().startsWith("org.springframework.")
						&& !AnnotatedElementUtils.isAnnotated(type, Component.class));
	}

	private void findHandlers(String beanName, Class<?> type, HookHandlerMethodFactory factory,
			List<List<HookHandler>> table, List<ExceptionHandlerDeclaration> declarations) {
		Map<Method, Set<PluginHook>> methods = MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<Set<PluginHook>>) (method) -> {
					Set<PluginHook> hooks = AnnotatedElementUtils.findAllMergedAnnotations(method, PluginHook.class);
					return hooks.isEmpty() ? null : hooks;
				});
		Map<Method, HookExceptionHandler> exceptionMethods = MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<HookExceptionHandler>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, HookExceptionHandler.class));
		if (methods.isEmpty() && exceptionMethods.isEmpty()) {
			return;
		}
		Supplier<Object> bean = beanSupplier(beanName);
		methods.forEach((method, annotations) -> {
			Method invocable = AopUtils.selectInvocableMethod(method, this.context.getType(beanName));
			Set<String> names = annotations.stream()
				.flatMap((annotation) -> Arrays.stream(annotation.value()))
				.collect(Collectors.toCollection(LinkedHashSet::new));
			for (String name : names) {
				Hook hook = hook(method, name);
				table.get(hook.index()).add(factory.create(hook, bean, invocable, order(method, beanName, type)));
			}
		});
		exceptionMethods.forEach((method, annotation) -> {
			Method invocable = AopUtils.selectInvocableMethod(method, this.context.getType(beanName));
			declarations.add(new ExceptionHandlerDeclaration(bean, invocable, ClassUtils.getUserClass(type),
					exceptionTypes(invocable, annotation), hookNames(invocable, annotation),
					order(method, beanName, type)));
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Class<? extends Throwable>> exceptionTypes(Method method, HookExceptionHandler annotation) {
		List<Class<? extends Throwable>> types = new ArrayList<>(Arrays.asList(annotation.value()));
		if (types.isEmpty()) {
			for (Class<?> parameter : method.getParameterTypes()) {
				if (Throwable.class.isAssignableFrom(parameter)) {
					types.add((Class<? extends Throwable>) parameter);
				}
			}
		}
		if (types.isEmpty()) {
			throw new InvalidHookHandlerException(method, "any hook",
					"@HookExceptionHandler names no exception type; declare them in the annotation or as parameters");
		}
		return types;
	}

	private static Set<String> hookNames(Method method, HookExceptionHandler annotation) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : annotation.hooks()) {
			names.add(hook(method, name).name());
		}
		return names;
	}

	private static List<ExceptionHandlerCandidate> exceptionHandlers(Hook hook,
			List<ExceptionHandlerDeclaration> declarations, HookHandlerMethodFactory factory) {
		List<ExceptionHandlerCandidate> candidates = new ArrayList<>();
		for (ExceptionHandlerDeclaration declaration : declarations) {
			if (!declaration.hooks().isEmpty() && !declaration.hooks().contains(hook.name())) {
				continue;
			}
			HookExceptionHandlerMethod method = factory.createExceptionHandler(hook, declaration.bean(),
					declaration.method());
			if (method == null) {
				if (!declaration.hooks().isEmpty()) {
					throw new InvalidHookHandlerException(declaration.method(), hook.name(),
							"its return type " + declaration.method().getGenericReturnType().getTypeName()
									+ " cannot answer " + hook.name());
				}
				continue;
			}
			candidates.add(new ExceptionHandlerCandidate(method, declaration.declaringClass(),
					declaration.exceptionTypes(), declaration.order()));
		}
		candidates.sort(Comparator.comparingInt(ExceptionHandlerCandidate::order));
		return List.copyOf(candidates);
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

	/**
	 * In a first-match hook, two handlers that would take the same calls: the second could
	 * never run, or which one runs would depend on bean order.
	 */
	private static void checkNoClash(Hook hook, List<HookHandler> hookHandlers) {
		Map<Object, HookHandler> byKey = new HashMap<>();
		for (HookHandler handler : hookHandlers) {
			HookCondition condition = handler.condition();
			Object key = (condition != null) ? condition.key() : Unconditional.KEY;
			HookHandler earlier = byKey.putIfAbsent(key, handler);
			if (earlier == null) {
				continue;
			}
			if (condition == null) {
				throw new InvalidHookHandlerException(handler.method(), hook.name(),
						hook.name() + " answers one value, so it takes one handler, and " + earlier.description()
								+ " handles it too");
			}
			throw new InvalidHookHandlerException(handler.method(), hook.name(),
					"it takes the same calls (" + condition.description() + ") as " + earlier.description()
							+ "; only one of them could answer");
		}
	}

	private static <T> List<List<T>> emptyTable() {
		return Hook.all().stream().map((hook) -> List.<T>of()).toList();
	}

	private enum Unconditional {

		KEY

	}

	private record ExceptionKey(Hook hook, HookHandler handler, Class<?> exceptionType) {

	}

	private record ExceptionHandlerDeclaration(Supplier<Object> bean, Method method, Class<?> declaringClass,
			List<Class<? extends Throwable>> exceptionTypes, Set<String> hooks, int order) {

	}

	private record ExceptionHandlerCandidate(HookExceptionHandlerMethod method, Class<?> declaringClass,
			List<Class<? extends Throwable>> exceptionTypes, int order) {

		/** How far the exception type is from the closest declared type, or -1. */
		int depth(Class<?> exceptionType) {
			int best = -1;
			for (Class<? extends Throwable> declared : this.exceptionTypes) {
				if (declared.isAssignableFrom(exceptionType)) {
					int distance = distance(declared, exceptionType);
					best = (best < 0) ? distance : Math.min(best, distance);
				}
			}
			return best;
		}

		private static int distance(Class<?> declared, Class<?> type) {
			int distance = 0;
			for (Class<?> current = type; current != null && current != declared; current = current.getSuperclass()) {
				distance++;
			}
			return distance;
		}

	}

}

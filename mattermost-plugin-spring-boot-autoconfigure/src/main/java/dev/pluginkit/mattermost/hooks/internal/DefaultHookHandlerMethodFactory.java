package dev.pluginkit.mattermost.hooks.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookCondition;
import dev.pluginkit.mattermost.hooks.HookConditionFactory;
import dev.pluginkit.mattermost.hooks.HookConditional;
import dev.pluginkit.mattermost.hooks.HookExceptionHandlerMethod;
import dev.pluginkit.mattermost.hooks.HookHandler;
import dev.pluginkit.mattermost.hooks.HookHandlerMethodFactory;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.HookReturnValueHandler;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.internal.ArgumentBinder.BoundArgument;
import dev.pluginkit.mattermost.hooks.internal.ReturnValueBinder.BoundReturnValue;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.ReflectionUtils;

/**
 * Binds bean methods to hooks: one binder per kind of parameter and per kind of return
 * value, the user's resolvers and handlers first, so that new annotations and new types only
 * add binders; and the method's {@link HookConditional condition annotations} to the
 * conditions their factories build.
 */
public final class DefaultHookHandlerMethodFactory implements HookHandlerMethodFactory {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final List<ArgumentBinder> argumentBinders = new ArrayList<>();

	private final List<ReturnValueBinder> returnValueBinders = new ArrayList<>();

	private final Function<Class<?>, Object> instantiator;

	private final Map<Class<?>, HookConditionFactory<Annotation>> conditionFactories = new ConcurrentHashMap<>();

	/**
	 * A factory with the user's resolvers and handlers ahead of the built-in ones, whose
	 * condition factories are created by their no-argument constructors.
	 * @param resolvers the user's argument resolvers, in order
	 * @param handlers the user's return value handlers, in order
	 */
	public DefaultHookHandlerMethodFactory(List<HookArgumentResolver> resolvers, List<HookReturnValueHandler> handlers) {
		this(resolvers, handlers, BeanUtils::instantiateClass);
	}

	/**
	 * A factory with the user's resolvers and handlers ahead of the built-in ones.
	 * @param resolvers the user's argument resolvers, in order
	 * @param handlers the user's return value handlers, in order
	 * @param instantiator creates condition factories, for example through the bean factory so
	 * that they can take beans
	 */
	public DefaultHookHandlerMethodFactory(List<HookArgumentResolver> resolvers, List<HookReturnValueHandler> handlers,
			Function<Class<?>, Object> instantiator) {
		this.instantiator = instantiator;
		resolvers.forEach((resolver) -> this.argumentBinders.add(new CustomArgumentBinder(resolver)));
		this.argumentBinders.add(new RequestArgumentBinder());
		this.argumentBinders.add(new MessageFilterPostArgumentBinder());
		this.argumentBinders.add(new RequestFieldArgumentBinder());
		handlers.forEach((handler) -> this.returnValueBinders.add(new CustomReturnValueBinder(handler)));
		this.returnValueBinders.add(new VoidReturnValueBinder());
		this.returnValueBinders.add(new ResponseReturnValueBinder());
		this.returnValueBinders.add(new VerdictReturnValueBinder());
		this.returnValueBinders.add(new RejectionReasonReturnValueBinder());
		this.returnValueBinders.add(new CommandTextReturnValueBinder());
		this.returnValueBinders.add(new ResponseFieldReturnValueBinder());
	}

	@Override
	public HookHandlerMethod create(Hook hook, Supplier<Object> bean, Method method, int order) {
		BoundArgument[] arguments = new BoundArgument[method.getParameterCount()];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = bindArgument(parameter(method, i), hook);
		}
		BoundReturnValue returnValue = bindReturnValue(new MethodParameter(method, -1), hook);
		if (returnValue == null) {
			throw new InvalidHookHandlerException(method, hook.name(),
					"its return type " + method.getGenericReturnType().getTypeName()
							+ " cannot be answered; a handler returns void, the " + hook.responseType().getSimpleName()
							+ ((hook.responseDescriptor().getFields().isEmpty()) ? ""
									: " or its fields " + FieldList.of(hook.responsePrototype()))
							+ ", or what a HookReturnValueHandler bean handles");
		}
		HookCondition condition = condition(method, hook);
		ReflectionUtils.makeAccessible(method);
		return new HookHandlerMethod(hook, bean, method, arguments, returnValue, order, condition);
	}

	@Override
	public HookExceptionHandlerMethod createExceptionHandler(Hook hook, Supplier<Object> bean, Method method) {
		BoundReturnValue returnValue = bindReturnValue(new MethodParameter(method, -1), hook);
		if (returnValue == null) {
			return null;
		}
		Class<?>[] types = method.getParameterTypes();
		int count = types.length;
		BoundArgument[] arguments = new BoundArgument[count];
		boolean[] exception = new boolean[count];
		boolean[] handler = new boolean[count];
		for (int i = 0; i < count; i++) {
			Class<?> type = types[i];
			exception[i] = Throwable.class.isAssignableFrom(type);
			handler[i] = type == HookHandler.class;
			if (!exception[i] && !handler[i]) {
				arguments[i] = bindArgument(parameter(method, i), hook);
			}
		}
		ReflectionUtils.makeAccessible(method);
		return new HookExceptionHandlerMethod() {

			@Override
			public Method method() {
				return method;
			}

			@Override
			public void handle(Exception ex, HookHandler failed, HookInvocation invocation, Message.Builder response)
					throws Exception {
				Object[] args = new Object[count];
				for (int i = 0; i < count; i++) {
					args[i] = exception[i] ? (types[i].isInstance(ex) ? ex : null)
							: handler[i] ? failed : arguments[i].resolve(invocation);
				}
				returnValue.write(HookHandlerMethod.invoke(method, bean.get(), args), invocation, response);
			}

			@Override
			public String toString() {
				return InvalidHookHandlerException.describe(method);
			}

		};
	}

	private static MethodParameter parameter(Method method, int index) {
		MethodParameter parameter = new MethodParameter(method, index);
		parameter.initParameterNameDiscovery(PARAMETER_NAMES);
		return parameter;
	}

	private BoundArgument bindArgument(MethodParameter parameter, Hook hook) {
		for (ArgumentBinder binder : this.argumentBinders) {
			BoundArgument bound = binder.bind(parameter, hook);
			if (bound != null) {
				return bound;
			}
		}
		String name = (parameter.getParameterName() != null) ? " " + parameter.getParameterName() : "";
		throw new InvalidHookHandlerException(parameter.getMethod(), hook.name(), "parameter "
				+ (parameter.getParameterIndex() + 1) + " (" + parameter.getGenericParameterType().getTypeName()
				+ name + ") cannot be resolved; a handler takes the " + hook.requestType().getSimpleName()
				+ " or its fields " + FieldList.of(hook.requestPrototype())
				+ ", or what a HookArgumentResolver bean resolves");
	}

	private BoundReturnValue bindReturnValue(MethodParameter returnType, Hook hook) {
		for (ReturnValueBinder binder : this.returnValueBinders) {
			BoundReturnValue bound = binder.bind(returnType, hook);
			if (bound != null) {
				return bound;
			}
		}
		return null;
	}

	/**
	 * The conditions of the method's condition annotations, present or meta-present, all of
	 * which must match. An annotation on the method's class (such as a type-level slash
	 * command) is read by the factory of the method's own annotation.
	 */
	private HookCondition condition(Method method, Hook hook) {
		List<HookCondition> conditions = new ArrayList<>();
		MergedAnnotations.from(method)
			.stream()
			.filter((annotation) -> annotation.getType().isAnnotationPresent(HookConditional.class))
			.forEach((annotation) -> conditions.add(condition(annotation, method, hook)));
		if (conditions.isEmpty()) {
			return null;
		}
		return (conditions.size() == 1) ? conditions.get(0) : new AllConditions(conditions);
	}

	@SuppressWarnings("unchecked")
	private HookCondition condition(MergedAnnotation<Annotation> annotation, Method method, Hook hook) {
		Class<?> factoryType = annotation.getType().getAnnotation(HookConditional.class).value();
		HookConditionFactory<Annotation> factory = this.conditionFactories.computeIfAbsent(factoryType,
				(type) -> (HookConditionFactory<Annotation>) this.instantiator.apply(type));
		HookCondition condition = factory.create(annotation.synthesize(), method, hook);
		if (condition == null) {
			throw new InvalidHookHandlerException(method, hook.name(),
					factoryType.getName() + " built no condition for @" + annotation.getType().getSimpleName());
		}
		return condition;
	}

	/** Several condition annotations on one handler: it runs when every one matches. */
	private record AllConditions(List<HookCondition> conditions) implements HookCondition {

		@Override
		public boolean matches(HookInvocation invocation) throws Exception {
			for (HookCondition condition : this.conditions) {
				if (!condition.matches(invocation)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public Object key() {
			return this.conditions.stream().map(HookCondition::key).toList();
		}

		@Override
		public String description() {
			return String.join(" and ", this.conditions.stream().map(HookCondition::description).toList());
		}

		@Override
		public String toString() {
			return description();
		}

	}

}

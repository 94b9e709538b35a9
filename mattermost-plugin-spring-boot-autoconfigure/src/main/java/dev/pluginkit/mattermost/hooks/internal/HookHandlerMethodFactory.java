package dev.pluginkit.mattermost.hooks.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookArgumentResolver;
import dev.pluginkit.mattermost.hooks.HookReturnValueHandler;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.internal.ArgumentBinder.BoundArgument;
import dev.pluginkit.mattermost.hooks.internal.ReturnValueBinder.BoundReturnValue;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.util.ReflectionUtils;

/**
 * Binds bean methods to hooks: one binder per kind of parameter and per kind of return
 * value, the user's resolvers and handlers first, so that new annotations and new types only
 * add binders.
 */
public final class HookHandlerMethodFactory {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private final List<ArgumentBinder> argumentBinders = new ArrayList<>();

	private final List<ReturnValueBinder> returnValueBinders = new ArrayList<>();

	/**
	 * A factory with the user's resolvers and handlers ahead of the built-in ones.
	 * @param resolvers the user's argument resolvers, in order
	 * @param handlers the user's return value handlers, in order
	 */
	public HookHandlerMethodFactory(List<HookArgumentResolver> resolvers, List<HookReturnValueHandler> handlers) {
		resolvers.forEach((resolver) -> this.argumentBinders.add(new CustomArgumentBinder(resolver)));
		this.argumentBinders.add(new RequestArgumentBinder());
		this.argumentBinders.add(new RequestFieldArgumentBinder());
		handlers.forEach((handler) -> this.returnValueBinders.add(new CustomReturnValueBinder(handler)));
		this.returnValueBinders.add(new VoidReturnValueBinder());
		this.returnValueBinders.add(new ResponseReturnValueBinder());
		this.returnValueBinders.add(new VerdictReturnValueBinder());
		this.returnValueBinders.add(new RejectionReasonReturnValueBinder());
		this.returnValueBinders.add(new CommandTextReturnValueBinder());
		this.returnValueBinders.add(new ResponseFieldReturnValueBinder());
	}

	/**
	 * Binds a method to a hook.
	 * @param hook the hook
	 * @param bean the bean to invoke the method on
	 * @param method the method, invocable on the bean
	 * @param order where it runs among several handlers
	 * @return the bound handler
	 * @throws InvalidHookHandlerException if a parameter or the return value cannot be bound
	 */
	public HookHandlerMethod create(Hook hook, Supplier<Object> bean, Method method, int order) {
		BoundArgument[] arguments = new BoundArgument[method.getParameterCount()];
		for (int i = 0; i < arguments.length; i++) {
			MethodParameter parameter = new MethodParameter(method, i);
			parameter.initParameterNameDiscovery(PARAMETER_NAMES);
			arguments[i] = bindArgument(parameter, hook);
		}
		BoundReturnValue returnValue = bindReturnValue(new MethodParameter(method, -1), hook);
		ReflectionUtils.makeAccessible(method);
		return new HookHandlerMethod(hook, bean, method, arguments, returnValue, order);
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
		throw new InvalidHookHandlerException(returnType.getMethod(), hook.name(),
				"its return type " + returnType.getGenericParameterType().getTypeName()
						+ " cannot be answered; a handler returns void, the " + hook.responseType().getSimpleName()
						+ ((hook.responseDescriptor().getFields().isEmpty()) ? ""
								: " or its fields " + FieldList.of(hook.responsePrototype()))
						+ ", or what a HookReturnValueHandler bean handles");
	}

}

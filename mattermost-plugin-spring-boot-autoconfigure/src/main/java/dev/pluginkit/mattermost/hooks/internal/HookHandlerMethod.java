package dev.pluginkit.mattermost.hooks.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookCondition;
import dev.pluginkit.mattermost.hooks.HookHandler;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.internal.ArgumentBinder.BoundArgument;
import dev.pluginkit.mattermost.hooks.internal.ReturnValueBinder.BoundReturnValue;

/**
 * A bean method bound to one hook at startup: what resolves each parameter and what writes
 * the return value were chosen then, so a call only resolves, invokes and writes.
 */
public final class HookHandlerMethod implements HookHandler {

	private final Hook hook;

	private final Supplier<Object> bean;

	private final Method method;

	private final BoundArgument[] arguments;

	private final BoundReturnValue returnValue;

	private final int order;

	private final HookCondition condition;

	private final String description;

	HookHandlerMethod(Hook hook, Supplier<Object> bean, Method method, BoundArgument[] arguments,
			BoundReturnValue returnValue, int order, HookCondition condition) {
		this.hook = hook;
		this.bean = bean;
		this.method = method;
		this.arguments = arguments;
		this.returnValue = returnValue;
		this.order = order;
		this.condition = condition;
		this.description = InvalidHookHandlerException.describe(method);
	}

	/**
	 * Runs the method for one call and writes its return value into the response.
	 * @param invocation the call
	 * @param response the response being built
	 * @throws Exception what the method, a resolver or the return value handling threw
	 */
	@Override
	public void invoke(HookInvocation invocation, Message.Builder response) throws Exception {
		Object[] args = new Object[this.arguments.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = this.arguments[i].resolve(invocation);
		}
		this.returnValue.write(invoke(this.method, this.bean.get(), args), invocation, response);
	}

	/**
	 * Invokes a method reflectively, throwing what it threw rather than its wrapper.
	 */
	static Object invoke(Method method, Object bean, Object[] args) throws Exception {
		try {
			return method.invoke(bean, args);
		}
		catch (InvocationTargetException ex) {
			Throwable target = ex.getTargetException();
			if (target instanceof Exception exception) {
				throw exception;
			}
			if (target instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	@Override
	public HookCondition condition() {
		return this.condition;
	}

	@Override
	public Object bean() {
		return this.bean.get();
	}

	/**
	 * The hook the method handles.
	 * @return the hook
	 */
	@Override
	public Hook hook() {
		return this.hook;
	}

	/**
	 * The bean method.
	 * @return the method
	 */
	@Override
	public Method method() {
		return this.method;
	}

	/**
	 * Where it runs among several handlers of the same hook: from the method's
	 * {@code @Order}, or its bean's.
	 * @return the order, lower first
	 */
	@Override
	public int order() {
		return this.order;
	}

	/**
	 * The method as messages name it.
	 * @return {@code com.example.Greeter.onPost(Post)}
	 */
	@Override
	public String description() {
		return this.description;
	}

	@Override
	public String toString() {
		return this.hook.name() + " -> " + this.description
				+ ((this.condition != null) ? " when " + this.condition.description() : "");
	}

}

package dev.pluginkit.mattermost.hooks;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Builds the {@link HookCondition} of a handler from the condition annotation it carries; named
 * by {@link HookConditional#value()}. Created once per application context through the bean
 * factory, so it may take beans (such as the {@code PluginAPIClient}) in its constructor.
 *
 * @param <A> the condition annotation
 */
@FunctionalInterface
public interface HookConditionFactory<A extends Annotation> {

	/**
	 * The condition of one handler, built once at startup.
	 * @param annotation the condition annotation on the method (or, for a type-level
	 * annotation, on its class), with its attributes merged
	 * @param method the handler method
	 * @param hook the hook it handles
	 * @return the condition
	 * @throws InvalidHookHandlerException when the annotation does not fit the method or hook;
	 * the start fails with its message
	 */
	HookCondition create(A annotation, Method method, Hook hook);

}

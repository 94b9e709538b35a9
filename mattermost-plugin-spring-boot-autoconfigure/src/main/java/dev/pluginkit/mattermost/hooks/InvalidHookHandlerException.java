package dev.pluginkit.mattermost.hooks;

import java.lang.reflect.Method;

import org.springframework.util.ClassUtils;

/**
 * A hook handler method that cannot be bound: an unknown hook, a parameter no resolver
 * resolves, a return value no handler converts, or a second handler for a hook that answers
 * one value. Thrown while the application starts, so the mistake never reaches a running
 * server.
 */
public class InvalidHookHandlerException extends RuntimeException {

	private final transient Method method;

	/** The hook the method was to handle. */
	private final String hookName;

	/**
	 * Creates the exception.
	 * @param method the handler method at fault
	 * @param hookName the hook it was to handle
	 * @param problem what is wrong, a sentence that can follow the method's name
	 */
	public InvalidHookHandlerException(Method method, String hookName, String problem) {
		super("Hook handler " + describe(method) + " for " + hookName + ": " + problem);
		this.method = method;
		this.hookName = hookName;
	}

	/**
	 * The handler method at fault.
	 * @return the method
	 */
	public Method getMethod() {
		return this.method;
	}

	/**
	 * The hook the method was to handle.
	 * @return the hook's name
	 */
	public String getHookName() {
		return this.hookName;
	}

	/**
	 * A method as messages name it: {@code com.example.Greeter.onPost(Post, PluginContext)}.
	 * @param method the method
	 * @return its short description
	 */
	public static String describe(Method method) {
		StringBuilder text = new StringBuilder(ClassUtils.getUserClass(method.getDeclaringClass()).getName())
			.append('.')
			.append(method.getName())
			.append('(');
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			text.append((i > 0) ? ", " : "").append(types[i].getSimpleName());
		}
		return text.append(')').toString();
	}

}

package dev.pluginkit.mattermost.interactive;

import java.lang.reflect.Method;

import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;

/**
 * A {@link PostAction} or {@link DialogSubmission} method that cannot serve: a name another
 * method already has, a name that cannot be a URL segment, a parameter nothing binds, a
 * return type nothing writes, or Spring MVC missing. Thrown while the application starts,
 * so the mistake never reaches a running server.
 */
public class InvalidInteractiveHandlerException extends RuntimeException {

	private final transient Method method;

	/** The handler's annotation and name, for example {@code @PostAction("approve")}. */
	private final String handler;

	/**
	 * Creates the exception.
	 * @param method the method at fault
	 * @param handler its annotation and name, for example {@code @PostAction("approve")}
	 * @param problem what is wrong, a sentence that can follow the method's name
	 */
	public InvalidInteractiveHandlerException(Method method, String handler, String problem) {
		super(handler + " method " + describe(method) + ": " + problem);
		this.method = method;
		this.handler = handler;
	}

	/**
	 * The method at fault.
	 * @return the method
	 */
	public Method getMethod() {
		return this.method;
	}

	/**
	 * The handler's annotation and name.
	 * @return for example {@code @PostAction("approve")}
	 */
	public String getHandler() {
		return this.handler;
	}

	/**
	 * A method as messages name it: {@code com.example.Approvals.approve(String, Approval)},
	 * as hook handler messages name theirs.
	 * @param method the method
	 * @return its short description
	 */
	public static String describe(Method method) {
		return InvalidHookHandlerException.describe(method);
	}

}

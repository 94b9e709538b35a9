package dev.pluginkit.mattermost.hooks;

import com.google.protobuf.Message;

import org.springframework.core.MethodParameter;

/**
 * Turns return values of hook handler methods that the built-in handling does not know into
 * the hook's response. Declare it as a bean; handlers of the context are asked in
 * {@link org.springframework.core.annotation.Order order}, before the built-in ones (the
 * response, its fields by type, {@link Verdict}, a rejection reason or command text).
 *
 * <p>{@link #supportsReturnType} is asked once per handler method at startup; the runtime
 * remembers the answer, and calls {@link #handleReturnValue} on every hook call.
 */
public interface HookReturnValueHandler {

	/**
	 * Whether this handler handles values of that return type for that hook.
	 * @param returnType the handler method's return type ({@code getParameterIndex() == -1})
	 * @param hook the hook the method handles
	 * @return whether {@link #handleReturnValue} should be used for it
	 */
	boolean supportsReturnType(MethodParameter returnType, Hook hook);

	/**
	 * Writes the returned value into the response. Runs on the hook executor, under the
	 * hook's time limit.
	 * @param returnValue what the method returned, perhaps {@code null}
	 * @param returnType the handler method's return type
	 * @param invocation the call
	 * @param response the builder of the hook's response, to change in place
	 * @throws Exception when the value cannot be converted; the call then fails as if the
	 * handler had thrown it
	 */
	void handleReturnValue(Object returnValue, MethodParameter returnType, HookInvocation invocation,
			Message.Builder response) throws Exception;

}

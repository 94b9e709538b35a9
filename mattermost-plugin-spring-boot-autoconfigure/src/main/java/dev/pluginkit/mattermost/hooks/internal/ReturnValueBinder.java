package dev.pluginkit.mattermost.hooks.internal;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookInvocation;

import org.springframework.core.MethodParameter;

/**
 * One kind of handler return value: decides at startup whether it converts a method's return
 * type, and if so returns what writes the value into the response on each call.
 */
interface ReturnValueBinder {

	/**
	 * What writes return values of that type into the hook's response.
	 * @param returnType the method's return type
	 * @param hook the hook
	 * @return the bound return value, or {@code null} when this binder does not convert it
	 */
	BoundReturnValue bind(MethodParameter returnType, Hook hook);

	/** A return type bound at startup: writes one returned value into the response. */
	@FunctionalInterface
	interface BoundReturnValue {

		/**
		 * Writes the value into the response.
		 * @param value what the handler returned, perhaps {@code null}
		 * @param invocation the call
		 * @param response the response being built
		 * @throws Exception when the value does not fit
		 */
		void write(Object value, HookInvocation invocation, Message.Builder response) throws Exception;

	}

}

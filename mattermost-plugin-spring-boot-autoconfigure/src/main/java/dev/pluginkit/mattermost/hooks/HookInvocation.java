package dev.pluginkit.mattermost.hooks;

import com.google.protobuf.Message;

/**
 * One call of a hook, as argument resolvers and return value handlers see it: the hook and
 * the request the server sent.
 */
public final class HookInvocation {

	private final Hook hook;

	private final Message request;

	private HookInvocation(Hook hook, Message request) {
		this.hook = hook;
		this.request = request;
	}

	/**
	 * A call of the hook with that request.
	 * @param hook the hook called
	 * @param request its request, of the hook's {@linkplain Hook#requestType() request type}
	 * @return the invocation
	 * @throws IllegalArgumentException if the request is not of the hook's request type
	 */
	public static HookInvocation of(Hook hook, Message request) {
		if (!hook.requestType().isInstance(request)) {
			throw new IllegalArgumentException(
					hook.name() + " takes a " + hook.requestType().getSimpleName() + ", not " + request.getClass());
		}
		return new HookInvocation(hook, request);
	}

	/**
	 * The hook called.
	 * @return the hook
	 */
	public Hook hook() {
		return this.hook;
	}

	/**
	 * The request the server sent.
	 * @return the request
	 */
	public Message request() {
		return this.request;
	}

	/**
	 * The request, typed.
	 * @param <T> the request type
	 * @param type the hook's request class
	 * @return the request
	 * @throws ClassCastException if the request is of another type
	 */
	public <T extends Message> T request(Class<T> type) {
		return type.cast(this.request);
	}

	@Override
	public String toString() {
		return this.hook.name() + "(" + this.request.getClass().getSimpleName() + ")";
	}

}

package dev.pluginkit.mattermost.hooks.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.pluginkit.mattermost.hooks.Hook;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.ResolvableType;

/**
 * Finds the notification hooks whose request some application listener takes, so that
 * {@code Implemented} lists them. A listener for every payload (an {@code @EventListener}
 * on {@code Object}, a listener of all {@code ApplicationEvent}s such as Spring Boot's own)
 * implements no hook: only a listener that takes the request's type, or a protobuf
 * supertype of it, does.
 */
final class NotificationListeners {

	/** A payload no real listener asks for: a listener that takes it takes everything. */
	private static final class AnyPayload {

	}

	private static final ResolvableType ANY_PAYLOAD = payloadEvent(AnyPayload.class);

	private NotificationListeners() {
	}

	/**
	 * For each hook, whether a listener of the context takes its request.
	 * @param context the application context
	 * @return flags by {@link Hook#index()}
	 */
	static boolean[] find(ConfigurableApplicationContext context) {
		boolean[] found = new boolean[Hook.all().size()];
		List<GenericApplicationListener> listeners = listeners(context);
		for (Hook hook : Hook.all()) {
			if (hook.kind() == Hook.Kind.NOTIFICATION) {
				ResolvableType event = payloadEvent(hook.requestType());
				found[hook.index()] = listeners.stream()
					.anyMatch((listener) -> listener.supportsEventType(event) && !listener.supportsEventType(ANY_PAYLOAD));
			}
		}
		return found;
	}

	private static List<GenericApplicationListener> listeners(ConfigurableApplicationContext context) {
		List<GenericApplicationListener> listeners = new ArrayList<>();
		Collection<ApplicationListener<?>> registered = (context instanceof AbstractApplicationContext abstractContext)
				? abstractContext.getApplicationListeners() : List.of();
		registered.forEach((listener) -> listeners.add(generic(listener)));
		context.getBeansOfType(ApplicationListener.class, false, false)
			.values()
			.forEach((listener) -> listeners.add(generic(listener)));
		return listeners;
	}

	private static GenericApplicationListener generic(ApplicationListener<?> listener) {
		return (listener instanceof GenericApplicationListener generic) ? generic
				: new GenericApplicationListenerAdapter(listener);
	}

	private static ResolvableType payloadEvent(Class<?> payload) {
		return ResolvableType.forClassWithGenerics(PayloadApplicationEvent.class, payload);
	}

}

package dev.pluginkit.mattermost.autoconfigure.runtime;

import dev.pluginkit.mattermost.runtime.PluginHandshake;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The condition behind {@link ConditionalOnPluginRuntimeEnabled}, with a report message
 * that says which of the property and the cookie decided.
 */
class OnPluginRuntimeEnabledCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnPluginRuntimeEnabled.class);
		String enabled = context.getEnvironment().getProperty(PluginRuntimeActivation.ENABLED_PROPERTY);
		boolean active = PluginRuntimeActivation.isActive(context.getEnvironment());
		String reason = (enabled != null) ? PluginRuntimeActivation.ENABLED_PROPERTY + " is " + enabled
				: "the " + PluginHandshake.MAGIC_COOKIE_KEY + " magic cookie is " + (active ? "set" : "not set");
		return active ? ConditionOutcome.match(message.because(reason)) : ConditionOutcome.noMatch(message.because(reason));
	}

}

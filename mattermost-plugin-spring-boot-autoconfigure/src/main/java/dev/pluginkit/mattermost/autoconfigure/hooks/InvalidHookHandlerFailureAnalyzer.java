package dev.pluginkit.mattermost.autoconfigure.hooks;

import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a hook handler method that cannot be bound, naming the method and the hook.
 */
class InvalidHookHandlerFailureAnalyzer extends AbstractFailureAnalyzer<InvalidHookHandlerException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidHookHandlerException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Change " + InvalidHookHandlerException.describe(cause.getMethod()) + " so that it can handle "
						+ cause.getHookName() + ": see the Javadoc of @" + cause.getHookName()
						+ " for the parameters and return values it takes, or declare a HookArgumentResolver or"
						+ " HookReturnValueHandler bean for your own types.",
				cause);
	}

}

package dev.pluginkit.mattermost.autoconfigure.interactive;

import dev.pluginkit.mattermost.interactive.InvalidInteractiveHandlerException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@code @PostAction} or {@code @DialogSubmission} method that cannot serve,
 * naming the method and what it handles.
 */
class InvalidInteractiveHandlerFailureAnalyzer extends AbstractFailureAnalyzer<InvalidInteractiveHandlerException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidInteractiveHandlerException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Change " + InvalidInteractiveHandlerException.describe(cause.getMethod()) + " so that it can serve "
						+ cause.getHandler() + ": see the Javadoc of @PostAction and @DialogSubmission for the "
						+ "names, parameters and return values they take.",
				cause);
	}

}

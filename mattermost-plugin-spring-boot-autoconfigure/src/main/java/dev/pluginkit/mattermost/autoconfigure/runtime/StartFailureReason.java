package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/**
 * Why the application failed to start, in the words Spring Boot reports it: the
 * description and action of the first {@link FailureAnalyzer} that analyzes the failure,
 * else the exception and its root cause. Spring Boot reports the analysis only after the
 * run listeners have heard of the failure, so the analyzers run here as Spring Boot runs
 * them: loaded from {@code spring.factories}, given the context's bean factory and
 * environment.
 */
final class StartFailureReason {

	private StartFailureReason() {
	}

	/**
	 * Describes a failed start.
	 * @param context the application context, or {@code null} when it was not created
	 * @param failure the failure
	 * @return the reason, for the Mattermost server's log
	 */
	static String of(ConfigurableApplicationContext context, Throwable failure) {
		for (FailureAnalyzer analyzer : analyzers(context)) {
			try {
				FailureAnalysis analysis = analyzer.analyze(failure);
				if (analysis != null) {
					return "The plugin's application failed to start: " + analysis.getDescription()
							+ ((analysis.getAction() != null) ? " Action: " + analysis.getAction() : "");
				}
			}
			catch (Throwable ex) {
				// An analyzer that fails says nothing; Spring Boot passes over it too.
			}
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return "The plugin's application failed to start: " + failure
				+ ((cause != failure) ? "; caused by " + cause : "");
	}

	private static List<FailureAnalyzer> analyzers(ConfigurableApplicationContext context) {
		ClassLoader classLoader = (context != null) ? context.getClassLoader() : null;
		ArgumentResolver arguments = (context != null)
				? ArgumentResolver.of(BeanFactory.class, context.getBeanFactory())
					.and(Environment.class, context.getEnvironment())
				: ArgumentResolver.none();
		return SpringFactoriesLoader.forDefaultResourceLocation(classLoader)
			.load(FailureAnalyzer.class, arguments, FailureHandler.handleMessage((message, ex) -> {
				// An analyzer that cannot be created is left out, as Spring Boot leaves it out.
			}));
	}

}

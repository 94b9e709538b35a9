package dev.pluginkit.mattermost.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup that failed because no Plugin API target is configured.
 */
class MissingPluginApiTargetFailureAnalyzer extends AbstractFailureAnalyzer<MissingPluginApiTargetException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingPluginApiTargetException cause) {
		String description = """
				The Mattermost Plugin API client has no target: neither the property \
				'mattermost.plugin.api.target' nor the environment variable \
				'MATTERMOST_PLUGIN_API_TARGET' is set.""";
		String action = """
				When the Mattermost server launches the plugin, it sets MATTERMOST_PLUGIN_API_TARGET \
				itself. To run the plugin on its own, point it at a server's Plugin API, for example \
				in application.yml:

				    mattermost:
				      plugin:
				        api:
				          target: localhost:50051

				or with the environment variable MATTERMOST_PLUGIN_API_TARGET=localhost:50051. \
				Accepted forms: %s.""".formatted(PluginApiTarget.ACCEPTED_FORMS);
		return new FailureAnalysis(description, action, cause);
	}

}

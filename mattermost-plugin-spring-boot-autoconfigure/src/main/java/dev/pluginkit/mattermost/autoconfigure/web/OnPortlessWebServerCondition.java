package dev.pluginkit.mattermost.autoconfigure.web;

import dev.pluginkit.mattermost.autoconfigure.runtime.ConditionalOnPluginRuntimeEnabled;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;

/**
 * Whether the application's web server should be the portless one: when the plugin runtime
 * runs, or when no embedded servlet container is on the class path at all (a plugin that
 * leaves Tomcat out of its bundle still starts as an ordinary application outside the
 * server, rather than failing for want of a web server).
 */
class OnPortlessWebServerCondition extends AnyNestedCondition {

	OnPortlessWebServerCondition() {
		super(ConfigurationPhase.REGISTER_BEAN);
	}

	@ConditionalOnPluginRuntimeEnabled
	static class PluginRuntimeEnabled {

	}

	@ConditionalOnMissingClass({ "org.apache.catalina.startup.Tomcat", "org.eclipse.jetty.server.Server",
			"io.undertow.Undertow" })
	static class NoEmbeddedServletContainer {

	}

}

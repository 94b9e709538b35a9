package dev.pluginkit.mattermost.test.driver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PluginDriverExtension} registered in code, with a launch that has no API target.
 */
class PluginDriverExtensionTests {

	@RegisterExtension
	static PluginDriverExtension plugin = PluginDriverExtension
		.launching(PluginLaunch.javaMain(FakePlugin.class.getName(), "-XX:TieredStopAtLevel=1"));

	@Test
	void pluginIsActivatedAgainstTheExtensionsFakeServer() {
		assertThat(plugin.mattermost().callCount("GetServerVersion")).isEqualTo(1);
		assertThat(plugin.driver().awaitStderrLineContaining("api target=")).endsWith(plugin.mattermost().target());
	}

}

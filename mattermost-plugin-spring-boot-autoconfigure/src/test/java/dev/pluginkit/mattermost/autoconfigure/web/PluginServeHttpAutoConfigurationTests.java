package dev.pluginkit.mattermost.autoconfigure.web;

import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.hooks.internal.PluginHooksService;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.web.ServeHttpHandler;
import dev.pluginkit.mattermost.web.internal.ServeHttpWebServerFactory;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ServerCalls;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.server.ServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the runtime serves ServeHTTP with Spring MVC, and when it backs off.
 */
class PluginServeHttpAutoConfigurationTests {

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PluginServeHttpAutoConfiguration.class,
				PluginWebMvcAutoConfiguration.class, PluginHooksAutoConfiguration.class))
		.withPropertyValues("mattermost.plugin.runtime.enabled=true");

	@Test
	void aServletApplicationWithTheRuntimeGetsThePortlessFactoryAndTheHandler() {
		this.web.run((context) -> {
			assertThat(context).hasSingleBean(ServeHttpWebServerFactory.class).hasSingleBean(ServeHttpHandler.class);
			assertThat(context.getBean(ServletWebServerFactory.class)).isInstanceOf(ServeHttpWebServerFactory.class);
		});
	}

	@Test
	void implementedListsServeHttpWhenTheHandlerExists() {
		this.web.run((context) -> assertThat(implemented(context.getBean(PluginHooksService.class)).getHooksList())
			.contains(PluginHooksService.SERVE_HTTP));
	}

	@Test
	void implementedDoesNotListServeHttpWithoutAWebLayer() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PluginServeHttpAutoConfiguration.class,
				PluginHooksAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.runtime.enabled=true")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ServeHttpHandler.class);
				assertThat(implemented(context.getBean(PluginHooksService.class)).getHooksList())
					.doesNotContain(PluginHooksService.SERVE_HTTP);
			});
	}

	@Test
	void withoutTheRuntimeOrAnEmbeddedContainerTheWebServerIsStillThePortlessOne() {
		this.web.withPropertyValues("mattermost.plugin.runtime.enabled=false")
			.withClassLoader(new FilteredClassLoader(Tomcat.class))
			.run((context) -> assertThat(context).hasSingleBean(ServeHttpWebServerFactory.class));
	}

	@Test
	void backsOffWithoutTheRuntimeWhenAnEmbeddedContainerIsThere() {
		this.web.withPropertyValues("mattermost.plugin.runtime.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ServeHttpWebServerFactory.class)
				.doesNotHaveBean(ServeHttpHandler.class));
	}

	@Test
	void backsOffForAWebServerFactoryOfTheApplications() {
		this.web.withUserConfiguration(TomcatConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean(ServeHttpWebServerFactory.class)
				.doesNotHaveBean(ServeHttpHandler.class));
	}

	@Test
	void aServeHttpHandlerOfTheApplicationsReplacesOurs() {
		this.web.withUserConfiguration(OwnHandlerConfiguration.class)
			.run((context) -> assertThat(context.getBean(ServeHttpHandler.class))
				.isSameAs(context.getBean(OwnHandlerConfiguration.class).handler));
	}

	@Test
	void aResponseBufferLargerThanOneMessageFailsNamingTheProperty() {
		this.web.withPropertyValues("mattermost.plugin.http.response-buffer-size=4MB")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("mattermost.plugin.http.response-buffer-size")
				.hasMessageContaining("4194304"));
	}

	@Test
	void aNegativeFlushDelayFailsNamingTheProperty() {
		this.web.withPropertyValues("mattermost.plugin.http.flush-delay=-1ms")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("mattermost.plugin.http.flush-delay"));
	}

	private static ImplementedResponse implemented(PluginHooksService service) throws Exception {
		String name = InProcessServerBuilder.generateName();
		Server server = InProcessServerBuilder.forName(name).addService(service).build().start();
		ManagedChannel channel = InProcessChannelBuilder.forName(name).build();
		try {
			return PluginHooksGrpc.newBlockingStub(channel).implemented(ImplementedRequest.getDefaultInstance());
		}
		finally {
			channel.shutdownNow();
			server.shutdownNow();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TomcatConfiguration {

		@Bean
		TomcatServletWebServerFactory tomcat() {
			return new TomcatServletWebServerFactory(0);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnHandlerConfiguration {

		final ServeHttpHandler handler = (responses) -> ServerCalls
			.asyncUnimplementedStreamingCall(PluginHooksGrpc.getServeHTTPMethod(), responses);

		@Bean
		ServeHttpHandler ownHandler() {
			return this.handler;
		}

	}

}

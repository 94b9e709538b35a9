package dev.pluginkit.mattermost.autoconfigure;

import java.time.Duration;
import java.util.Map;

import dev.pluginkit.mattermost.client.AsyncPluginAPIClient;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiClientOptions;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import net.devh.boot.grpc.client.channelfactory.GrpcChannelFactory;
import net.devh.boot.grpc.client.config.GrpcChannelProperties;
import net.devh.boot.grpc.client.config.GrpcChannelsProperties;
import net.devh.boot.grpc.client.config.NegotiationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class PluginApiClientAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(GrpcClientAutoConfiguration.class, PluginApiClientAutoConfiguration.class));

	@Test
	void defaultsAreTheDocumentedOnes() {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=localhost:50051").run((context) -> {
			MattermostPluginProperties.Api api = context.getBean(MattermostPluginProperties.class).getApi();
			assertThat(api.getDeadline()).isEqualTo(Duration.ofSeconds(30));
			assertThat(api.getKeepaliveTime()).isEqualTo(Duration.ofMinutes(5));
			assertThat(api.getKeepaliveTimeout()).isEqualTo(Duration.ofSeconds(20));
			assertThat(api.isKeepaliveWithoutCalls()).isFalse();
			assertThat(api.getMaxInboundMessageSize()).isEqualTo(DataSize.ofMegabytes(100));
			assertThat(api.getMaxOutboundMessageSize()).isEqualTo(DataSize.ofMegabytes(100));
			assertThat(api.getShutdownGracePeriod()).isEqualTo(Duration.ofSeconds(1));
		});
	}

	@Test
	void providesBothClients() {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=localhost:50051")
			.run((context) -> assertThat(context).hasSingleBean(PluginAPIClient.class)
				.hasSingleBean(AsyncPluginAPIClient.class)
				.hasSingleBean(PluginApiClientOptions.class));
	}

	@Test
	void propertiesFeedTheChannelConfiguration() {
		this.contextRunner
			.withPropertyValues("mattermost.plugin.api.target=localhost:50051",
					"mattermost.plugin.api.keepalive-time=7m", "mattermost.plugin.api.keepalive-timeout=3s",
					"mattermost.plugin.api.keepalive-without-calls=true",
					"mattermost.plugin.api.max-inbound-message-size=8MB",
					"mattermost.plugin.api.shutdown-grace-period=250ms")
			.run((context) -> {
				GrpcChannelProperties channel = pluginApiChannel(context.getBean(GrpcChannelsProperties.class));
				assertThat(channel.getAddress()).hasToString("dns:///localhost:50051");
				assertThat(channel.getNegotiationType()).isEqualTo(NegotiationType.PLAINTEXT);
				assertThat(channel.isEnableKeepAlive()).isTrue();
				assertThat(channel.getKeepAliveTime()).isEqualTo(Duration.ofMinutes(7));
				assertThat(channel.getKeepAliveTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(channel.isKeepAliveWithoutCalls()).isTrue();
				assertThat(channel.getMaxInboundMessageSize()).isEqualTo(DataSize.ofMegabytes(8));
				assertThat(channel.getShutdownGracePeriod()).isEqualTo(Duration.ofMillis(250));
			});
	}

	@Test
	void propertiesFeedTheClientOptions() {
		this.contextRunner
			.withPropertyValues("mattermost.plugin.api.target=localhost:50051", "mattermost.plugin.api.deadline=2s",
					"mattermost.plugin.api.max-inbound-message-size=1MB",
					"mattermost.plugin.api.max-outbound-message-size=4MB")
			.run((context) -> {
				PluginApiClientOptions options = context.getBean(PluginApiClientOptions.class);
				assertThat(options.getDeadline()).isEqualTo(Duration.ofSeconds(2));
				assertThat(options.getMaxInboundMessageSize()).isEqualTo(1024 * 1024);
				assertThat(options.getMaxOutboundMessageSize()).isEqualTo(4 * 1024 * 1024);
			});
	}

	@Test
	void explicitNetDevhClientSettingsWinOverOurs() {
		this.contextRunner
			.withPropertyValues("mattermost.plugin.api.target=localhost:50051",
					"mattermost.plugin.api.keepalive-time=7m",
					"grpc.client.mattermost-plugin-api.keep-alive-time=9m",
					"grpc.client.mattermost-plugin-api.address=static://127.0.0.1:6000")
			.run((context) -> {
				GrpcChannelProperties channel = pluginApiChannel(context.getBean(GrpcChannelsProperties.class));
				assertThat(channel.getKeepAliveTime()).isEqualTo(Duration.ofMinutes(9));
				assertThat(channel.getAddress()).hasToString("static://127.0.0.1:6000");
			});
	}

	@Test
	void oursWinOverNetDevhGlobalSettings() {
		this.contextRunner
			.withPropertyValues("mattermost.plugin.api.target=localhost:50051",
					"grpc.client.GLOBAL.keep-alive-time=1m", "grpc.client.GLOBAL.negotiation-type=TLS")
			.run((context) -> {
				GrpcChannelProperties channel = pluginApiChannel(context.getBean(GrpcChannelsProperties.class));
				assertThat(channel.getKeepAliveTime()).isEqualTo(Duration.ofMinutes(5));
				assertThat(channel.getNegotiationType()).isEqualTo(NegotiationType.PLAINTEXT);
			});
	}

	@Test
	void netDevhAddressAloneIsEnoughTarget() {
		this.contextRunner.withPropertyValues("grpc.client.mattermost-plugin-api.address=static://127.0.0.1:6000")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(PluginAPIClient.class));
	}

	@Test
	void environmentVariableSuppliesTheTarget() {
		this.contextRunner.withInitializer((context) -> replaceEnvironmentVariables(context.getEnvironment(),
				Map.of("MATTERMOST_PLUGIN_API_TARGET", "localhost:41000")))
			.run((context) -> assertThat(context.getBean(MattermostPluginProperties.class).getApi().getTarget())
				.isEqualTo("localhost:41000"));
	}

	@Test
	void environmentVariableWinsOverApplicationYaml() {
		this.contextRunner.withInitializer((context) -> {
			replaceEnvironmentVariables(context.getEnvironment(),
					Map.of("MATTERMOST_PLUGIN_API_TARGET", "localhost:41000"));
			addApplicationConfig(context.getEnvironment(), Map.of("mattermost.plugin.api.target", "localhost:9999"));
		})
			.run((context) -> assertThat(context.getBean(MattermostPluginProperties.class).getApi().getTarget())
				.isEqualTo("localhost:41000"));
	}

	@Test
	void systemPropertyWinsOverEnvironmentVariable() {
		this.contextRunner.withSystemProperties("mattermost.plugin.api.target=localhost:42000")
			.withInitializer((context) -> replaceEnvironmentVariables(context.getEnvironment(),
					Map.of("MATTERMOST_PLUGIN_API_TARGET", "localhost:41000")))
			.run((context) -> assertThat(context.getBean(MattermostPluginProperties.class).getApi().getTarget())
				.isEqualTo("localhost:42000"));
	}

	@Test
	void applicationYamlAppliesWhenNothingElseSetsTheTarget() {
		this.contextRunner.withInitializer((context) -> {
			replaceEnvironmentVariables(context.getEnvironment(), Map.of());
			addApplicationConfig(context.getEnvironment(), Map.of("mattermost.plugin.api.target", "localhost:9999"));
		})
			.run((context) -> assertThat(context.getBean(MattermostPluginProperties.class).getApi().getTarget())
				.isEqualTo("localhost:9999"));
	}

	@Test
	void missingTargetFailsStartupWithAnAnalysisNamingPropertyAndVariable() {
		this.contextRunner
			.withInitializer((context) -> replaceEnvironmentVariables(context.getEnvironment(), Map.of()))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(MissingPluginApiTargetException.class);
				assertThat(analyze(context.getStartupFailure())).contains("'mattermost.plugin.api.target'")
					.contains("'MATTERMOST_PLUGIN_API_TARGET'")
					.contains("application.yml")
					.contains("mattermost:\n      plugin:\n        api:\n          target: localhost:50051");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost:50051", "127.0.0.1:1", "mattermost.example.org:65535", "[::1]:50051",
			"[fe80::1]:8065", "dns:///localhost:50051", "dns://8.8.8.8:53/mattermost:50051",
			"dns:///[::1]:50051", "static://127.0.0.1:50051",
			"in-process:mattermost" })
	void acceptsEveryDocumentedTargetForm(String target) {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=" + target)
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(MattermostPluginProperties.class)
				.extracting((properties) -> properties.getApi().getTarget())
				.isEqualTo(target));
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "localhost:0", "localhost:65536", "http://localhost:50051",
			"unix:/tmp/mattermost.sock", "local host:1", ":50051", "::1:50051", "static://", "dns:///", "static://10.0.0.1:1,10.0.0.2:2", "[fe80::1%eth0]:8065" })
	void rejectsAMalformedTargetNamingPropertyAndValue(String target) {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=" + target).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(analyze(context.getStartupFailure())).contains("Property: mattermost.plugin.api.target")
				.contains("Value: \"" + target + "\"")
				.contains("must be host:port");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "max-inbound-message-size=-1B", "max-outbound-message-size=0B",
			"max-inbound-message-size=3GB", "deadline=-1s", "deadline=0s", "keepalive-time=0s",
			"keepalive-timeout=-5s", "shutdown-grace-period=-1s" })
	void rejectsAnInvalidValueNamingPropertyAndValue(String assignment) {
		String property = "mattermost.plugin.api." + assignment.substring(0, assignment.indexOf('='));
		String text = assignment.substring(assignment.indexOf('=') + 1);
		// The report shows the value as bound: a size in bytes, a duration in ISO-8601.
		String value = property.endsWith("size") ? DataSize.parse(text).toString()
				: DurationStyle.detectAndParse(text).toString();
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=localhost:50051",
				"mattermost.plugin.api." + assignment)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(analyze(context.getStartupFailure())).contains("Property: " + property)
					.contains("Value: \"" + value + "\"");
			});
	}

	@Test
	void userClientsWin() {
		this.contextRunner.withUserConfiguration(UserClientsConfiguration.class)
			.withInitializer((context) -> replaceEnvironmentVariables(context.getEnvironment(), Map.of()))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(PluginAPIClient.class))
					.isSameAs(context.getBean(UserClientsConfiguration.class).client);
				assertThat(context.getBean(AsyncPluginAPIClient.class))
					.isSameAs(context.getBean(UserClientsConfiguration.class).asyncClient);
			});
	}

	@Test
	void userOptionsWin() {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=localhost:50051")
			.withBean(PluginApiClientOptions.class,
					() -> PluginApiClientOptions.defaults().withDeadline(Duration.ofMillis(1234)))
			.run((context) -> assertThat(context.getBean(PluginApiClientOptions.class).getDeadline())
				.isEqualTo(Duration.ofMillis(1234)));
	}

	@Test
	void backsOffWithoutTheNetDevhClient() {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=localhost:50051")
			.withClassLoader(new FilteredClassLoader(GrpcChannelFactory.class))
			.run((context) -> assertThat(context).doesNotHaveBean(PluginAPIClient.class)
				.doesNotHaveBean(AsyncPluginAPIClient.class));
	}

	private static GrpcChannelProperties pluginApiChannel(GrpcChannelsProperties channels) {
		return channels.getChannel(PluginApiClientAutoConfiguration.CHANNEL_NAME);
	}

	/**
	 * Runs Spring Boot's own failure analyzers over a startup failure, as an application's
	 * start would, and returns the report it would print.
	 */
	private static String analyze(Throwable failure) {
		FailureAnalysis analysis = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
				.and(Environment.class, new StandardEnvironment()),
					// Analyzers for technologies not on this classpath cannot load; skip them.
					FailureHandler.handleMessage((message, loadFailure) -> {
					}))
			.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No failure analyzer explains " + failure));
		return analysis.getDescription() + "\n" + analysis.getAction();
	}

	/**
	 * Stands in for the process environment, where Spring Boot puts it: after system
	 * properties.
	 */
	static void replaceEnvironmentVariables(org.springframework.core.env.ConfigurableEnvironment environment,
			Map<String, Object> variables) {
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
	}

	/**
	 * Stands in for {@code application.yml}, where Spring Boot puts it: after the
	 * environment.
	 */
	private static void addApplicationConfig(org.springframework.core.env.ConfigurableEnvironment environment,
			Map<String, Object> properties) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("Config resource 'class path resource [application.yml]'", properties));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientsConfiguration {

		final PluginAPIClient client = mock(PluginAPIClient.class);

		final AsyncPluginAPIClient asyncClient = mock(AsyncPluginAPIClient.class);

		@Bean
		PluginAPIClient myClient() {
			return this.client;
		}

		@Bean
		AsyncPluginAPIClient myAsyncClient() {
			return this.asyncClient;
		}

	}

}

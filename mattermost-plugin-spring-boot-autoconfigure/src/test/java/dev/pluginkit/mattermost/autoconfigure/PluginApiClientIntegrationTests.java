package dev.pluginkit.mattermost.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.client.AsyncPluginAPIClient;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.client.PluginApiNotFoundException;
import dev.pluginkit.mattermost.client.PluginApiUnavailableException;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.LogEntry;
import io.grpc.Status;
import io.netty.util.Version;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The auto-configured clients against a real grpc-netty server on 127.0.0.1.
 */
class PluginApiClientIntegrationTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start().setServerVersion("10.11.0");
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(GrpcClientAutoConfiguration.class, PluginApiClientAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target());
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void blockingClientCallsTheServer() {
		this.contextRunner.run((context) -> {
			PluginAPIClient api = context.getBean(PluginAPIClient.class);
			assertThat(api.getServerVersion()).isEqualTo("10.11.0");
			api.logInfo("activated", "plugin_id", "com.example.sample");
			assertThat(this.mattermost.logEntries()).containsExactly(new LogEntry(LogEntry.LogLevel.INFO, "activated",
					Map.of("plugin_id", "com.example.sample")));
		});
	}

	@Test
	void asyncClientCallsTheServer() {
		this.contextRunner.run((context) -> assertThat(
				context.getBean(AsyncPluginAPIClient.class).getServerVersion().get(5, TimeUnit.SECONDS))
			.isEqualTo("10.11.0"));
	}

	@Test
	void bothClientsShareOneConnection() {
		this.contextRunner.run((context) -> {
			context.getBean(PluginAPIClient.class).getServerVersion();
			context.getBean(AsyncPluginAPIClient.class).getServerVersion().join();
			assertThat(this.mattermost.callCount("GetServerVersion")).isEqualTo(2);
		});
	}

	@Test
	void staticTargetReachesTheServer() {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=static://" + this.mattermost.target())
			.run((context) -> assertThat(context.getBean(PluginAPIClient.class).getServerVersion())
				.isEqualTo("10.11.0"));
	}

	@Test
	void dnsTargetReachesTheServer() {
		this.contextRunner.withPropertyValues("mattermost.plugin.api.target=dns:///" + this.mattermost.target())
			.run((context) -> assertThat(context.getBean(PluginAPIClient.class).getServerVersion())
				.isEqualTo("10.11.0"));
	}

	@Test
	void localhostTargetReachesTheServer() {
		this.contextRunner
			.withPropertyValues("mattermost.plugin.api.target=localhost:" + this.mattermost.port())
			.run((context) -> assertThat(context.getBean(PluginAPIClient.class).getServerVersion())
				.isEqualTo("10.11.0"));
	}

	@Test
	void aCallOnBootsNettyWorks() {
		// Spring Boot's BOM decides the Netty version, as it will in a plugin's build.
		assertThat(Version.identify().get("netty-codec-http2").artifactVersion()).startsWith("4.1.");
		this.contextRunner.run((context) -> assertThat(context.getBean(PluginAPIClient.class).getDiagnosticId())
			.isNotEmpty());
	}

	@Test
	void failedCallsSurfaceAsSdkExceptions() {
		this.mattermost.failWith("GetServerVersion", Status.NOT_FOUND.withDescription("app.version.missing: none"));
		this.contextRunner.run((context) -> {
			assertThat(catchThrowable(() -> context.getBean(PluginAPIClient.class).getServerVersion()))
				.isInstanceOfSatisfying(PluginApiNotFoundException.class,
						(ex) -> assertThat(ex.getErrorId()).isEqualTo("app.version.missing"));
			assertThat(catchThrowable(() -> context.getBean(AsyncPluginAPIClient.class).getServerVersion().join()))
				.hasCauseInstanceOf(PluginApiNotFoundException.class);
		});
	}

	@Test
	void configuredDeadlineApplies() {
		this.mattermost.delay("GetServerVersion", Duration.ofSeconds(10));
		this.contextRunner.withPropertyValues("mattermost.plugin.api.deadline=200ms")
			.run((context) -> assertThat(catchThrowable(() -> context.getBean(PluginAPIClient.class).getServerVersion()))
				.isInstanceOf(dev.pluginkit.mattermost.client.PluginApiDeadlineExceededException.class));
	}

	@Test
	void closingTheContextLetsInFlightCallsFinishWithinTheGracePeriod() {
		this.mattermost.delay("GetServerVersion", Duration.ofMillis(500));
		this.contextRunner.withPropertyValues("mattermost.plugin.api.shutdown-grace-period=10s").run((context) -> {
			CompletableFuture<String> inFlight = context.getBean(AsyncPluginAPIClient.class).getServerVersion();
			await().atMost(Duration.ofSeconds(5)).until(() -> this.mattermost.callCount("GetServerVersion") == 1);

			close(context);

			await().atMost(Duration.ofSeconds(5)).until(inFlight::isDone);
			assertThat(inFlight).isCompletedWithValue("10.11.0");
		});
	}

	@Test
	void closingTheContextCancelsCallsThatOutliveTheGracePeriod() {
		this.mattermost.delay("GetServerVersion", Duration.ofSeconds(30));
		this.contextRunner.withPropertyValues("mattermost.plugin.api.shutdown-grace-period=200ms").run((context) -> {
			CompletableFuture<String> inFlight = context.getBean(AsyncPluginAPIClient.class).getServerVersion();
			await().atMost(Duration.ofSeconds(5)).until(() -> this.mattermost.callCount("GetServerVersion") == 1);

			close(context);

			await().atMost(Duration.ofSeconds(5)).until(inFlight::isDone);
			assertThat(inFlight).isCompletedExceptionally();
			assertThat(catchThrowable(inFlight::join)).hasCauseInstanceOf(PluginApiUnavailableException.class);
		});
	}

	@Test
	void callsAfterCloseFailWithTheSdkException() {
		this.contextRunner.run((context) -> {
			PluginAPIClient api = context.getBean(PluginAPIClient.class);
			AsyncPluginAPIClient asyncApi = context.getBean(AsyncPluginAPIClient.class);
			api.getServerVersion();

			close(context);

			assertThatExceptionOfType(PluginApiUnavailableException.class).isThrownBy(api::getServerVersion);
			assertThat(catchThrowable(() -> asyncApi.getServerVersion().join()))
				.hasCauseInstanceOf(PluginApiUnavailableException.class);
		});
	}

	private static void close(AssertableApplicationContext context) {
		((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
	}

}

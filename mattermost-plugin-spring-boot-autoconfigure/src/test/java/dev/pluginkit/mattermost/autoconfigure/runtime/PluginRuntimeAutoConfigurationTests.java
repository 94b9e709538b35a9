package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.goplugin.v1.Empty;
import dev.pluginkit.mattermost.goplugin.v1.GRPCControllerGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.runtime.PluginServerBuilderCustomizer;
import dev.pluginkit.mattermost.runtime.PluginServerStartedEvent;
import dev.pluginkit.mattermost.runtime.PluginShutdown;
import io.grpc.ManagedChannel;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * When the plugin runtime runs, and what it serves.
 */
class PluginRuntimeAutoConfigurationTests {

	private static final String COOKIE = "MATTERMOST_PLUGIN=Securely message teams, anywhere.";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PluginRuntimeAutoConfiguration.class));

	@Test
	void startsNoServerWithoutCookieOrProperty() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(PluginServer.class)
			.doesNotHaveBean(HealthStatusManager.class)
			.doesNotHaveBean(PluginShutdown.class));
	}

	@Test
	void startsNoServerWhenTheCookieHasAnotherValue() {
		this.contextRunner.withPropertyValues("MATTERMOST_PLUGIN=something else")
			.run((context) -> assertThat(context).doesNotHaveBean(PluginServer.class));
	}

	@Test
	void startsTheServerWithTheCookie() {
		this.contextRunner.withPropertyValues(COOKIE)
			.run((context) -> assertThat(context.getBean(PluginServer.class).getPort()).isPositive());
	}

	@Test
	void startsTheServerWhenEnabledByProperty() {
		this.contextRunner.withPropertyValues("mattermost.plugin.runtime.enabled=true")
			.run((context) -> assertThat(context.getBean(PluginServer.class).getPort()).isPositive());
	}

	@Test
	void startsNoServerWhenDisabledByPropertyDespiteTheCookie() {
		this.contextRunner.withPropertyValues(COOKIE, "mattermost.plugin.runtime.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PluginServer.class));
	}

	@Test
	void reportsPluginAndAllServicesServing() {
		enabled().run((context) -> {
			ManagedChannel channel = channelTo(context);
			try {
				HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(channel);
				assertThat(health.check(HealthCheckRequest.newBuilder().setService("plugin").build()).getStatus())
					.isEqualTo(ServingStatus.SERVING);
				assertThat(health.check(HealthCheckRequest.getDefaultInstance()).getStatus())
					.isEqualTo(ServingStatus.SERVING);
			}
			finally {
				channel.shutdownNow();
			}
		});
	}

	@Test
	void servesEveryBindableServiceBean() {
		enabled().withUserConfiguration(HooksConfiguration.class).run((context) -> {
			ManagedChannel channel = channelTo(context);
			try {
				ImplementedResponse implemented = PluginHooksGrpc.newBlockingStub(channel)
					.implemented(ImplementedRequest.getDefaultInstance());
				assertThat(implemented.getHooksList()).containsExactly("OnActivate");
			}
			finally {
				channel.shutdownNow();
			}
		});
	}

	@Test
	void usesTheApplicationsHealthStatusManager() {
		enabled().withUserConfiguration(HealthConfiguration.class)
			.run((context) -> assertThat(context).getBean(HealthStatusManager.class)
				.isSameAs(context.getBean(HealthConfiguration.class).health));
	}

	@Test
	void backsOffForTheApplicationsPluginServer() {
		enabled().withUserConfiguration(ServerConfiguration.class)
			.run((context) -> assertThat(context).getBean(PluginServer.class).isSameAs(ServerConfiguration.server));
	}

	@Test
	void appliesBuilderCustomizers() {
		enabled().withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			ManagedChannel channel = channelTo(context);
			try {
				HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
				assertThat(context.getBean(CustomizerConfiguration.class).calls).hasValue(1);
			}
			finally {
				channel.shutdownNow();
			}
		});
	}

	@Test
	void refusesRequestsAboveTheMaxInboundMessageSize() {
		enabled().withPropertyValues("mattermost.plugin.runtime.max-inbound-message-size=1KB").run((context) -> {
			ManagedChannel channel = channelTo(context);
			try {
				HealthCheckRequest large = HealthCheckRequest.newBuilder().setService("x".repeat(2048)).build();
				assertThatExceptionOfType(StatusRuntimeException.class)
					.isThrownBy(() -> HealthGrpc.newBlockingStub(channel).check(large))
					.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED));
			}
			finally {
				channel.shutdownNow();
			}
		});
	}

	@Test
	void publishesTheStartedEventWithThePort() {
		enabled().withUserConfiguration(StartedListenerConfiguration.class).run((context) -> {
			List<PluginServerStartedEvent> events = context.getBean(StartedListenerConfiguration.class).events;
			assertThat(events).singleElement()
				.extracting(PluginServerStartedEvent::getPort)
				.isEqualTo(context.getBean(PluginServer.class).getPort());
		});
	}

	@Test
	void shutdownCallClosesTheContextAndReportsNotServing() {
		enabled().run((context) -> {
			ManagedChannel channel = channelTo(context);
			HealthStatusManager health = context.getBean(HealthStatusManager.class);
			try {
				GRPCControllerGrpc.newBlockingStub(channel).shutdown(Empty.getDefaultInstance());
				ConfigurableApplicationContext source = context.getSourceApplicationContext();
				await().atMost(30, TimeUnit.SECONDS).until(() -> !source.isActive());
				assertThat(healthOf(health, "plugin")).isEqualTo(ServingStatus.NOT_SERVING);
				assertThat(healthOf(health, "")).isEqualTo(ServingStatus.NOT_SERVING);
			}
			finally {
				channel.shutdownNow();
			}
		});
	}

	@Test
	void stopsTheServerBeforeLifecycleBeansAndClosedEventListeners() {
		enabled().withUserConfiguration(StopObserverConfiguration.class).run((context) -> {
			StopObserverConfiguration observer = context.getBean(StopObserverConfiguration.class);
			observer.server = context.getBean(PluginServer.class);
			context.close();
			// An executor bean stops taking tasks on ContextClosedEvent, lifecycle beans stop
			// after it: a call the server still accepted then would find no application.
			assertThat(observer.runningWhenClosedEventArrived).isFalse();
			assertThat(observer.runningWhenLifecycleStopped).isFalse();
		});
	}

	@Test
	void failsTheStartWhenABeanServesTheRuntimesHealthService() {
		enabled().withBean("myHealth", HealthGrpc.HealthImplBase.class, () -> new HealthGrpc.HealthImplBase() {
		}).run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("'myHealth' serves grpc.health.v1.Health")
			.hasMessageContaining("the plugin runtime's health service"));
	}

	@Test
	void failsTheStartWhenTwoBeansServePluginHooksNamingBoth() {
		enabled().withConfiguration(AutoConfigurations.of(PluginHooksAutoConfiguration.class))
			.withUserConfiguration(HooksConfiguration.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("serves mattermost.pluginapi.v1.PluginHooks")
				.hasMessageContaining("'hooks'")
				.hasMessageContaining("'pluginHooksService'"));
	}

	private ApplicationContextRunner enabled() {
		return this.contextRunner.withPropertyValues("mattermost.plugin.runtime.enabled=true");
	}

	private static ManagedChannel channelTo(AssertableApplicationContext context) {
		return NettyChannelBuilder.forAddress("127.0.0.1", context.getBean(PluginServer.class).getPort())
			.usePlaintext()
			.build();
	}

	/**
	 * Asks the health service in this JVM, without a server: the status it keeps after the
	 * server has stopped.
	 */
	private static ServingStatus healthOf(HealthStatusManager health, String service) {
		List<ServingStatus> answers = new ArrayList<>();
		((HealthGrpc.AsyncService) health.getHealthService()).check(
				HealthCheckRequest.newBuilder().setService(service).build(), new StreamObserver<>() {

					@Override
					public void onNext(io.grpc.health.v1.HealthCheckResponse value) {
						answers.add(value.getStatus());
					}

					@Override
					public void onError(Throwable t) {
					}

					@Override
					public void onCompleted() {
					}

				});
		return answers.get(0);
	}

	@Configuration(proxyBeanMethods = false)
	static class HooksConfiguration {

		@Bean
		PluginHooksGrpc.PluginHooksImplBase hooks() {
			return new PluginHooksGrpc.PluginHooksImplBase() {

				@Override
				public void implemented(ImplementedRequest request, StreamObserver<ImplementedResponse> observer) {
					observer.onNext(ImplementedResponse.newBuilder().addHooks("OnActivate").build());
					observer.onCompleted();
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class HealthConfiguration {

		final HealthStatusManager health = new HealthStatusManager();

		@Bean
		HealthStatusManager customHealth() {
			return this.health;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ServerConfiguration {

		static final PluginServer server = new PluginServer(List.of(), new HealthStatusManager(), () -> {
		});

		@Bean
		PluginServer customServer() {
			return server;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		PluginServerBuilderCustomizer countingCustomizer() {
			return (builder) -> builder.intercept(new ServerInterceptor() {

				@Override
				public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, io.grpc.Metadata headers,
						ServerCallHandler<Q, R> next) {
					CustomizerConfiguration.this.calls.incrementAndGet();
					return next.startCall(call, headers);
				}

			});
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class StopObserverConfiguration implements SmartLifecycle {

		volatile PluginServer server;

		volatile Boolean runningWhenClosedEventArrived;

		volatile Boolean runningWhenLifecycleStopped;

		private volatile boolean running;

		@EventListener
		void closed(ContextClosedEvent event) {
			this.runningWhenClosedEventArrived = this.server.isRunning();
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.runningWhenLifecycleStopped = this.server.isRunning();
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class StartedListenerConfiguration {

		final List<PluginServerStartedEvent> events = new ArrayList<>();

		@EventListener
		void onStarted(PluginServerStartedEvent event) {
			this.events.add(event);
		}

	}

}

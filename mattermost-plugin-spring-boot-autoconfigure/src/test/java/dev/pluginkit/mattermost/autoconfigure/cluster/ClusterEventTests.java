package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.kv.JsonKvStoreAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.cluster.scan.ScannedApplication;
import dev.pluginkit.mattermost.autoconfigure.cluster.scan.ScannedEvent;
import dev.pluginkit.mattermost.autoconfigure.runtime.PluginRuntimeAutoConfiguration;
import dev.pluginkit.mattermost.cluster.ClusterEvent;
import dev.pluginkit.mattermost.cluster.ClusterEventPublisher;
import dev.pluginkit.mattermost.cluster.ClusterEventTypes;
import dev.pluginkit.mattermost.pluginapi.v1.OnPluginClusterEventRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginClusterEvent;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PublishPluginClusterEventRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PublishPluginClusterEventResponse;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Typed cluster events between two nodes (two application contexts with the plugin runtime)
 * against one in-memory server. The fake does not deliver {@code PublishPluginClusterEvent};
 * the test scripts it to do what the server does: call the {@code OnPluginClusterEvent} hook
 * of the plugin on the other node, over gRPC.
 */
class ClusterEventTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner node;

	private final AtomicReference<ManagedChannel> otherNode = new AtomicReference<>();

	@ClusterEvent("cache_evicted")
	record CacheEvicted(@JsonProperty("Key") String key, @JsonProperty("Reason") String reason) {
	}

	record NotAnEvent(String key) {
	}

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.mattermost.answerWith(PluginAPIGrpc.getPublishPluginClusterEventMethod(), this::deliver);
		this.node = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					JsonKvStoreAutoConfiguration.class, ClusterAutoConfiguration.class,
					PluginHooksAutoConfiguration.class, PluginRuntimeAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target(),
					"mattermost.plugin.runtime.enabled=true")
			.withBean(ClusterEventTypes.class, () -> new ClusterEventTypes(List.of(CacheEvicted.class)))
			.withUserConfiguration(Received.class);
	}

	private PublishPluginClusterEventResponse deliver(PublishPluginClusterEventRequest request) {
		PluginHooksGrpc.newBlockingStub(this.otherNode.get())
			.onPluginClusterEvent(OnPluginClusterEventRequest.newBuilder().setEvent(request.getEvent()).build());
		return PublishPluginClusterEventResponse.getDefaultInstance();
	}

	@AfterEach
	void stop() {
		ManagedChannel channel = this.otherNode.get();
		if (channel != null) {
			channel.shutdownNow();
		}
		this.mattermost.close();
	}

	@Test
	void eventPublishedOnOneNodeArrivesOnTheOtherAsApplicationEventOfItsType() {
		this.node.run((publisher) -> this.node.run((receiver) -> {
			this.otherNode.set(NettyChannelBuilder
				.forAddress("127.0.0.1", receiver.getBean(PluginServer.class).getPort())
				.usePlaintext()
				.build());
			publisher.getBean(ClusterEventPublisher.class).publish(new CacheEvicted("user_1", "updated"));
			await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.getBean(Received.class).events.isEmpty());
			assertThat(receiver.getBean(Received.class).events).containsExactly(new CacheEvicted("user_1", "updated"));
			assertThat(publisher.getBean(Received.class).events).isEmpty();
		}));
	}

	@Test
	void eventIsSentWithItsIdAndGoJson() {
		List<PluginClusterEvent> sent = new CopyOnWriteArrayList<>();
		this.mattermost.answerWith(PluginAPIGrpc.getPublishPluginClusterEventMethod(), (request) -> {
			sent.add(request.getEvent());
			return PublishPluginClusterEventResponse.getDefaultInstance();
		});
		this.node.run((context) -> {
			context.getBean(ClusterEventPublisher.class).publish(new CacheEvicted("<user>", null));
			assertThat(sent).singleElement().satisfies((event) -> {
				assertThat(event.getId()).isEqualTo("cache_evicted");
				assertThat(event.getData().toString(StandardCharsets.UTF_8))
					.isEqualTo("{\"Key\":\"\\u003cuser\\u003e\",\"Reason\":null}");
			});
		});
	}

	@Test
	void typeWithoutAnnotationIsRefused() {
		this.node.run((context) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(ClusterEventPublisher.class).publish(new NotAnEvent("x")))
			.withMessageContaining("annotate it with @ClusterEvent"));
	}

	@Test
	void eventTypesInTheApplicationPackagesAreFound() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					JsonKvStoreAutoConfiguration.class, ClusterAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target())
			.withUserConfiguration(ScannedApplication.class)
			.run((context) -> assertThat(context.getBean(ClusterEventTypes.class).typeOf("scanned_event"))
				.contains(ScannedEvent.class));
	}

	@Test
	void hookIsImplementedOnlyWithEventTypes() {
		this.node.run((context) -> assertThat(implementedHooks(context)).contains("OnPluginClusterEvent"));
		// No application package to scan: no event types.
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					JsonKvStoreAutoConfiguration.class, ClusterAutoConfiguration.class,
					PluginHooksAutoConfiguration.class, PluginRuntimeAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target(),
					"mattermost.plugin.runtime.enabled=true")
			.run((context) -> {
				assertThat(context.getBean(ClusterEventTypes.class).isEmpty()).isTrue();
				assertThat(implementedHooks(context)).doesNotContain("OnPluginClusterEvent");
			});
	}

	private static List<String> implementedHooks(org.springframework.context.ApplicationContext context) {
		ManagedChannel channel = NettyChannelBuilder
			.forAddress("127.0.0.1", context.getBean(PluginServer.class).getPort())
			.usePlaintext()
			.build();
		try {
			return PluginHooksGrpc.newBlockingStub(channel)
				.implemented(dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest.getDefaultInstance())
				.getHooksList();
		}
		finally {
			channel.shutdownNow();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Received {

		final List<CacheEvicted> events = new CopyOnWriteArrayList<>();

		@EventListener
		void evicted(CacheEvicted event) {
			this.events.add(event);
		}

	}

}

package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.pluginkit.mattermost.autoconfigure.PluginApiClientAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.kv.JsonKvStoreAutoConfiguration;
import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.EnsureBotUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import net.devh.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ensureBotUser} from two nodes at once holds Go's {@code mmi_bot_ensure} cluster lock.
 */
class EnsureBotUserLockTests {

	private InMemoryMattermost mattermost;

	private ApplicationContextRunner node;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.node = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(GrpcClientAutoConfiguration.class,
					PluginApiClientAutoConfiguration.class, JacksonAutoConfiguration.class,
					JsonKvStoreAutoConfiguration.class, ClusterAutoConfiguration.class))
			.withPropertyValues("mattermost.plugin.api.target=" + this.mattermost.target(),
					"mattermost.plugin.cluster.lock.poll-interval=5ms", "mattermost.plugin.cluster.lock.jitter=4ms");
	}

	@AfterEach
	void stop() {
		this.mattermost.close();
	}

	@Test
	void twoNodesRacingEnsureTheBotOneAtATimeUnderGoLock() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger mostInFlight = new AtomicInteger();
		AtomicInteger withoutLock = new AtomicInteger();
		AtomicInteger calls = new AtomicInteger();
		this.mattermost.answerWith(PluginAPIGrpc.getEnsureBotUserMethod(), (request) -> {
			mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			calls.incrementAndGet();
			if (this.mattermost.kv().get("mutex_mmi_bot_ensure").isEmpty()) {
				withoutLock.incrementAndGet();
			}
			Thread.yield();
			inFlight.decrementAndGet();
			return EnsureBotUserResponse.newBuilder().setBotUserId("bot-user-id").build();
		});
		Bot bot = Bot.newBuilder().setUsername("sample-bot").build();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		this.node.run((first) -> this.node.run((second) -> {
			List<CompletableFuture<String>> results = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(first, second)) {
				PluginAPIClient api = node.getBean(PluginAPIClient.class);
				for (int i = 0; i < 4; i++) {
					results.add(CompletableFuture.supplyAsync(() -> api.ensureBotUser(bot), executor));
				}
			}
			CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			assertThat(results).extracting(CompletableFuture::join).containsOnly("bot-user-id");
		}));
		executor.shutdown();
		assertThat(calls).hasValue(8);
		assertThat(withoutLock).hasValue(0);
		assertThat(mostInFlight).hasValue(1);
		assertThat(this.mattermost.kv().get("mutex_mmi_bot_ensure")).isEmpty();
	}

	@Test
	void otherCallsTakeNoLock() {
		this.node.run((context) -> {
			context.getBean(PluginAPIClient.class).getServerVersion();
			assertThat(this.mattermost.callCount("KVSetWithOptions")).isZero();
		});
	}

}

package dev.pluginkit.mattermost.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.autoconfigure.hooks.PluginHooksAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.runtime.PluginRuntimeAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginServeHttpAutoConfiguration;
import dev.pluginkit.mattermost.autoconfigure.web.PluginWebMvcAutoConfiguration;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.runtime.PluginServer;
import dev.pluginkit.mattermost.test.http.PluginHttpClient;
import dev.pluginkit.mattermost.test.http.PluginHttpExchange;
import dev.pluginkit.mattermost.test.http.PluginHttpResponse;
import dev.pluginkit.mattermost.test.http.ResponseMessage;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ServeHTTP streams served by an application's Spring MVC controllers, through the plugin's
 * real gRPC server, as the Mattermost server sends them.
 */
class ServeHttpSpringMvcTests {

	private static ConfigurableApplicationContext context;

	private static ManagedChannel channel;

	private static final String PLUGIN_ID = "com.example.web";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@BeforeAll
	static void start() {
		SpringApplication application = new SpringApplication(WebPlugin.class);
		context = application.run("--mattermost.plugin.runtime.enabled=true", "--spring.main.banner-mode=off",
				"--mattermost.plugin.http.require-user=/private/**");
		channel = NettyChannelBuilder.forAddress("127.0.0.1", context.getBean(PluginServer.class).getPort())
			.usePlaintext()
			.build();
	}

	@AfterAll
	static void stop() {
		channel.shutdownNow();
		context.close();
	}

	private static PluginHttpClient http() {
		return PluginHttpClient.over(channel, PLUGIN_ID);
	}

	@Test
	void implementedListsServeHttp() {
		assertThat(PluginHooksGrpc.newBlockingStub(channel).implemented(ImplementedRequest.getDefaultInstance())
			.getHooksList()).contains("ServeHTTP");
	}

	@Test
	void aSmallEchoComesBackInOneMessageWithItsContentType() {
		byte[] body = "hello plugin".getBytes(StandardCharsets.UTF_8);

		PluginHttpResponse response = http().post("/echo").contentType("text/x-greeting").body(body).send();

		assertThat(response.arrivedInOneMessage()).isTrue();
		// The handler set no status; what goes on the wire is 200, never 0.
		assertThat(response.pluginStatus()).hasValue(200);
		assertThat(response.contentType()).contains("text/x-greeting");
		assertThat(response.body()).isEqualTo(body);
	}

	@Test
	void aResponseWrittenThroughTheWriterGoesInOneMessageWithItsLength() {
		PluginHttpResponse response = http().get("/text").send();

		assertThat(response.arrivedInOneMessage()).isTrue();
		assertThat(response.header("Content-Length")).contains("6");
		assertThat(response.bodyAsString(StandardCharsets.UTF_8)).isEqualTo("héllo");
	}

	@Test
	void aLargeEchoStreamsInSeveralMessagesIntact() {
		byte[] body = new byte[5 * 1024 * 1024];
		new Random(7).nextBytes(body);

		PluginHttpResponse response = http().post("/echo").contentType("application/octet-stream").body(body).send();

		assertThat(response.messageCount()).isGreaterThan(1);
		assertThat(response.bodyComplete()).isTrue();
		assertThat(response.body()).isEqualTo(body);
	}

	@Test
	void theHandlerSeesMethodPathQueryAndEveryHeaderValue() {
		PluginHttpResponse response = http().get("/inspect/a%20b")
			.queryParam("x", "1", "2")
			.queryParam("y", "é")
			.header("X-Multi", "one", "two")
			.remoteAddr("203.0.113.9:51234")
			.pluginContext(PluginContext.newBuilder().setRequestId("req1").setIpAddress("203.0.113.9").build())
			.send();

		assertThat(response.bodyAsString()).isEqualTo("GET|/plugins/com.example.web/inspect/a%20b|"
				+ "/plugins/com.example.web|/inspect/a b|x=1&x=2&y=%C3%A9|[1, 2]|é|[one, two]|203.0.113.9|req1");
	}

	@Test
	void aPathEscapedOtherwiseThanGoReescapesItKeepsThePluginsContextPath() {
		PluginHttpResponse response = http().get("/inspect/%41b").queryParam("x", "1").send();

		assertThat(response.bodyAsString()).startsWith("GET|/plugins/com.example.web/inspect/%41b|"
				+ "/plugins/com.example.web|/inspect/Ab|");
	}

	@Test
	void whoamiAnswersTheUserTheServerNamed() {
		PluginHttpResponse response = http().get("/whoami").userId("user1").send();

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.bodyAsString()).isEqualTo("{\"user_id\":\"user1\"}");
	}

	@Test
	void whoamiWithoutAUserAnswers401WithBootsErrorBody() {
		PluginHttpResponse response = http().get("/whoami").header("Accept", "application/json").send();

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.bodyAsString()).contains("\"status\":401")
			.contains("\"path\":\"/plugins/com.example.web/whoami\"");
	}

	@Test
	void aConfiguredPathRequiresAUser() {
		assertThat(http().get("/private/data").send().status()).isEqualTo(401);
		assertThat(http().get("/private/data").userId("u2").send().status()).isEqualTo(200);
	}

	@Test
	void aHandlerExceptionAnswers500AndTheNextRequestWorks() {
		PluginHttpResponse failed = http().get("/fail").header("Accept", "application/json").send();

		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.bodyAsString()).contains("\"status\":500");
		assertThat(http().get("/whoami").userId("u").send().status()).isEqualTo(200);
	}

	@Test
	void anUnknownPathAnswers404() {
		assertThat(http().get("/nothing/here").send().status()).isEqualTo(404);
	}

	@Test
	void aHandlerMayAnswerBeforeReadingTheBody() {
		PluginHttpExchange exchange = http().post("/early").openStreaming(-1);
		exchange.sendChunk(new byte[64 * 1024]);

		PluginHttpResponse response = exchange.awaitResponse(TIMEOUT);

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.arrivedInOneMessage()).isTrue();
		assertThat(response.requestBodyComplete()).isFalse();
	}

	@Test
	void flushSendsWhatWasWrittenBeforeTheHandlerEnds() {
		WebPlugin plugin = context.getBean(WebPlugin.class);
		PluginHttpExchange exchange = http().get("/flush").open();

		exchange.awaitMessage(ResponseMessage::flush, TIMEOUT);
		assertThat(new String(exchange.receivedBody(), StandardCharsets.UTF_8)).isEqualTo("first");
		assertThat(exchange.isFinished()).isFalse();

		plugin.flushGate.countDown();
		PluginHttpResponse response = exchange.awaitResponse(TIMEOUT);
		assertThat(response.bodyAsString()).isEqualTo("first,second");
		assertThat(response.flushCount()).isEqualTo(1);
	}

	@Test
	void aClientDisconnectCancelsTheHandler() throws Exception {
		WebPlugin plugin = context.getBean(WebPlugin.class);
		PluginHttpExchange exchange = http().post("/slow-upload").openStreaming(-1);
		exchange.sendChunk(new byte[1024]);
		assertThat(plugin.uploadStarted.await(30, TimeUnit.SECONDS)).isTrue();

		exchange.cancel();

		assertThat(plugin.uploadFailure.get(30, TimeUnit.SECONDS)).isInstanceOf(ClientAbortException.class);
		assertThat(plugin.uploadContextCancelled.get(30, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aRedirectPointsBackThroughTheServer() {
		PluginHttpResponse response = http().get("/go").send();

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).contains("/plugins/com.example.web/whoami");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
			PluginRuntimeAutoConfiguration.class, PluginHooksAutoConfiguration.class,
			PluginServeHttpAutoConfiguration.class, PluginWebMvcAutoConfiguration.class })
	@RestController
	static class WebPlugin {

		final CountDownLatch flushGate = new CountDownLatch(1);

		final CountDownLatch uploadStarted = new CountDownLatch(1);

		final CompletableFuture<Throwable> uploadFailure = new CompletableFuture<>();

		final CompletableFuture<Boolean> uploadContextCancelled = new CompletableFuture<>();

		@PostMapping("/echo")
		ResponseEntity<byte[]> echo(@RequestBody byte[] body, @RequestHeader("Content-Type") String contentType) {
			return ResponseEntity.ok().header("Content-Type", contentType).body(body);
		}

		@GetMapping("/text")
		void text(HttpServletResponse response) throws IOException {
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("héllo");
		}

		@GetMapping("/whoami")
		Map<String, String> whoami(@MattermostUserId String userId) {
			return Map.of("user_id", userId);
		}

		@GetMapping("/private/data")
		String privateData() {
			return "secret";
		}

		@GetMapping("/fail")
		String fail() {
			throw new IllegalStateException("the handler failed");
		}

		@GetMapping("/inspect/**")
		String inspect(HttpServletRequest request, PluginContext context) {
			return String.join("|", request.getMethod(), request.getRequestURI(), request.getContextPath(),
					request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : ""),
					request.getQueryString(), List.of(request.getParameterValues("x")).toString(),
					request.getParameter("y"), Collections.list(request.getHeaders("x-multi")).toString(),
					request.getRemoteAddr(), context.getRequestId());
		}

		@PostMapping("/early")
		ResponseEntity<Void> early() {
			return ResponseEntity.accepted().build();
		}

		@GetMapping("/flush")
		void flush(HttpServletResponse response) throws Exception {
			response.setContentType("text/plain");
			response.getOutputStream().write("first".getBytes(StandardCharsets.UTF_8));
			response.flushBuffer();
			this.flushGate.await(30, TimeUnit.SECONDS);
			response.getOutputStream().write(",second".getBytes(StandardCharsets.UTF_8));
		}

		@PostMapping("/slow-upload")
		void slowUpload(InputStream body) {
			io.grpc.Context.current()
				.addListener((context) -> this.uploadContextCancelled.complete(true), Runnable::run);
			this.uploadStarted.countDown();
			try {
				byte[] buffer = new byte[8192];
				while (body.read(buffer) != -1) {
					// Reads until the client goes.
				}
				this.uploadFailure.complete(null);
			}
			catch (IOException ex) {
				this.uploadFailure.complete(ex);
			}
		}

		@GetMapping("/go")
		RedirectView go() {
			return new RedirectView("/whoami", true);
		}

	}


}

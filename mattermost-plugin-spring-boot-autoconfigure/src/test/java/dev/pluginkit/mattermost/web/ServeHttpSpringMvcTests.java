package dev.pluginkit.mattermost.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.runtime.PluginServer;
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

	private static List<ServeHTTPResponse> exchange(String method, String url, byte[] body, String... headers)
			throws Exception {
		return ServeHttpStreams.Exchange.open(channel)
			.send(ServeHttpStreams.init(method, url, headers), body, 64 * 1024, true)
			.await();
	}

	private static String text(List<ServeHTTPResponse> messages) {
		return new String(ServeHttpStreams.body(messages), StandardCharsets.UTF_8);
	}

	@Test
	void implementedListsServeHttp() {
		assertThat(PluginHooksGrpc.newBlockingStub(channel).implemented(ImplementedRequest.getDefaultInstance())
			.getHooksList()).contains("ServeHTTP");
	}

	@Test
	void aSmallEchoComesBackInOneMessageWithItsContentType() throws Exception {
		byte[] body = "hello plugin".getBytes(StandardCharsets.UTF_8);

		List<ServeHTTPResponse> messages = exchange("POST", "/echo", body, "Content-Type", "text/x-greeting");

		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).getInit().getStatusCode()).isEqualTo(200);
		assertThat(messages.get(0).getBodyComplete()).isTrue();
		assertThat(ServeHttpStreams.header(messages, "Content-Type")).containsExactly("text/x-greeting");
		assertThat(ServeHttpStreams.body(messages)).isEqualTo(body);
	}

	@Test
	void aLargeEchoStreamsInSeveralMessagesIntact() throws Exception {
		byte[] body = new byte[5 * 1024 * 1024];
		new java.util.Random(7).nextBytes(body);

		List<ServeHTTPResponse> messages = exchange("POST", "/echo", body, "Content-Type", "application/octet-stream");

		assertThat(messages.size()).isGreaterThan(1);
		assertThat(messages.get(0).hasInit()).isTrue();
		assertThat(messages.get(messages.size() - 1).getBodyComplete()).isTrue();
		assertThat(ServeHttpStreams.body(messages)).isEqualTo(body);
	}

	@Test
	void theHandlerSeesMethodPathQueryAndEveryHeaderValue() throws Exception {
		List<ServeHTTPResponse> messages = ServeHttpStreams.Exchange.open(channel)
			.send(ServeHttpStreams.init("GET", "/inspect/a%20b?x=1&x=2&y=%C3%A9")
				.addHeaders(dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader.newBuilder()
					.setKey("X-Multi")
					.addValues("one")
					.addValues("two")), new byte[0], 1, true)
			.await();

		assertThat(text(messages)).isEqualTo("GET|/plugins/com.example.web/inspect/a%20b|/plugins/com.example.web|"
				+ "/inspect/a b|x=1&x=2&y=%C3%A9|[1, 2]|é|[one, two]|203.0.113.9|req1");
	}

	@Test
	void whoamiAnswersTheUserTheServerNamed() throws Exception {
		List<ServeHTTPResponse> messages = exchange("GET", "/whoami", new byte[0], "Mattermost-User-Id", "user1");

		assertThat(messages.get(0).getInit().getStatusCode()).isEqualTo(200);
		assertThat(text(messages)).isEqualTo("{\"user_id\":\"user1\"}");
	}

	@Test
	void whoamiWithoutAUserAnswers401WithBootsErrorBody() throws Exception {
		List<ServeHTTPResponse> messages = exchange("GET", "/whoami", new byte[0], "Accept", "application/json");

		assertThat(messages.get(0).getInit().getStatusCode()).isEqualTo(401);
		assertThat(text(messages)).contains("\"status\":401").contains("\"path\":\"/plugins/com.example.web/whoami\"");
	}

	@Test
	void aConfiguredPathRequiresAUser() throws Exception {
		assertThat(exchange("GET", "/private/data", new byte[0]).get(0).getInit().getStatusCode()).isEqualTo(401);
		assertThat(exchange("GET", "/private/data", new byte[0], "Mattermost-User-Id", "u2").get(0)
			.getInit()
			.getStatusCode()).isEqualTo(200);
	}

	@Test
	void aHandlerExceptionAnswers500AndTheNextRequestWorks() throws Exception {
		List<ServeHTTPResponse> failed = exchange("GET", "/fail", new byte[0], "Accept", "application/json");

		assertThat(failed.get(0).getInit().getStatusCode()).isEqualTo(500);
		assertThat(text(failed)).contains("\"status\":500");
		assertThat(exchange("GET", "/whoami", new byte[0], "Mattermost-User-Id", "u").get(0).getInit().getStatusCode())
			.isEqualTo(200);
	}

	@Test
	void anUnknownPathAnswers404() throws Exception {
		assertThat(exchange("GET", "/nothing/here", new byte[0]).get(0).getInit().getStatusCode()).isEqualTo(404);
	}

	@Test
	void aHandlerMayAnswerBeforeReadingTheBody() throws Exception {
		ServeHttpStreams.Exchange exchange = ServeHttpStreams.Exchange.open(channel)
			.send(ServeHttpStreams.init("POST", "/early"), new byte[64 * 1024], 64 * 1024, false);

		ServeHTTPResponse answer = exchange.first.get(30, TimeUnit.SECONDS);

		assertThat(answer.getInit().getStatusCode()).isEqualTo(202);
		assertThat(answer.getBodyComplete()).isTrue();
		assertThat(exchange.await()).hasSize(1);
	}

	@Test
	void flushSendsWhatWasWrittenBeforeTheHandlerEnds() throws Exception {
		WebPlugin plugin = context.getBean(WebPlugin.class);
		ServeHttpStreams.Exchange exchange = ServeHttpStreams.Exchange.open(channel)
			.send(ServeHttpStreams.init("GET", "/flush"), new byte[0], 1, true);

		ServeHTTPResponse first = exchange.first.get(30, TimeUnit.SECONDS);
		assertThat(first.getFlush()).isTrue();
		assertThat(first.getBodyChunk().toStringUtf8()).isEqualTo("first");
		assertThat(exchange.done).isNotDone();

		plugin.flushGate.countDown();
		List<ServeHTTPResponse> all = exchange.await();
		assertThat(text(all)).isEqualTo("first,second");
		assertThat(all.get(all.size() - 1).getBodyComplete()).isTrue();
	}

	@Test
	void aClientDisconnectCancelsTheHandler() throws Exception {
		WebPlugin plugin = context.getBean(WebPlugin.class);
		ServeHttpStreams.Exchange exchange = ServeHttpStreams.Exchange.open(channel)
			.send(ServeHttpStreams.init("POST", "/slow-upload"), new byte[1024], 1024, false);
		plugin.uploadStarted.await(30, TimeUnit.SECONDS);

		exchange.requests.cancel("client went away", null);

		assertThat(plugin.uploadFailure.get(30, TimeUnit.SECONDS)).isInstanceOf(ClientAbortException.class);
		assertThat(plugin.uploadContextCancelled.get(30, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aRedirectPointsBackThroughTheServer() throws Exception {
		List<ServeHTTPResponse> messages = exchange("GET", "/go", new byte[0]);

		assertThat(messages.get(0).getInit().getStatusCode()).isEqualTo(302);
		assertThat(ServeHttpStreams.header(messages, "Location")).containsExactly("/plugins/com.example.web/whoami");
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

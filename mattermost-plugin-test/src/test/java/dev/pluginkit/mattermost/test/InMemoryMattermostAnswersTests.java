package dev.pluginkit.mattermost.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetLDAPUserAttributesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogInfoRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc.PluginAPIBlockingStub;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryMattermostAnswersTests {

	private static final GetUserResponse ALICE = GetUserResponse.newBuilder()
		.setUser(User.newBuilder().setId("u1").setUsername("alice"))
		.build();

	private InMemoryMattermost mattermost;

	private ManagedChannel channel;

	private PluginAPIBlockingStub api;

	@BeforeEach
	void start() {
		this.mattermost = InMemoryMattermost.start();
		this.channel = this.mattermost.newChannel();
		this.api = PluginAPIGrpc.newBlockingStub(this.channel);
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.mattermost.close();
	}

	@Test
	void answersAnUnimplementedRpcWithTheScriptedResponse() {
		this.mattermost.answer(PluginAPIGrpc.getGetUserMethod(), ALICE);

		assertThat(this.api.getUser(getUser("u1"))).isEqualTo(ALICE);
		assertThat(this.api.getUser(getUser("u2"))).isEqualTo(ALICE);
	}

	@Test
	void answersAnRpcNamedAsInTheContract() {
		this.mattermost.answer("GetUser", ALICE);

		assertThat(this.api.getUser(getUser("u1"))).isEqualTo(ALICE);
	}

	@Test
	void readsBackTheRequestsWithTheirFieldsOldestFirst() {
		this.mattermost.answer(PluginAPIGrpc.getGetUserMethod(), ALICE);

		this.api.getUser(getUser("u1"));
		this.api.getUser(getUser("u2"));

		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUserMethod())).extracting(GetUserRequest::getUserId)
			.containsExactly("u1", "u2");
		assertThat(this.mattermost.requests("GetUser")).containsExactly(getUser("u1"), getUser("u2"));
		assertThat(this.mattermost.requests("GetServerVersion")).isEmpty();
	}

	@Test
	void computesTheAnswerFromTheRequest() {
		Function<GetUserRequest, GetUserResponse> byId = (request) -> GetUserResponse.newBuilder()
			.setUser(User.newBuilder().setId(request.getUserId()).setUsername("user-" + request.getUserId()))
			.build();
		this.mattermost.answerWith(PluginAPIGrpc.getGetUserMethod(), byId);

		assertThat(this.api.getUser(getUser("u7")).getUser().getUsername()).isEqualTo("user-u7");
		assertThat(this.api.getUser(getUser("u8")).getUser().getId()).isEqualTo("u8");
	}

	@Test
	void answersTheStatusAResponderThrows() {
		Function<GetUserRequest, GetUserResponse> missing = (request) -> {
			throw Status.NOT_FOUND.withDescription("app.user.missing_account.const: no " + request.getUserId())
				.asRuntimeException();
		};
		this.mattermost.answerWith(PluginAPIGrpc.getGetUserMethod(), missing);

		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> this.api.getUser(getUser("u404")))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
				assertThat(ex.getStatus().getDescription()).isEqualTo("app.user.missing_account.const: no u404");
			});
	}

	@Test
	void answersInternalWithTheMessageOfAnyOtherExceptionAResponderThrows() {
		this.mattermost.answerWith(PluginAPIGrpc.getGetUserMethod(), (request) -> {
			throw new IllegalStateException("responder broke");
		});

		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> this.api.getUser(getUser("u1")))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
				assertThat(ex.getStatus().getDescription()).isEqualTo("responder broke");
			});
	}

	@Test
	void overridesAnRpcTheFakeImplements() {
		this.mattermost.setServerVersion("10.11.0")
			.answer("GetServerVersion", GetServerVersionResponse.newBuilder().setVersion("9.0.0-scripted").build());

		assertThat(this.api.getServerVersion(GetServerVersionRequest.getDefaultInstance()).getVersion())
			.isEqualTo("9.0.0-scripted");
	}

	@Test
	void aScriptedFailureWinsOverAScriptedAnswer() {
		this.mattermost.answer(PluginAPIGrpc.getGetUserMethod(), ALICE)
			.failWith("GetUser", Status.UNAVAILABLE.withDescription("maintenance"));

		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> this.api.getUser(getUser("u1")))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUserMethod())).containsExactly(getUser("u1"));
	}

	@Test
	void aScriptedAppErrorWinsOverAScriptedAnswer() {
		AppError appError = AppError.newBuilder().setId("app.user.get.app_error").setStatusCode(500).build();
		this.mattermost.answer("GetUser", ALICE).failWithAppError("GetUser", appError);

		assertThat(this.api.getUser(getUser("u1"))).isEqualTo(GetUserResponse.newBuilder().setError(appError).build());
	}

	@Test
	void delaysScriptedAnswersToo() {
		this.mattermost.answer(PluginAPIGrpc.getGetUserMethod(), ALICE).delay("GetUser", Duration.ofMillis(300));
		long start = System.nanoTime();

		assertThat(this.api.getUser(getUser("u1"))).isEqualTo(ALICE);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void rejectsAResponseOfAnotherTypeNamingTheRpcAndBothTypes() {
		GetServerVersionResponse wrong = GetServerVersionResponse.newBuilder().setVersion("1").build();

		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.answer("GetUser", wrong))
			.withMessageContaining("GetUser")
			.withMessageContaining("mattermost.pluginapi.v1.GetUserResponse")
			.withMessageContaining("mattermost.pluginapi.v1.GetServerVersionResponse");
	}

	@Test
	void rejectsAnUnknownRpcNameNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.answer("GetUsr", ALICE))
			.withMessageContaining("'GetUsr'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.mattermost.requests("GetUsr"))
			.withMessageContaining("'GetUsr'");
	}

	@Test
	void rejectsAnRpcOfAnotherService() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.mattermost.answer(PluginHooksGrpc.getOnActivateMethod(),
					OnActivateResponse.getDefaultInstance()))
			.withMessageContaining("'mattermost.pluginapi.v1.PluginHooks/OnActivate'");
	}

	@Test
	void resetForgetsAnswersAndRequests() {
		this.mattermost.answer(PluginAPIGrpc.getGetUserMethod(), ALICE);
		this.api.getUser(getUser("u1"));

		this.mattermost.reset();

		assertThat(this.mattermost.requests("GetUser")).isEmpty();
		// Now the in-memory users answer, and reset forgot every user
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> this.api.getUser(getUser("u2")))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
		assertThat(this.mattermost.requests("GetUser")).containsExactly(getUser("u2"));
	}

	@Test
	void recordsTheRequestOfAnUnimplementedCall() {
		GetLDAPUserAttributesRequest request = GetLDAPUserAttributesRequest.newBuilder().setUserId("u1").build();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.api.getLDAPUserAttributes(request))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));

		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetLDAPUserAttributesMethod())).containsExactly(request);
	}

	@Test
	void recordsTheRequestsTheFakeAnswers() {
		this.api.logInfo(LogInfoRequest.newBuilder().setMsg("hello").build());

		assertThat(this.mattermost.requests(PluginAPIGrpc.getLogInfoMethod())).extracting(LogInfoRequest::getMsg)
			.containsExactly("hello");
		assertThat(this.mattermost.logEntries()).extracting(LogEntry::message).containsExactly("hello");
	}

	@Test
	void recordsEveryRequestOfConcurrentCalls() throws Exception {
		this.mattermost.answer(PluginAPIGrpc.getGetUserMethod(), ALICE);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<GetUserResponse>> calls = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				GetUserRequest request = getUser("u" + i);
				calls.add(CompletableFuture.supplyAsync(() -> this.api.getUser(request), executor));
			}
			CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(this.mattermost.requests(PluginAPIGrpc.getGetUserMethod())).hasSize(200)
			.extracting(GetUserRequest::getUserId)
			.doesNotHaveDuplicates();
	}

	@Test
	void answersInProcessToo() {
		try (InMemoryMattermost inProcess = InMemoryMattermost.startInProcess()) {
			ManagedChannel inProcessChannel = inProcess.newChannel();
			try {
				inProcess.answer("GetUser", ALICE);
				assertThat(PluginAPIGrpc.newBlockingStub(inProcessChannel).getUser(getUser("u1"))).isEqualTo(ALICE);
				assertThat(inProcess.requests("GetUser")).extracting(Message.class::cast).containsExactly(getUser("u1"));
			}
			finally {
				inProcessChannel.shutdownNow();
			}
		}
	}

	private static GetUserRequest getUser(String userId) {
		return GetUserRequest.newBuilder().setUserId(userId).build();
	}

}

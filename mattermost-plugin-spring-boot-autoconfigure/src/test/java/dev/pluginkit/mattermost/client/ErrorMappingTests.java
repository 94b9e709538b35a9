package dev.pluginkit.mattermost.client;

import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every gRPC status code and every AppError HTTP status of the server's error semantics,
 * through both clients, over a real socket.
 */
class ErrorMappingTests {

	private static InMemoryMattermost mattermost;

	private static ManagedChannel channel;

	@BeforeAll
	static void start() {
		mattermost = InMemoryMattermost.start();
		channel = mattermost.newChannel();
	}

	@AfterAll
	static void stop() {
		channel.shutdownNow();
		mattermost.close();
	}

	@BeforeEach
	void reset() {
		mattermost.reset();
	}

	static Stream<Arguments> statusCodes() {
		return Arrays.stream(Status.Code.values())
			.filter((code) -> code != Status.Code.OK)
			.flatMap((code) -> Stream.of(true, false)
				.map((intercepted) -> Arguments.of(code, intercepted, expectedForStatus(code))));
	}

	private static Class<? extends PluginApiException> expectedForStatus(Status.Code code) {
		return switch (code) {
			case NOT_FOUND -> PluginApiNotFoundException.class;
			case PERMISSION_DENIED, UNAUTHENTICATED -> PluginApiPermissionDeniedException.class;
			case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE -> PluginApiValidationException.class;
			case ALREADY_EXISTS -> PluginApiAlreadyExistsException.class;
			case DEADLINE_EXCEEDED -> PluginApiDeadlineExceededException.class;
			case UNAVAILABLE, RESOURCE_EXHAUSTED -> PluginApiUnavailableException.class;
			default -> PluginApiException.class;
		};
	}

	static Stream<Arguments> appErrorStatuses() {
		return Stream.of(Arguments.of(400, PluginApiValidationException.class, Status.Code.INVALID_ARGUMENT),
				Arguments.of(401, PluginApiPermissionDeniedException.class, Status.Code.UNAUTHENTICATED),
				Arguments.of(403, PluginApiPermissionDeniedException.class, Status.Code.PERMISSION_DENIED),
				Arguments.of(404, PluginApiNotFoundException.class, Status.Code.NOT_FOUND),
				Arguments.of(409, PluginApiAlreadyExistsException.class, Status.Code.ALREADY_EXISTS),
				Arguments.of(413, PluginApiException.class, Status.Code.RESOURCE_EXHAUSTED),
				Arguments.of(429, PluginApiUnavailableException.class, Status.Code.RESOURCE_EXHAUSTED),
				Arguments.of(500, PluginApiException.class, Status.Code.INTERNAL),
				Arguments.of(501, PluginApiException.class, Status.Code.UNIMPLEMENTED),
				Arguments.of(503, PluginApiUnavailableException.class, Status.Code.UNAVAILABLE));
	}

	@ParameterizedTest(name = "{0} (interceptor on channel: {1}) -> {2}")
	@MethodSource("statusCodes")
	void blockingClientMapsEveryStatusCode(Status.Code code, boolean intercepted,
			Class<? extends PluginApiException> expected) {
		mattermost.failWith("GetServerVersion", Status.fromCode(code).withDescription("app.test.failure: It failed."));

		Throwable thrown = catchThrowable(() -> PluginAPIClient.create(channel(intercepted)).getServerVersion());

		assertThat(thrown).isExactlyInstanceOf(expected);
		PluginApiException failure = (PluginApiException) thrown;
		assertThat(failure.getStatusCode()).isEqualTo(code);
		assertThat(failure.getErrorId()).isEqualTo("app.test.failure");
		assertThat(failure.getErrorMessage()).isEqualTo("It failed.");
		assertThat(failure.getHttpStatus()).isZero();
	}

	@ParameterizedTest(name = "{0} (interceptor on channel: {1}) -> {2}")
	@MethodSource("statusCodes")
	void asyncClientMapsEveryStatusCode(Status.Code code, boolean intercepted,
			Class<? extends PluginApiException> expected) {
		mattermost.failWith("GetDiagnosticId", Status.fromCode(code).withDescription("app.test.failure: It failed."));

		Throwable thrown = catchThrowable(
				() -> AsyncPluginAPIClient.create(channel(intercepted)).getDiagnosticId().join());

		assertThat(thrown).isInstanceOf(CompletionException.class);
		assertThat(thrown.getCause()).isExactlyInstanceOf(expected);
		assertThat(((PluginApiException) thrown.getCause()).getStatusCode()).isEqualTo(code);
		assertThat(((PluginApiException) thrown.getCause()).getErrorId()).isEqualTo("app.test.failure");
	}

	@ParameterizedTest(name = "HTTP {0} -> {1}")
	@MethodSource("appErrorStatuses")
	void blockingClientMapsEveryEmbeddedAppErrorStatus(int httpStatus, Class<? extends PluginApiException> expected,
			Status.Code code) {
		mattermost.failWithAppError("LogInfo", appError(httpStatus));

		Throwable thrown = catchThrowable(() -> PluginAPIClient.create(channel).logInfo("hello"));

		assertThat(thrown).isExactlyInstanceOf(expected);
		assertAppErrorDetails((PluginApiException) thrown, httpStatus, code);
	}

	@ParameterizedTest(name = "HTTP {0} -> {1}")
	@MethodSource("appErrorStatuses")
	void asyncClientMapsEveryEmbeddedAppErrorStatus(int httpStatus, Class<? extends PluginApiException> expected,
			Status.Code code) {
		mattermost.failWithAppError("GetServerVersion", appError(httpStatus));

		Throwable thrown = catchThrowable(() -> AsyncPluginAPIClient.create(channel).getServerVersion().join());

		assertThat(thrown.getCause()).isExactlyInstanceOf(expected);
		assertAppErrorDetails((PluginApiException) thrown.getCause(), httpStatus, code);
	}

	@Test
	void statusDescriptionWithoutAnIdKeepsTheWholeDescriptionAsMessage() {
		mattermost.failWith("GetServerVersion", Status.INVALID_ARGUMENT.withDescription("missing required field"));

		Throwable thrown = catchThrowable(() -> PluginAPIClient.create(channel).getServerVersion());

		assertThat(thrown).isInstanceOfSatisfying(PluginApiValidationException.class, (failure) -> {
			assertThat(failure.getErrorId()).isEmpty();
			assertThat(failure.getErrorMessage()).isEqualTo("missing required field");
			assertThat(failure.getMessage()).contains("INVALID_ARGUMENT").contains("missing required field");
		});
	}

	@Test
	void blockingFailureShowsTheCallersStack() {
		mattermost.failWith("GetServerVersion", Status.NOT_FOUND);

		Throwable thrown = catchThrowable(() -> PluginAPIClient.create(channel(true)).getServerVersion());

		assertThat(thrown.getStackTrace())
			.anySatisfy((frame) -> assertThat(frame.getClassName()).isEqualTo(ErrorMappingTests.class.getName()));
	}

	@Test
	void interceptorAttachesTheSdkExceptionForRawStubUsers() {
		mattermost.failWith("GetServerVersion", Status.NOT_FOUND.withDescription("app.x.y: gone"));

		Throwable thrown = catchThrowable(() -> dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc
			.newBlockingStub(channel(true))
			.getServerVersion(dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest.getDefaultInstance()));

		assertThat(thrown.getCause()).isInstanceOfSatisfying(PluginApiNotFoundException.class,
				(failure) -> assertThat(failure.getErrorId()).isEqualTo("app.x.y"));
	}

	private static void assertAppErrorDetails(PluginApiException failure, int httpStatus, Status.Code code) {
		assertThat(failure.getHttpStatus()).isEqualTo(httpStatus);
		assertThat(failure.getStatusCode()).isEqualTo(code);
		assertThat(failure.getErrorId()).isEqualTo("app.test.embedded");
		assertThat(failure.getErrorMessage()).isEqualTo("Embedded failure.");
		assertThat(failure.getDetailedError()).isEqualTo("detail");
		assertThat(failure.getRequestId()).isEqualTo("req-1");
		assertThat(failure.getWhere()).isEqualTo("TestHandler");
		assertThat(failure.getParams()).containsEntry("Name", "x").containsEntry("Count", 2.0);
	}

	private static AppError appError(int httpStatus) {
		return AppError.newBuilder()
			.setId("app.test.embedded")
			.setMessage("Embedded failure.")
			.setDetailedError("detail")
			.setRequestId("req-1")
			.setStatusCode(httpStatus)
			.setWhere("TestHandler")
			.setParams(Struct.newBuilder()
				.putFields("Name", Value.newBuilder().setStringValue("x").build())
				.putFields("Count", Value.newBuilder().setNumberValue(2).build()))
			.build();
	}

	private static Channel channel(boolean intercepted) {
		return intercepted ? ClientInterceptors.intercept(channel, new PluginApiExceptionInterceptor()) : channel;
	}

}

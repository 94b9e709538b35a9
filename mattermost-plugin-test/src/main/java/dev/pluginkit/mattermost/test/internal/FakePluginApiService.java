package dev.pluginkit.mattermost.test.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.pluginkit.mattermost.pluginapi.v1.GetDiagnosticIdRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetDiagnosticIdResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetServerVersionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetSystemInstallDateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetSystemInstallDateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.KeyValuePair;
import dev.pluginkit.mattermost.pluginapi.v1.LogDebugRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogDebugResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogErrorRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogErrorResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogInfoRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogInfoResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LogWarnRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LogWarnResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.LogEntry;
import dev.pluginkit.mattermost.test.LogEntry.LogLevel;
import io.grpc.stub.StreamObserver;

/**
 * The in-memory server side of the {@code PluginAPI} service. Every RPC that is not
 * overridden here keeps the generated base behaviour, which answers
 * {@code UNIMPLEMENTED}: a test never mistakes a missing fake for an empty success.
 */
public final class FakePluginApiService implements PluginAPIGrpc.AsyncService {

	private volatile String serverVersion = "10.11.0";

	private volatile long systemInstallDate = 1_700_000_000_000L;

	private volatile String diagnosticId = "in-memory-diagnostic-id";

	private final List<LogEntry> logEntries = new CopyOnWriteArrayList<>();

	/**
	 * Sets the version that {@code GetServerVersion} answers.
	 * @param serverVersion the version string
	 */
	public void setServerVersion(String serverVersion) {
		this.serverVersion = serverVersion;
	}

	/**
	 * Sets the install date that {@code GetSystemInstallDate} answers.
	 * @param systemInstallDate milliseconds since the epoch
	 */
	public void setSystemInstallDate(long systemInstallDate) {
		this.systemInstallDate = systemInstallDate;
	}

	/**
	 * Sets the id that {@code GetDiagnosticId} answers.
	 * @param diagnosticId the diagnostic id
	 */
	public void setDiagnosticId(String diagnosticId) {
		this.diagnosticId = diagnosticId;
	}

	/**
	 * Returns the lines logged so far, oldest first.
	 * @return a live, thread-safe view
	 */
	public List<LogEntry> logEntries() {
		return this.logEntries;
	}

	@Override
	public void getServerVersion(GetServerVersionRequest request,
			StreamObserver<GetServerVersionResponse> responseObserver) {
		reply(responseObserver, GetServerVersionResponse.newBuilder().setVersion(this.serverVersion).build());
	}

	@Override
	public void getSystemInstallDate(GetSystemInstallDateRequest request,
			StreamObserver<GetSystemInstallDateResponse> responseObserver) {
		reply(responseObserver,
				GetSystemInstallDateResponse.newBuilder().setInstallDate(this.systemInstallDate).build());
	}

	@Override
	public void getDiagnosticId(GetDiagnosticIdRequest request,
			StreamObserver<GetDiagnosticIdResponse> responseObserver) {
		reply(responseObserver, GetDiagnosticIdResponse.newBuilder().setDiagnosticId(this.diagnosticId).build());
	}

	@Override
	public void logDebug(LogDebugRequest request, StreamObserver<LogDebugResponse> responseObserver) {
		record(LogLevel.DEBUG, request.getMsg(), request.getKeyValuePairsList());
		reply(responseObserver, LogDebugResponse.getDefaultInstance());
	}

	@Override
	public void logInfo(LogInfoRequest request, StreamObserver<LogInfoResponse> responseObserver) {
		record(LogLevel.INFO, request.getMsg(), request.getKeyValuePairsList());
		reply(responseObserver, LogInfoResponse.getDefaultInstance());
	}

	@Override
	public void logWarn(LogWarnRequest request, StreamObserver<LogWarnResponse> responseObserver) {
		record(LogLevel.WARN, request.getMsg(), request.getKeyValuePairsList());
		reply(responseObserver, LogWarnResponse.getDefaultInstance());
	}

	@Override
	public void logError(LogErrorRequest request, StreamObserver<LogErrorResponse> responseObserver) {
		record(LogLevel.ERROR, request.getMsg(), request.getKeyValuePairsList());
		reply(responseObserver, LogErrorResponse.getDefaultInstance());
	}

	private void record(LogLevel level, String message, List<KeyValuePair> pairs) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (KeyValuePair pair : pairs) {
			fields.put(pair.getKey(), ProtoValues.toJava(pair.getValue()));
		}
		this.logEntries.add(new LogEntry(level, message, fields));
	}

	private static <T> void reply(StreamObserver<T> responseObserver, T response) {
		responseObserver.onNext(response);
		responseObserver.onCompleted();
	}

}

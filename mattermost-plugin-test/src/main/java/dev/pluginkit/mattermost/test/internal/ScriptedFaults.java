package dev.pluginkit.mattermost.test.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.PrototypeMarshaller;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * A server interceptor that counts calls and, for the RPCs a test names, answers with a
 * chosen gRPC status or an embedded {@link AppError}, or answers late. It works for every
 * RPC of the service, implemented by the fake or not, because it never needs the RPC's
 * Java types: an embedded error is written into field 1 of the response, which every
 * {@code PluginAPI} response reserves for it.
 */
public final class ScriptedFaults implements ServerInterceptor, AutoCloseable {

	private static final int APP_ERROR_FIELD = 1;

	private final Map<String, Fault> faults = new ConcurrentHashMap<>();

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> callCounts = new ConcurrentHashMap<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "in-memory-mattermost-delays");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Makes every later call of an RPC fail with a gRPC status.
	 * @param rpc the RPC's name
	 * @param status the status to answer with; must not be OK
	 */
	public void failWith(String rpc, Status status) {
		if (status.isOk()) {
			throw new IllegalArgumentException("A failure needs a status other than OK, got " + status);
		}
		this.faults.put(rpc, new Fault(status, null));
	}

	/**
	 * Makes every later call of an RPC succeed at the gRPC level with an embedded error.
	 * @param rpc the RPC's name
	 * @param appError the error to embed; its id must not be empty, since an empty id means
	 * success
	 */
	public void failWithAppError(String rpc, AppError appError) {
		if (appError.getId().isEmpty()) {
			throw new IllegalArgumentException("An embedded AppError needs a non-empty id: an empty id means success");
		}
		this.faults.put(rpc, new Fault(null, appError));
	}

	/**
	 * Delays the answer of every later call of an RPC.
	 * @param rpc the RPC's name
	 * @param delay how long to wait before answering
	 */
	public void delay(String rpc, Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("A delay cannot be negative, got " + delay);
		}
		this.delays.put(rpc, delay);
	}

	/**
	 * Returns how many calls of an RPC have arrived.
	 * @param rpc the RPC's name
	 * @return the count since the start or the last {@link #reset()}
	 */
	public long callCount(String rpc) {
		AtomicLong count = this.callCounts.get(rpc);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * Forgets every fault, delay and call count.
	 */
	public void reset() {
		this.faults.clear();
		this.delays.clear();
		this.callCounts.clear();
	}

	@Override
	public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
			ServerCallHandler<ReqT, RespT> next) {
		String rpc = call.getMethodDescriptor().getBareMethodName();
		this.callCounts.computeIfAbsent(rpc, (name) -> new AtomicLong()).incrementAndGet();
		Fault fault = this.faults.get(rpc);
		Duration delay = this.delays.get(rpc);
		ServerCall.Listener<ReqT> listener = next.startCall(call, headers);
		if (fault == null && delay == null) {
			return listener;
		}
		return new SimpleForwardingServerCallListener<>(listener) {

			@Override
			public void onHalfClose() {
				Runnable answer = (fault != null) ? () -> fault.answer(call) : super::onHalfClose;
				if (delay == null || delay.isZero()) {
					answer.run();
				}
				else {
					ScriptedFaults.this.scheduler.schedule(answer, delay.toNanos(), TimeUnit.NANOSECONDS);
				}
			}

		};
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

	private record Fault(Status status, AppError appError) {

		<ReqT, RespT> void answer(ServerCall<ReqT, RespT> call) {
			if (this.status != null) {
				call.close(this.status, new Metadata());
				return;
			}
			call.sendHeaders(new Metadata());
			call.sendMessage(responseWithError(call.getMethodDescriptor(), this.appError));
			call.close(Status.OK, new Metadata());
		}

		@SuppressWarnings("unchecked")
		private static <RespT> RespT responseWithError(MethodDescriptor<?, RespT> method, AppError appError) {
			if (!(method.getResponseMarshaller() instanceof PrototypeMarshaller<RespT> marshaller)
					|| !(marshaller.getMessagePrototype() instanceof Message prototype)) {
				throw new IllegalStateException(method.getFullMethodName() + " has no protobuf response type");
			}
			FieldDescriptor errorField = prototype.getDescriptorForType().findFieldByNumber(APP_ERROR_FIELD);
			if (errorField == null || errorField.getJavaType() != FieldDescriptor.JavaType.MESSAGE
					|| !errorField.getMessageType().equals(AppError.getDescriptor())) {
				throw new IllegalStateException(method.getFullMethodName() + " has no AppError in field 1");
			}
			return (RespT) prototype.newBuilderForType().setField(errorField, appError).build();
		}

	}

}

package dev.pluginkit.mattermost.client.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.MessageLite;
import dev.pluginkit.mattermost.client.PluginApiClientOptions;
import dev.pluginkit.mattermost.client.PluginApiException;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;

/**
 * The single call path of both clients: it applies the per-call options, runs the call
 * blocking or asynchronously, and turns every failure into a {@link PluginApiException}.
 */
public final class CallExecutor {

	private final Channel channel;

	private final long deadlineNanos;

	private final CallOptions baseCallOptions;

	private final int maxOutboundMessageSize;

	/**
	 * Creates the call path over a channel.
	 * @param channel the channel to the server's {@code PluginAPI} service
	 * @param options the per-call settings
	 */
	public CallExecutor(Channel channel, PluginApiClientOptions options) {
		this.channel = Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(options, "options");
		this.deadlineNanos = options.getDeadline().toNanos();
		this.maxOutboundMessageSize = options.getMaxOutboundMessageSize();
		this.baseCallOptions = CallOptions.DEFAULT.withMaxInboundMessageSize(options.getMaxInboundMessageSize())
			.withMaxOutboundMessageSize(options.getMaxOutboundMessageSize());
	}

	/**
	 * Runs a call on the calling thread.
	 * @param <ReqT> the request type
	 * @param <RespT> the response type
	 * @param <R> the result type
	 * @param call the call
	 * @return the result
	 * @throws PluginApiException when the call fails in any way
	 */
	public <ReqT, RespT, R> R blocking(UnaryCall<ReqT, RespT, R> call) {
		PluginApiException oversized = checkRequestSize(call);
		if (oversized != null) {
			throw oversized;
		}
		RespT response;
		try {
			response = ClientCalls.blockingUnaryCall(this.channel, call.method(), callOptions(), call.request());
		}
		catch (StatusRuntimeException ex) {
			PluginApiException failure = PluginApiErrors.fromStatus(ex.getStatus());
			// Built on a transport thread: show where the caller made the call instead.
			failure.fillInStackTrace();
			return call.recover(failure);
		}
		return call.extract(response);
	}

	/**
	 * Starts a call.
	 * @param <ReqT> the request type
	 * @param <RespT> the response type
	 * @param <R> the result type
	 * @param call the call
	 * @return the future result, failed with a {@link PluginApiException} when the call
	 * fails; cancelling it, or completing it from outside, cancels the RPC
	 */
	public <ReqT, RespT, R> CompletableFuture<R> async(UnaryCall<ReqT, RespT, R> call) {
		PluginApiException oversized = checkRequestSize(call);
		if (oversized != null) {
			return CompletableFuture.failedFuture(oversized);
		}
		return UnaryCallFuture.start(this.channel.newCall(call.method(), callOptions()), call);
	}

	/**
	 * grpc-java enforces the outbound limit only while writing the message; on a call
	 * that waits for the connection, that failure is lost and the call hangs until its
	 * deadline. Checking here fails at once, with the same status the transport would
	 * give.
	 */
	private PluginApiException checkRequestSize(UnaryCall<?, ?, ?> call) {
		if (call.request() instanceof MessageLite message) {
			int size = message.getSerializedSize();
			if (size > this.maxOutboundMessageSize) {
				return PluginApiErrors
					.fromStatus(Status.RESOURCE_EXHAUSTED.withDescription(call.method().getFullMethodName()
							+ ": request of " + size + " bytes is larger than the maximum outbound message size of "
							+ this.maxOutboundMessageSize + " bytes"));
			}
		}
		return null;
	}

	private CallOptions callOptions() {
		return this.baseCallOptions.withDeadlineAfter(this.deadlineNanos, TimeUnit.NANOSECONDS);
	}

}

package dev.pluginkit.mattermost.client.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.pluginkit.mattermost.client.PluginApiClientOptions;
import dev.pluginkit.mattermost.client.PluginApiException;
import io.grpc.CallOptions;
import io.grpc.Channel;
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

	/**
	 * Creates the call path over a channel.
	 * @param channel the channel to the server's {@code PluginAPI} service
	 * @param options the per-call settings
	 */
	public CallExecutor(Channel channel, PluginApiClientOptions options) {
		this.channel = Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(options, "options");
		this.deadlineNanos = options.getDeadline().toNanos();
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
		RespT response;
		try {
			response = ClientCalls.blockingUnaryCall(this.channel, call.method(), callOptions(), call.request());
		}
		catch (StatusRuntimeException ex) {
			PluginApiException failure = PluginApiErrors.fromStatus(ex.getStatus());
			// Built on a transport thread: show where the caller made the call instead.
			failure.fillInStackTrace();
			throw failure;
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
		return UnaryCallFuture.start(this.channel.newCall(call.method(), callOptions()), call);
	}

	private CallOptions callOptions() {
		return this.baseCallOptions.withDeadlineAfter(this.deadlineNanos, TimeUnit.NANOSECONDS);
	}

}

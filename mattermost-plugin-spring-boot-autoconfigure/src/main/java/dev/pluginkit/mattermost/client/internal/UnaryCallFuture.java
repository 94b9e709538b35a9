package dev.pluginkit.mattermost.client.internal;

import java.util.concurrent.CompletableFuture;

import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.Status;

/**
 * A future that is also the listener of its unary call, so that one object per call does
 * the whole asynchronous path. Cancelling the future, or completing it from outside (as
 * {@code orTimeout} does), cancels the RPC.
 */
final class UnaryCallFuture<ReqT, RespT, R> extends CompletableFuture<R> {

	private final ClientCall<ReqT, RespT> call;

	private final UnaryCall<ReqT, RespT, R> spec;

	private UnaryCallFuture(ClientCall<ReqT, RespT> call, UnaryCall<ReqT, RespT, R> spec) {
		this.call = call;
		this.spec = spec;
	}

	static <ReqT, RespT, R> CompletableFuture<R> start(ClientCall<ReqT, RespT> call, UnaryCall<ReqT, RespT, R> spec) {
		UnaryCallFuture<ReqT, RespT, R> future = new UnaryCallFuture<>(call, spec);
		call.start(future.new ResponseListener(), new Metadata());
		// Ask for two messages so that a misbehaving server's second one is noticed.
		call.request(2);
		try {
			call.sendMessage(spec.request());
			call.halfClose();
		}
		catch (RuntimeException | Error ex) {
			// The listener's onClose reports this as the call's failure.
			call.cancel("Could not send the request", ex);
		}
		return future;
	}

	@Override
	public boolean cancel(boolean mayInterruptIfRunning) {
		boolean cancelled = super.cancel(mayInterruptIfRunning);
		if (cancelled) {
			this.call.cancel("The caller cancelled the call", null);
		}
		return cancelled;
	}

	@Override
	public boolean complete(R value) {
		boolean completed = super.complete(value);
		if (completed) {
			this.call.cancel("The caller completed the future before the server answered", null);
		}
		return completed;
	}

	@Override
	public boolean completeExceptionally(Throwable ex) {
		boolean completed = super.completeExceptionally(ex);
		if (completed) {
			this.call.cancel("The caller completed the future before the server answered", ex);
		}
		return completed;
	}

	private final class ResponseListener extends ClientCall.Listener<RespT> {

		private RespT response;

		@Override
		public void onMessage(RespT message) {
			if (this.response != null) {
				UnaryCallFuture.this.call.cancel("The server sent more than one response to a unary call", null);
				return;
			}
			this.response = message;
		}

		@Override
		public void onClose(Status status, Metadata trailers) {
			if (!status.isOk()) {
				try {
					settle(UnaryCallFuture.this.spec.recover(PluginApiErrors.fromStatus(status)));
				}
				catch (RuntimeException ex) {
					settleExceptionally(ex);
				}
			}
			else if (this.response == null) {
				settleExceptionally(PluginApiErrors
					.fromStatus(Status.INTERNAL.withDescription("The server closed the call without a response")));
			}
			else {
				try {
					settle(UnaryCallFuture.this.spec.extract(this.response));
				}
				catch (RuntimeException ex) {
					// Whatever extraction throws must reach the caller, never be lost on
					// a
					// transport thread with the future left pending.
					settleExceptionally(ex);
				}
			}
		}

	}

	private void settle(R value) {
		super.complete(value);
	}

	private void settleExceptionally(Throwable ex) {
		super.completeExceptionally(ex);
	}

}

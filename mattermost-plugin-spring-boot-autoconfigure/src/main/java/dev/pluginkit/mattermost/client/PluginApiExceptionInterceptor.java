package dev.pluginkit.mattermost.client;

import dev.pluginkit.mattermost.client.internal.PluginApiErrors;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;

/**
 * Converts every failed call on a channel into a {@link PluginApiException}, attached as
 * the cause of the failed status. The Plugin API clients throw that exception itself;
 * code that calls the channel through raw generated stubs finds it as the cause of the
 * stub's exception.
 *
 * <p>
 * The auto-configuration installs it on the Plugin API channel. The clients apply the
 * same conversion on any channel, so a channel built by hand does not need it.
 */
public final class PluginApiExceptionInterceptor implements ClientInterceptor {

	@Override
	public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(MethodDescriptor<ReqT, RespT> method,
			CallOptions callOptions, Channel next) {
		return new SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {

			@Override
			public void start(Listener<RespT> responseListener, Metadata headers) {
				super.start(new SimpleForwardingClientCallListener<>(responseListener) {

					@Override
					public void onClose(Status status, Metadata trailers) {
						super.onClose(status.isOk() ? status : status.withCause(PluginApiErrors.fromStatus(status)),
								trailers);
					}

				}, headers);
			}

		};
	}

}

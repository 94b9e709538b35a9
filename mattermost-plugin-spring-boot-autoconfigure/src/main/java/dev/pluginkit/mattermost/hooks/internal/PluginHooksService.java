package dev.pluginkit.mattermost.hooks.internal;

import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.pluginapi.v1.ImplementedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.ServerCalls.BidiStreamingMethod;

/**
 * The plugin's {@code mattermost.pluginapi.v1.PluginHooks} service. Built from the generated
 * service descriptor, so every unary hook is bound to the {@link HookDispatcher} without a
 * method per hook; {@code Implemented} answers the dispatch table's hooks. ServeHTTP answers
 * {@code UNIMPLEMENTED} (and is never listed as implemented) unless a streaming handler is
 * given.
 */
public class PluginHooksService implements BindableService {

	private final HookDispatcher dispatcher;

	private final BidiStreamingMethod<ServeHTTPRequest, ServeHTTPResponse> serveHttp;

	/**
	 * A service whose ServeHTTP answers {@code UNIMPLEMENTED}.
	 * @param dispatcher runs the hooks
	 */
	public PluginHooksService(HookDispatcher dispatcher) {
		this(dispatcher, (responses) -> ServerCalls
			.asyncUnimplementedStreamingCall(PluginHooksGrpc.getServeHTTPMethod(), responses));
	}

	/**
	 * A service with a ServeHTTP handler.
	 * @param dispatcher runs the hooks
	 * @param serveHttp takes ServeHTTP streams
	 */
	public PluginHooksService(HookDispatcher dispatcher,
			BidiStreamingMethod<ServeHTTPRequest, ServeHTTPResponse> serveHttp) {
		this.dispatcher = dispatcher;
		this.serveHttp = serveHttp;
	}

	@Override
	public ServerServiceDefinition bindService() {
		ServerServiceDefinition.Builder service = ServerServiceDefinition.builder(PluginHooksGrpc.getServiceDescriptor())
			.addMethod(PluginHooksGrpc.getImplementedMethod(),
					ServerCalls.asyncUnaryCall((request, responses) -> {
						responses.onNext(
								ImplementedResponse.newBuilder().addAllHooks(this.dispatcher.implementedHooks()).build());
						responses.onCompleted();
					}))
			.addMethod(PluginHooksGrpc.getServeHTTPMethod(), ServerCalls.asyncBidiStreamingCall(this.serveHttp));
		for (Hook hook : Hook.all()) {
			service.addMethod(hook.methodDescriptor(), ServerCalls
				.<Message, Message>asyncUnaryCall((request, responses) -> this.dispatcher.dispatch(hook, request, responses)));
		}
		return service.build();
	}

}

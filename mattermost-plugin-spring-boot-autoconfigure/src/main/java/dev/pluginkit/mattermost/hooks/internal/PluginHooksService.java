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
 * method per hook; {@code Implemented} answers the dispatch table's hooks, and ServeHTTP when
 * a streaming handler is given. Without one, ServeHTTP answers {@code UNIMPLEMENTED} and is
 * not listed, so the server answers the plugin's HTTP requests with 404 itself.
 */
public class PluginHooksService implements BindableService {

	/** The name under which {@code Implemented} lists ServeHTTP. */
	public static final String SERVE_HTTP = "ServeHTTP";

	private final HookDispatcher dispatcher;

	private final BidiStreamingMethod<ServeHTTPRequest, ServeHTTPResponse> serveHttp;

	private final boolean servesHttp;

	/**
	 * A service whose ServeHTTP answers {@code UNIMPLEMENTED}.
	 * @param dispatcher runs the hooks
	 */
	public PluginHooksService(HookDispatcher dispatcher) {
		this.dispatcher = dispatcher;
		this.serveHttp = (responses) -> ServerCalls
			.asyncUnimplementedStreamingCall(PluginHooksGrpc.getServeHTTPMethod(), responses);
		this.servesHttp = false;
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
		this.servesHttp = true;
	}

	@Override
	public ServerServiceDefinition bindService() {
		ServerServiceDefinition.Builder service = ServerServiceDefinition.builder(PluginHooksGrpc.getServiceDescriptor())
			.addMethod(PluginHooksGrpc.getImplementedMethod(),
					ServerCalls.asyncUnaryCall((request, responses) -> {
						ImplementedResponse.Builder implemented = ImplementedResponse.newBuilder()
							.addAllHooks(this.dispatcher.implementedHooks());
						if (this.servesHttp) {
							implemented.addHooks(SERVE_HTTP);
						}
						responses.onNext(implemented.build());
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

package dev.pluginkit.mattermost.runtime;

import dev.pluginkit.mattermost.goplugin.v1.Empty;
import dev.pluginkit.mattermost.goplugin.v1.GRPCControllerGrpc;
import io.grpc.stub.StreamObserver;

/**
 * go-plugin's {@code plugin.GRPCController}. go-plugin calls {@code Shutdown} with no
 * deadline and then gives the process 2 seconds to exit, so the call is answered at once
 * and the shutdown is only requested, to run afterwards on a thread of its own.
 */
class GrpcControllerService extends GRPCControllerGrpc.GRPCControllerImplBase {

	private final Runnable shutdownRequest;

	/**
	 * Creates the service.
	 * @param shutdownRequest starts the shutdown without waiting for it
	 */
	GrpcControllerService(Runnable shutdownRequest) {
		this.shutdownRequest = shutdownRequest;
	}

	@Override
	public void shutdown(Empty request, StreamObserver<Empty> responseObserver) {
		responseObserver.onNext(Empty.getDefaultInstance());
		responseObserver.onCompleted();
		this.shutdownRequest.run();
	}

}

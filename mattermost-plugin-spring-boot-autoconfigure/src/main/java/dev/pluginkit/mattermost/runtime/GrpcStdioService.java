package dev.pluginkit.mattermost.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.pluginkit.mattermost.goplugin.v1.GRPCStdioGrpc;
import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * go-plugin's {@code plugin.GRPCStdio}. The host opens one {@code StreamStdio} call right
 * after connecting; without the service it logs a warning.
 *
 * <p>The stream stays open and carries nothing: the runtime sends every output line,
 * stray {@code System.out} included, to the process's stderr, which go-plugin already
 * turns into server log lines, so mirroring it here as well could only duplicate it. The
 * stream ends when the server shuts down, so that it does not hold up the graceful
 * shutdown.
 */
class GrpcStdioService extends GRPCStdioGrpc.GRPCStdioImplBase {

	private final Set<ServerCallStreamObserver<StdioData>> streams = ConcurrentHashMap.newKeySet();

	@Override
	public void streamStdio(com.google.protobuf.Empty request, StreamObserver<StdioData> responseObserver) {
		ServerCallStreamObserver<StdioData> stream = (ServerCallStreamObserver<StdioData>) responseObserver;
		this.streams.add(stream);
		stream.setOnCancelHandler(() -> this.streams.remove(stream));
	}

	/**
	 * Ends every open stream normally.
	 */
	void closeStreams() {
		for (ServerCallStreamObserver<StdioData> stream : this.streams) {
			if (this.streams.remove(stream)) {
				try {
					stream.onCompleted();
				}
				catch (RuntimeException ex) {
					// Cancelled concurrently by the client: nothing left to end.
				}
			}
		}
	}

}

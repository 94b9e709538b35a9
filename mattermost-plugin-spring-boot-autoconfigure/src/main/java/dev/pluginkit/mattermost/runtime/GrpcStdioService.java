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
 * streams end when the server shuts down, so that they do not hold up the graceful
 * shutdown; one opened after that ends at once.
 */
class GrpcStdioService extends GRPCStdioGrpc.GRPCStdioImplBase {

	private final Set<ServerCallStreamObserver<StdioData>> streams = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	@Override
	public void streamStdio(com.google.protobuf.Empty request, StreamObserver<StdioData> responseObserver) {
		ServerCallStreamObserver<StdioData> stream = (ServerCallStreamObserver<StdioData>) responseObserver;
		stream.setOnCancelHandler(() -> this.streams.remove(stream));
		this.streams.add(stream);
		// Checked after adding: a close() in between has either seen the stream or set the flag.
		if (this.closed) {
			end(stream);
		}
	}

	/**
	 * Ends every open stream normally, and every stream opened from now on at once.
	 */
	void close() {
		this.closed = true;
		for (ServerCallStreamObserver<StdioData> stream : this.streams) {
			end(stream);
		}
	}

	private void end(ServerCallStreamObserver<StdioData> stream) {
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

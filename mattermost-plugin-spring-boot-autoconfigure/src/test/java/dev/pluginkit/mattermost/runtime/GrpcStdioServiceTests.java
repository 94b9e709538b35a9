package dev.pluginkit.mattermost.runtime;

import dev.pluginkit.mattermost.goplugin.v1.StdioData;
import io.grpc.stub.ServerCallStreamObserver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * go-plugin's stdio stream, which must never hold up the server's stop.
 */
class GrpcStdioServiceTests {

	private final GrpcStdioService stdio = new GrpcStdioService();

	@Test
	void endsAnOpenStreamOnClose() {
		RecordingStream stream = new RecordingStream();
		this.stdio.streamStdio(com.google.protobuf.Empty.getDefaultInstance(), stream);

		this.stdio.close();

		assertThat(stream.completed).isTrue();
	}

	@Test
	void endsAStreamOpenedAfterCloseAtOnce() {
		this.stdio.close();
		RecordingStream stream = new RecordingStream();

		this.stdio.streamStdio(com.google.protobuf.Empty.getDefaultInstance(), stream);

		assertThat(stream.completed).isTrue();
	}

	@Test
	void leavesAStreamOpenUntilClose() {
		RecordingStream stream = new RecordingStream();

		this.stdio.streamStdio(com.google.protobuf.Empty.getDefaultInstance(), stream);

		assertThat(stream.completed).isFalse();
	}

	static class RecordingStream extends ServerCallStreamObserver<StdioData> {

		boolean completed;

		@Override
		public void onNext(StdioData value) {
		}

		@Override
		public void onError(Throwable t) {
		}

		@Override
		public void onCompleted() {
			this.completed = true;
		}

		@Override
		public boolean isCancelled() {
			return false;
		}

		@Override
		public void setOnCancelHandler(Runnable onCancelHandler) {
		}

		@Override
		public void setCompression(String compression) {
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setOnReadyHandler(Runnable onReadyHandler) {
		}

		@Override
		public void request(int count) {
		}

		@Override
		public void setMessageCompression(boolean enable) {
		}

		@Override
		public void disableAutoInboundFlowControl() {
		}

	}

}

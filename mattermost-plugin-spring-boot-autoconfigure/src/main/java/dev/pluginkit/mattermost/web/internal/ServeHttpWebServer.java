package dev.pluginkit.mattermost.web.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.pluginapi.v1.HTTPHeader;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPResponseInit;
import dev.pluginkit.mattermost.web.ClientAbortException;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import jakarta.servlet.ServletException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.ErrorPage;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerException;
import org.springframework.lang.Nullable;

/**
 * The plugin's web server: a servlet context fed by ServeHTTP streams instead of a socket.
 * {@link #serve(StreamObserver)} takes one stream; its request runs on the executor, in the
 * stream's gRPC {@link Context}, so that the call's cancellation reaches the handler (and
 * any Plugin API call it makes), and its body is read as it arrives.
 */
public final class ServeHttpWebServer implements WebServer {

	private static final Log logger = LogFactory.getLog(ServeHttpWebServer.class);

	private final PortlessServletContext context;

	private final Set<ErrorPage> errorPages;

	private final Executor executor;

	private final int responseBufferSize;

	private final HttpSessions sessions;

	private final Duration flushDelay;

	@Nullable
	private volatile FlushTimer flushTimer;

	private volatile boolean started;

	ServeHttpWebServer(PortlessServletContext context, Set<ErrorPage> errorPages, Executor executor,
			int responseBufferSize, Duration flushDelay) {
		this.context = context;
		this.errorPages = Set.copyOf(errorPages);
		this.executor = executor;
		this.responseBufferSize = responseBufferSize;
		this.flushDelay = flushDelay;
		this.sessions = new HttpSessions(context, context::sessionListeners);
	}

	private boolean scheduleFlush(Runnable flush) {
		FlushTimer timer = this.flushTimer;
		return timer != null && timer.schedule(flush);
	}

	@Override
	public void start() throws WebServerException {
		if (this.started) {
			return;
		}
		try {
			this.context.start();
		}
		catch (ServletException ex) {
			throw new WebServerException("Could not start the plugin's servlet context", ex);
		}
		if (!this.flushDelay.isZero()) {
			this.flushTimer = new FlushTimer(this.flushDelay);
		}
		this.started = true;
		logger.info("Spring MVC serves the plugin's ServeHTTP requests; no port is open");
	}

	@Override
	public void stop() throws WebServerException {
		if (!this.started) {
			return;
		}
		this.started = false;
		FlushTimer timer = this.flushTimer;
		if (timer != null) {
			timer.stop();
		}
		this.sessions.invalidateAll();
		this.context.stop();
	}

	@Override
	public int getPort() {
		return -1;
	}

	/**
	 * Takes one ServeHTTP stream. Must be called from the gRPC service method, since it sets
	 * up the call's flow control and handlers.
	 * @param responseObserver the stream's response side
	 * @return the stream's request side
	 */
	public StreamObserver<ServeHTTPRequest> serve(StreamObserver<ServeHTTPResponse> responseObserver) {
		ServerCallStreamObserver<ServeHTTPResponse> responses = (ServerCallStreamObserver<ServeHTTPResponse>) responseObserver;
		responses.disableAutoRequest();
		ResponseMessages messages = new ResponseMessages(responses);
		RequestBodyStream body = new RequestBodyStream(() -> responses.request(1));
		responses.setOnReadyHandler(messages::onReady);
		responses.setOnCancelHandler(() -> {
			messages.onCancel();
			body.abort(new ClientAbortException("The client disconnected; the ServeHTTP stream was cancelled"));
		});
		responses.request(1);
		return new StreamObserver<>() {

			private boolean first = true;

			@Override
			public void onNext(ServeHTTPRequest message) {
				if (!this.first) {
					body.offer(message.getBodyChunk(), message.getBodyComplete());
					return;
				}
				this.first = false;
				if (!message.hasInit()) {
					messages.abort(Status.INVALID_ARGUMENT
						.withDescription("The first ServeHTTP message must hold the request's init"));
					return;
				}
				body.offer(message.getBodyChunk(), message.getBodyComplete());
				start(message, body, messages);
			}

			@Override
			public void onError(Throwable ex) {
				body.abort(new ClientAbortException("The ServeHTTP stream failed: " + Status.fromThrowable(ex)));
			}

			@Override
			public void onCompleted() {
				body.ended();
			}

		};
	}

	private void start(ServeHTTPRequest message, RequestBodyStream body, ResponseMessages messages) {
		if (!this.started) {
			unavailable(messages, "The plugin's web application has not started yet, or has stopped");
			return;
		}
		ServeHttpExchange exchange = new ServeHttpExchange(this.context, this.errorPages, this.sessions,
				message.getInit(), body, messages, this.responseBufferSize, this::scheduleFlush);
		try {
			this.executor.execute(Context.current().wrap(exchange));
		}
		catch (RejectedExecutionException ex) {
			unavailable(messages, "The plugin is shutting down");
		}
	}

	/**
	 * Answers a stream with 503, for when no web server takes it.
	 * @param responseObserver the stream's response side
	 * @param reason the answer's body
	 * @return the stream's request side, which ignores what arrives
	 */
	public static StreamObserver<ServeHTTPRequest> refuse(StreamObserver<ServeHTTPResponse> responseObserver,
			String reason) {
		unavailable(new ResponseMessages((ServerCallStreamObserver<ServeHTTPResponse>) responseObserver), reason);
		return new StreamObserver<>() {

			@Override
			public void onNext(ServeHTTPRequest value) {
			}

			@Override
			public void onError(Throwable t) {
			}

			@Override
			public void onCompleted() {
			}

		};
	}

	private static void unavailable(ResponseMessages messages, String reason) {
		messages.answerNow(ServeHTTPResponse.newBuilder()
			.setInit(ServeHTTPResponseInit.newBuilder()
				.setStatusCode(503)
				.addHeaders(HTTPHeader.newBuilder().setKey("Content-Type").addValues("text/plain;charset=UTF-8")))
			.setBodyChunk(ByteString.copyFromUtf8(reason))
			.setBodyComplete(true)
			.build());
	}

}

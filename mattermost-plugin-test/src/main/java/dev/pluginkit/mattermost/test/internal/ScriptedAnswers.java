package dev.pluginkit.mattermost.test.internal;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.google.protobuf.Message;

import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.PrototypeMarshaller;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * A server interceptor that records the request of every call and, for the RPCs a test
 * scripts, answers with a chosen response instead of passing the call on to the fake (or
 * to the generated {@code UNIMPLEMENTED} answer). It works for every RPC of the service
 * because it only needs the RPC's {@link MethodDescriptor}. It is meant to sit inside
 * {@link ScriptedFaults}, so that a scripted failure still wins over a scripted answer and
 * a scripted delay applies to it too.
 */
public final class ScriptedAnswers implements ServerInterceptor {

	private static final Map<String, MethodDescriptor<?, ?>> METHODS = PluginAPIGrpc.getServiceDescriptor()
		.getMethods()
		.stream()
		.collect(Collectors.toUnmodifiableMap(MethodDescriptor::getBareMethodName, Function.identity()));

	private final Map<String, UnaryOperator<Object>> responders = new ConcurrentHashMap<>();

	private final Map<String, Queue<Object>> requests = new ConcurrentHashMap<>();

	/**
	 * Makes every later call of an RPC answer with the same response.
	 * @param rpc the RPC's name, one of the service's
	 * @param response the response; its type must be the RPC's response type
	 * @throws IllegalArgumentException if it is not, naming both types
	 */
	public void answer(String rpc, Message response) {
		MethodDescriptor<?, ?> method = METHODS.get(rpc);
		if (method == null) {
			throw new IllegalArgumentException("'" + rpc + "' is not an RPC of " + PluginAPIGrpc.SERVICE_NAME);
		}
		checkResponse(method, response);
		this.responders.put(rpc, (request) -> response);
	}

	/**
	 * Makes every later call of an RPC answer with the response computed from its request.
	 * @param <ReqT> the request type
	 * @param <RespT> the response type
	 * @param rpc the RPC, one of the service's
	 * @param responder computes the response; a {@link StatusRuntimeException} it throws
	 * answers that status, any other exception answers {@code INTERNAL}
	 */
	@SuppressWarnings("unchecked")
	public <ReqT, RespT> void answer(MethodDescriptor<ReqT, RespT> rpc,
			Function<? super ReqT, ? extends RespT> responder) {
		if (responder == null) {
			throw new IllegalArgumentException("A scripted answer for " + rpc.getBareMethodName() + " needs a responder");
		}
		this.responders.put(rpc.getBareMethodName(), (request) -> responder.apply((ReqT) request));
	}

	/**
	 * Checks that a response has exactly the response type of an RPC.
	 * @param rpc the RPC, one of the service's
	 * @param response the response to check
	 * @throws IllegalArgumentException naming the RPC, its response type and the given one
	 */
	public static void checkResponse(MethodDescriptor<?, ?> rpc, Object response) {
		String problem = responseProblem(rpc, response);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * Returns the requests an RPC received, oldest first, whatever answered them.
	 * @param <ReqT> the RPC's request type
	 * @param rpc the RPC's name
	 * @return a snapshot of the requests since the start or the last {@link #reset()}
	 */
	@SuppressWarnings("unchecked")
	public <ReqT> List<ReqT> requests(String rpc) {
		Queue<Object> received = this.requests.get(rpc);
		return (received != null) ? (List<ReqT>) List.copyOf(received) : List.of();
	}

	/**
	 * Forgets every scripted answer and recorded request.
	 */
	public void reset() {
		this.responders.clear();
		this.requests.clear();
	}

	@Override
	public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
			ServerCallHandler<ReqT, RespT> next) {
		String rpc = call.getMethodDescriptor().getBareMethodName();
		UnaryOperator<Object> responder = this.responders.get(rpc);
		if (responder != null) {
			// Two, as grpc's own unary handler asks for, to notice a client sending too many
			call.request(2);
			return new ScriptedCall<>(call, responder);
		}
		return new SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {

			@Override
			public void onMessage(ReqT message) {
				record(rpc, message);
				super.onMessage(message);
			}

		};
	}

	private void record(String rpc, Object request) {
		this.requests.computeIfAbsent(rpc, (name) -> new ConcurrentLinkedQueue<>()).add(request);
	}

	private static String responseProblem(MethodDescriptor<?, ?> rpc, Object response) {
		if (!(rpc.getResponseMarshaller() instanceof PrototypeMarshaller<?> marshaller)
				|| !(marshaller.getMessagePrototype() instanceof Message prototype)) {
			return rpc.getFullMethodName() + " has no protobuf response type";
		}
		if (response != null && response.getClass() == prototype.getClass()) {
			return null;
		}
		String expected = prototype.getDescriptorForType().getFullName();
		String given = (response instanceof Message message) ? message.getDescriptorForType().getFullName() : null;
		if (given == null || given.equals(expected)) {
			expected = prototype.getClass().getName();
			given = (response != null) ? response.getClass().getName() : "null";
		}
		return rpc.getBareMethodName() + " answers " + expected + ", not " + given;
	}

	/**
	 * One call answered by a script: it records the request and, once the client is done
	 * sending, answers with what the responder makes of it.
	 */
	private final class ScriptedCall<ReqT, RespT> extends ServerCall.Listener<ReqT> {

		private final ServerCall<ReqT, RespT> call;

		private final UnaryOperator<Object> responder;

		private ReqT request;

		private boolean closed;

		ScriptedCall(ServerCall<ReqT, RespT> call, UnaryOperator<Object> responder) {
			this.call = call;
			this.responder = responder;
		}

		@Override
		public void onMessage(ReqT message) {
			record(this.call.getMethodDescriptor().getBareMethodName(), message);
			if (this.request != null) {
				close(Status.INTERNAL.withDescription("Too many requests"), null);
			}
			this.request = message;
		}

		@Override
		@SuppressWarnings("unchecked")
		public void onHalfClose() {
			if (this.closed || this.call.isCancelled()) {
				return;
			}
			if (this.request == null) {
				close(Status.INTERNAL.withDescription("Half-closed without a request"), null);
				return;
			}
			Object response;
			try {
				response = this.responder.apply(this.request);
			}
			catch (StatusRuntimeException ex) {
				close(ex.getStatus(), ex.getTrailers());
				return;
			}
			catch (RuntimeException | AssertionError ex) {
				String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
				close(Status.INTERNAL.withDescription(message).withCause(ex), null);
				return;
			}
			String problem = responseProblem(this.call.getMethodDescriptor(), response);
			if (problem != null) {
				close(Status.INTERNAL.withDescription("The scripted answer is wrong: " + problem), null);
				return;
			}
			this.call.sendHeaders(new Metadata());
			this.call.sendMessage((RespT) response);
			close(Status.OK, null);
		}

		private void close(Status status, Metadata trailers) {
			if (!this.closed) {
				this.closed = true;
				this.call.close(status, (trailers != null) ? trailers : new Metadata());
			}
		}

	}

}

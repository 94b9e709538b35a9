package dev.pluginkit.mattermost.runtime;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.grpc.Attributes;
import io.grpc.HandlerRegistry;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.SecurityLevel;
import io.grpc.ServerCall;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;

/**
 * Serves the application's services (PluginHooks and any other) once the application is
 * ready, and holds every call that arrives before: the runtime's gRPC server serves from
 * the start of the process, long before the application context exists.
 *
 * <p>A held call reads nothing: it waits, within its own deadline, for the outcome of the
 * start. Once the application serves, the call is handed to the real method, its messages
 * parsed and its responses written with that method's marshallers. If the application
 * failed, the call gets the failure's answer; if the server stops first, UNAVAILABLE.
 * Calls that arrive after the outcome go straight to the method, at the cost of one map
 * look-up.
 */
final class DeferredServiceRegistry extends HandlerRegistry {

	private static final MethodDescriptor.Marshaller<InputStream> RAW = new RawMarshaller();

	private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

	private volatile Map<String, ServerMethodDefinition<?, ?>> methods;

	/**
	 * Serves the given services from now on and hands them the held calls.
	 * @param services the application's services
	 * @return whether this was the outcome; {@code false} after a failure or a stop
	 */
	boolean serve(List<ServerServiceDefinition> services) {
		Map<String, ServerMethodDefinition<?, ?>> methods = new HashMap<>();
		for (ServerServiceDefinition service : services) {
			for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
				methods.put(method.getMethodDescriptor().getFullMethodName(), method);
			}
		}
		Map<String, ServerMethodDefinition<?, ?>> served = Map.copyOf(methods);
		if (this.outcome.complete(new Outcome(served, null))) {
			this.methods = served;
			return true;
		}
		return false;
	}

	/**
	 * Answers the held calls, and every later one, with the given answer instead of serving.
	 * @param answer closes a call with the reason it is not served
	 * @return whether this was the outcome; {@code false} once served, failed or stopped
	 */
	boolean refuse(Function<String, CallAnswer> answer) {
		return this.outcome.complete(new Outcome(null, answer));
	}

	/**
	 * Tells whether the application's services are served.
	 * @return whether {@link #serve} was the outcome
	 */
	boolean isServing() {
		return this.methods != null;
	}

	@Override
	public List<ServerServiceDefinition> getServices() {
		return List.of();
	}

	@Override
	public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
		Map<String, ServerMethodDefinition<?, ?>> methods = this.methods;
		if (methods != null) {
			// Null: grpc answers UNIMPLEMENTED, as for any unknown method.
			return methods.get(methodName);
		}
		MethodDescriptor<InputStream, InputStream> held = MethodDescriptor.newBuilder(RAW, RAW)
			.setType(MethodDescriptor.MethodType.UNKNOWN)
			.setFullMethodName(methodName)
			.build();
		return ServerMethodDefinition.create(held, this::hold);
	}

	private ServerCall.Listener<InputStream> hold(ServerCall<InputStream, InputStream> call, Metadata headers) {
		HeldCall held = new HeldCall(call, headers);
		this.outcome.thenAccept(held::resume);
		return held;
	}

	/** Closes a call that is not served, with a response or a status. */
	@FunctionalInterface
	interface CallAnswer {

		/**
		 * Answers the call.
		 * @param call the call, which has read nothing
		 */
		void answer(ServerCall<InputStream, InputStream> call);

	}

	private record Outcome(Map<String, ServerMethodDefinition<?, ?>> methods, Function<String, CallAnswer> refusal) {

	}

	/**
	 * A call waiting for the outcome. Its listener methods and its resumption are
	 * serialized on the object's monitor: grpc calls the listener on the call's own
	 * executor, the resumption comes from whoever completed the outcome.
	 */
	private static final class HeldCall extends ServerCall.Listener<InputStream> {

		private final ServerCall<InputStream, InputStream> call;

		private final Metadata headers;

		private ServerCall.Listener<InputStream> target;

		private boolean cancelled;

		private boolean ready;

		HeldCall(ServerCall<InputStream, InputStream> call, Metadata headers) {
			this.call = call;
			this.headers = headers;
		}

		synchronized void resume(Outcome outcome) {
			if (this.cancelled) {
				// Its deadline ran out, or the caller went away, while it waited.
				return;
			}
			String name = this.call.getMethodDescriptor().getFullMethodName();
			if (outcome.methods() == null) {
				outcome.refusal().apply(name).answer(this.call);
				return;
			}
			ServerMethodDefinition<?, ?> method = outcome.methods().get(name);
			if (method == null) {
				this.call.close(Status.UNIMPLEMENTED.withDescription("Method not found: " + name), new Metadata());
				return;
			}
			this.target = start(method);
			if (this.ready) {
				this.target.onReady();
			}
		}

		private <Q, R> ServerCall.Listener<InputStream> start(ServerMethodDefinition<Q, R> method) {
			MethodDescriptor<Q, R> descriptor = method.getMethodDescriptor();
			ServerCall.Listener<Q> listener = method.getServerCallHandler()
				.startCall(new TypedCall<>(this.call, descriptor), this.headers);
			return new TypedListener<>(listener, descriptor);
		}

		@Override
		public synchronized void onMessage(InputStream message) {
			// Nothing is requested before the call is handed on, so there is a target.
			this.target.onMessage(message);
		}

		@Override
		public synchronized void onHalfClose() {
			if (this.target != null) {
				this.target.onHalfClose();
			}
		}

		@Override
		public synchronized void onCancel() {
			if (this.target != null) {
				this.target.onCancel();
			}
			else {
				this.cancelled = true;
			}
		}

		@Override
		public synchronized void onComplete() {
			if (this.target != null) {
				this.target.onComplete();
			}
		}

		@Override
		public synchronized void onReady() {
			if (this.target != null) {
				this.target.onReady();
			}
			else {
				this.ready = true;
			}
		}

	}

	/** The held raw call, seen through the real method's types. */
	private static final class TypedCall<Q, R> extends ServerCall<Q, R> {

		private final ServerCall<InputStream, InputStream> raw;

		private final MethodDescriptor<Q, R> method;

		TypedCall(ServerCall<InputStream, InputStream> raw, MethodDescriptor<Q, R> method) {
			this.raw = raw;
			this.method = method;
		}

		@Override
		public void request(int numMessages) {
			this.raw.request(numMessages);
		}

		@Override
		public void sendHeaders(Metadata headers) {
			this.raw.sendHeaders(headers);
		}

		@Override
		public void sendMessage(R message) {
			this.raw.sendMessage(this.method.streamResponse(message));
		}

		@Override
		public boolean isReady() {
			return this.raw.isReady();
		}

		@Override
		public void close(Status status, Metadata trailers) {
			this.raw.close(status, trailers);
		}

		@Override
		public boolean isCancelled() {
			return this.raw.isCancelled();
		}

		@Override
		public void setMessageCompression(boolean enabled) {
			this.raw.setMessageCompression(enabled);
		}

		@Override
		public void setCompression(String compressor) {
			this.raw.setCompression(compressor);
		}

		@Override
		public SecurityLevel getSecurityLevel() {
			return this.raw.getSecurityLevel();
		}

		@Override
		public Attributes getAttributes() {
			return this.raw.getAttributes();
		}

		@Override
		public String getAuthority() {
			return this.raw.getAuthority();
		}

		@Override
		public MethodDescriptor<Q, R> getMethodDescriptor() {
			return this.method;
		}

	}

	/** Parses each raw message with the real method's marshaller, as grpc would have. */
	private static final class TypedListener<Q> extends ServerCall.Listener<InputStream> {

		private final ServerCall.Listener<Q> delegate;

		private final MethodDescriptor<Q, ?> method;

		TypedListener(ServerCall.Listener<Q> delegate, MethodDescriptor<Q, ?> method) {
			this.delegate = delegate;
			this.method = method;
		}

		@Override
		public void onMessage(InputStream message) {
			this.delegate.onMessage(this.method.parseRequest(message));
		}

		@Override
		public void onHalfClose() {
			this.delegate.onHalfClose();
		}

		@Override
		public void onCancel() {
			this.delegate.onCancel();
		}

		@Override
		public void onComplete() {
			this.delegate.onComplete();
		}

		@Override
		public void onReady() {
			this.delegate.onReady();
		}

	}

	/**
	 * Leaves messages as streams: a held call is parsed only once its method is known. grpc
	 * closes an incoming stream after the listener returns, so the listener parses it then.
	 */
	private static final class RawMarshaller implements MethodDescriptor.Marshaller<InputStream> {

		@Override
		public InputStream stream(InputStream value) {
			return value;
		}

		@Override
		public InputStream parse(InputStream stream) {
			return stream;
		}

	}

}

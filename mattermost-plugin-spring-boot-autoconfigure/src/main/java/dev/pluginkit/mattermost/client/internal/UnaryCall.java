package dev.pluginkit.mattermost.client.internal;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import io.grpc.MethodDescriptor;

/**
 * One Plugin API call, described once for both clients: which RPC, with which request,
 * where the response keeps its embedded error, and what of the response the caller gets.
 *
 * @param <ReqT> the request message type
 * @param <RespT> the response message type
 * @param <R> the result type
 * @param method the RPC
 * @param request the request message
 * @param errorOf reads the {@code AppError} from field 1 of the response
 * @param resultOf reads the result from the response
 * @param onFailure answers a failed call: throws the failure, or returns the result that
 * stands for it (a "not set" that the server reports as an error, say)
 */
public record UnaryCall<ReqT, RespT, R>(MethodDescriptor<ReqT, RespT> method, ReqT request,
		Function<RespT, AppError> errorOf, Function<RespT, R> resultOf,
		Function<PluginApiException, R> onFailure) {

	/**
	 * Describes a call whose failures are thrown.
	 * @param method the RPC
	 * @param request the request message
	 * @param errorOf reads the embedded error
	 * @param resultOf reads the result
	 */
	public UnaryCall(MethodDescriptor<ReqT, RespT> method, ReqT request, Function<RespT, AppError> errorOf,
			Function<RespT, R> resultOf) {
		this(method, request, errorOf, resultOf, UnaryCall::rethrow);
	}

	/**
	 * Describes a call whose response carries a result.
	 * @param <ReqT> the request message type
	 * @param <RespT> the response message type
	 * @param <R> the result type
	 * @param method the RPC
	 * @param request the request message
	 * @param errorOf reads the embedded error
	 * @param resultOf reads the result
	 * @return the call
	 */
	public static <ReqT, RespT, R> UnaryCall<ReqT, RespT, R> of(MethodDescriptor<ReqT, RespT> method, ReqT request,
			Function<RespT, AppError> errorOf, Function<RespT, R> resultOf) {
		return new UnaryCall<>(method, request, errorOf, resultOf);
	}

	/**
	 * Describes a call whose response carries nothing but a possible error.
	 * @param <ReqT> the request message type
	 * @param <RespT> the response message type
	 * @param method the RPC
	 * @param request the request message
	 * @param errorOf reads the embedded error
	 * @return the call
	 */
	public static <ReqT, RespT> UnaryCall<ReqT, RespT, Void> returningNothing(MethodDescriptor<ReqT, RespT> method,
			ReqT request, Function<RespT, AppError> errorOf) {
		return new UnaryCall<>(method, request, errorOf, (response) -> null);
	}

	/**
	 * Describes the same call with its result converted further, for a method that offers
	 * the result of another in a handier shape.
	 * @param <S> the converted result type
	 * @param conversion converts the result
	 * @return the call
	 */
	public <S> UnaryCall<ReqT, RespT, S> andThen(Function<? super R, ? extends S> conversion) {
		Function<PluginApiException, R> failure = this.onFailure;
		return new UnaryCall<>(this.method, this.request, this.errorOf, this.resultOf.andThen(conversion),
				(ex) -> conversion.apply(failure.apply(ex)));
	}

	/**
	 * Describes the same call answering the given result, instead of failing, when a
	 * failure matches: for a state the server reports as an error although it is normal.
	 * @param matches which failures stand for the result
	 * @param result the result for them
	 * @return the call
	 */
	public UnaryCall<ReqT, RespT, R> answeringWhen(Predicate<PluginApiException> matches, Supplier<R> result) {
		Function<PluginApiException, R> failure = this.onFailure;
		return new UnaryCall<>(this.method, this.request, this.errorOf, this.resultOf,
				(ex) -> matches.test(ex) ? result.get() : failure.apply(ex));
	}

	/**
	 * Answers a failed call.
	 * @param failure the failure
	 * @return the result that stands for it
	 * @throws PluginApiException the failure, when no result stands for it
	 */
	R recover(PluginApiException failure) {
		return this.onFailure.apply(failure);
	}

	private static <R> R rethrow(PluginApiException failure) {
		throw failure;
	}

	/**
	 * Extracts the result from a response, or throws the embedded error.
	 * @param response the response message
	 * @return the result
	 * @throws PluginApiException when the response embeds an error
	 */
	R extract(RespT response) {
		PluginApiException failure = PluginApiErrors.fromAppError(this.errorOf.apply(response));
		if (failure != null) {
			return recover(failure);
		}
		return this.resultOf.apply(response);
	}

}

package dev.pluginkit.mattermost.client.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.AsyncIntegrationOperations;
import dev.pluginkit.mattermost.client.IntegrationOperations;
import dev.pluginkit.mattermost.client.PluginHttpResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OpenDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OpenInteractiveDialogRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OpenInteractiveDialogResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHTTPRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHTTPResponse;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCollectionAndTopicRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterCollectionAndTopicResponse;

/**
 * The integration domain: its calls, described once, and the blocking and asynchronous
 * parts that the two clients mix in.
 */
final class IntegrationCalls {

	static UnaryCall<OpenInteractiveDialogRequest, OpenInteractiveDialogResponse, Void> openInteractiveDialog(
			OpenDialogRequest dialog) {
		OpenInteractiveDialogRequest request = OpenInteractiveDialogRequest.newBuilder()
			.setDialog(Arguments.required(dialog, "dialog"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getOpenInteractiveDialogMethod(), request,
				OpenInteractiveDialogResponse::getError);
	}

	static UnaryCall<PluginHTTPRequest, PluginHTTPResponse, PluginHttpResponse> pluginHttp(String method, String url,
			Map<String, String> headers, byte[] body) {
		PluginHTTPRequest request = PluginHTTPRequest.newBuilder()
			.setMethod(Arguments.required(method, "method"))
			.setUrl(Arguments.required(url, "url"))
			.putAllHeaders(Arguments.entries(headers, "headers"))
			.setBody(ByteString.copyFrom(Arguments.required(body, "body")))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getPluginHTTPMethod(), request, PluginHTTPResponse::getError,
				(response) -> new PluginHttpResponse(response.getStatusCode(), response.getHeadersMap(),
						response.getBody().toByteArray()));
	}

	static UnaryCall<RegisterCollectionAndTopicRequest, RegisterCollectionAndTopicResponse, Void> registerCollectionAndTopic(
			String collectionType, String topicType) {
		RegisterCollectionAndTopicRequest request = RegisterCollectionAndTopicRequest.newBuilder()
			.setCollectionType(Arguments.required(collectionType, "collectionType"))
			.setTopicType(Arguments.required(topicType, "topicType"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRegisterCollectionAndTopicMethod(), request,
				RegisterCollectionAndTopicResponse::getError);
	}

	private IntegrationCalls() {
	}

	interface Blocking extends IntegrationOperations, BlockingCalls {

		@Override
		default void openInteractiveDialog(OpenDialogRequest dialog) {
			execute(IntegrationCalls.openInteractiveDialog(dialog));
		}

		@Override
		default PluginHttpResponse pluginHttp(String method, String url, Map<String, String> headers, byte[] body) {
			return execute(IntegrationCalls.pluginHttp(method, url, headers, body));
		}

		@Override
		default void registerCollectionAndTopic(String collectionType, String topicType) {
			execute(IntegrationCalls.registerCollectionAndTopic(collectionType, topicType));
		}

	}

	interface Async extends AsyncIntegrationOperations, AsyncCalls {

		@Override
		default CompletableFuture<Void> openInteractiveDialog(OpenDialogRequest dialog) {
			return executeAsync(IntegrationCalls.openInteractiveDialog(dialog));
		}

		@Override
		default CompletableFuture<PluginHttpResponse> pluginHttp(String method, String url, Map<String, String> headers,
				byte[] body) {
			return executeAsync(IntegrationCalls.pluginHttp(method, url, headers, body));
		}

		@Override
		default CompletableFuture<Void> registerCollectionAndTopic(String collectionType, String topicType) {
			return executeAsync(IntegrationCalls.registerCollectionAndTopic(collectionType, topicType));
		}

	}

}

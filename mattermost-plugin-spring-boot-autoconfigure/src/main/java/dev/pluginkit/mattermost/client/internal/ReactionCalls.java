package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncReactionOperations;
import dev.pluginkit.mattermost.client.ReactionOperations;
import dev.pluginkit.mattermost.pluginapi.v1.AddReactionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.AddReactionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetReactionsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetReactionsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Reaction;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveReactionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RemoveReactionResponse;

/**
 * The reaction domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class ReactionCalls {

	static UnaryCall<AddReactionRequest, AddReactionResponse, Reaction> addReaction(Reaction reaction) {
		AddReactionRequest request = AddReactionRequest.newBuilder()
			.setReaction(Arguments.required(reaction, "reaction"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getAddReactionMethod(), request, AddReactionResponse::getError,
				AddReactionResponse::getReaction);
	}

	static UnaryCall<GetReactionsRequest, GetReactionsResponse, List<Reaction>> getReactions(String postId) {
		GetReactionsRequest request = GetReactionsRequest.newBuilder()
			.setPostId(Arguments.required(postId, "postId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetReactionsMethod(), request, GetReactionsResponse::getError,
				GetReactionsResponse::getReactionsList);
	}

	static UnaryCall<RemoveReactionRequest, RemoveReactionResponse, Void> removeReaction(Reaction reaction) {
		RemoveReactionRequest request = RemoveReactionRequest.newBuilder()
			.setReaction(Arguments.required(reaction, "reaction"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRemoveReactionMethod(), request,
				RemoveReactionResponse::getError);
	}

	private ReactionCalls() {
	}

	interface Blocking extends ReactionOperations, BlockingCalls {

		@Override
		default Reaction addReaction(Reaction reaction) {
			return execute(ReactionCalls.addReaction(reaction));
		}

		@Override
		default List<Reaction> getReactions(String postId) {
			return execute(ReactionCalls.getReactions(postId));
		}

		@Override
		default void removeReaction(Reaction reaction) {
			execute(ReactionCalls.removeReaction(reaction));
		}

	}

	interface Async extends AsyncReactionOperations, AsyncCalls {

		@Override
		default CompletableFuture<Reaction> addReaction(Reaction reaction) {
			return executeAsync(ReactionCalls.addReaction(reaction));
		}

		@Override
		default CompletableFuture<List<Reaction>> getReactions(String postId) {
			return executeAsync(ReactionCalls.getReactions(postId));
		}

		@Override
		default CompletableFuture<Void> removeReaction(Reaction reaction) {
			return executeAsync(ReactionCalls.removeReaction(reaction));
		}

	}

}

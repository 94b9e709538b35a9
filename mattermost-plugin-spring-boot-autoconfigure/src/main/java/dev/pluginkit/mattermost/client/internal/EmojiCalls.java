package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.client.AsyncEmojiOperations;
import dev.pluginkit.mattermost.client.EmojiImage;
import dev.pluginkit.mattermost.client.EmojiOperations;
import dev.pluginkit.mattermost.pluginapi.v1.Emoji;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiByNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiByNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiImageRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiImageResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiListRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiListResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetEmojiResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;

/**
 * The emoji domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class EmojiCalls {

	static UnaryCall<GetEmojiRequest, GetEmojiResponse, Emoji> getEmoji(String emojiId) {
		GetEmojiRequest request = GetEmojiRequest.newBuilder()
			.setEmojiId(Arguments.required(emojiId, "emojiId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetEmojiMethod(), request, GetEmojiResponse::getError,
				GetEmojiResponse::getEmoji);
	}

	static UnaryCall<GetEmojiByNameRequest, GetEmojiByNameResponse, Emoji> getEmojiByName(String name) {
		GetEmojiByNameRequest request = GetEmojiByNameRequest.newBuilder()
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetEmojiByNameMethod(), request, GetEmojiByNameResponse::getError,
				GetEmojiByNameResponse::getEmoji);
	}

	static UnaryCall<GetEmojiImageRequest, GetEmojiImageResponse, EmojiImage> getEmojiImage(String emojiId) {
		GetEmojiImageRequest request = GetEmojiImageRequest.newBuilder()
			.setEmojiId(Arguments.required(emojiId, "emojiId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetEmojiImageMethod(), request, GetEmojiImageResponse::getError,
				(response) -> new EmojiImage(response.getImage().toByteArray(), response.getContentType()));
	}

	static UnaryCall<GetEmojiListRequest, GetEmojiListResponse, List<Emoji>> getEmojiList(String sortBy, int page,
			int perPage) {
		GetEmojiListRequest request = GetEmojiListRequest.newBuilder()
			.setSortBy(Arguments.required(sortBy, "sortBy"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetEmojiListMethod(), request, GetEmojiListResponse::getError,
				GetEmojiListResponse::getEmojisList);
	}

	private EmojiCalls() {
	}

	interface Blocking extends EmojiOperations, BlockingCalls {

		@Override
		default Emoji getEmoji(String emojiId) {
			return execute(EmojiCalls.getEmoji(emojiId));
		}

		@Override
		default Emoji getEmojiByName(String name) {
			return execute(EmojiCalls.getEmojiByName(name));
		}

		@Override
		default EmojiImage getEmojiImage(String emojiId) {
			return execute(EmojiCalls.getEmojiImage(emojiId));
		}

		@Override
		default List<Emoji> getEmojiList(String sortBy, int page, int perPage) {
			return execute(EmojiCalls.getEmojiList(sortBy, page, perPage));
		}

		@Override
		default Stream<Emoji> getEmojiListStream(String sortBy, int pageSize) {
			return Paging.stream(pageSize, (page) -> execute(EmojiCalls.getEmojiList(sortBy, page, pageSize)));
		}

	}

	interface Async extends AsyncEmojiOperations, AsyncCalls {

		@Override
		default CompletableFuture<Emoji> getEmoji(String emojiId) {
			return executeAsync(EmojiCalls.getEmoji(emojiId));
		}

		@Override
		default CompletableFuture<Emoji> getEmojiByName(String name) {
			return executeAsync(EmojiCalls.getEmojiByName(name));
		}

		@Override
		default CompletableFuture<EmojiImage> getEmojiImage(String emojiId) {
			return executeAsync(EmojiCalls.getEmojiImage(emojiId));
		}

		@Override
		default CompletableFuture<List<Emoji>> getEmojiList(String sortBy, int page, int perPage) {
			return executeAsync(EmojiCalls.getEmojiList(sortBy, page, perPage));
		}

	}

}

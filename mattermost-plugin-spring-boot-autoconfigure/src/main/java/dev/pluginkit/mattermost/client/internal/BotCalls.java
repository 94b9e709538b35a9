package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.client.AsyncBotOperations;
import dev.pluginkit.mattermost.client.BotOperations;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.BotGetOptions;
import dev.pluginkit.mattermost.pluginapi.v1.BotPatch;
import dev.pluginkit.mattermost.pluginapi.v1.CreateBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.EnsureBotUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.EnsureBotUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetBotsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PatchBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PatchBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PermanentDeleteBotRequest;
import dev.pluginkit.mattermost.pluginapi.v1.PermanentDeleteBotResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateBotActiveRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateBotActiveResponse;

/**
 * The bot domain: its calls, described once, and the blocking and asynchronous parts that
 * the two clients mix in.
 */
final class BotCalls {

	static UnaryCall<CreateBotRequest, CreateBotResponse, Bot> createBot(Bot bot) {
		CreateBotRequest request = CreateBotRequest.newBuilder().setBot(Arguments.required(bot, "bot")).build();
		return UnaryCall.of(PluginAPIGrpc.getCreateBotMethod(), request, CreateBotResponse::getError,
				CreateBotResponse::getBot);
	}

	static UnaryCall<EnsureBotUserRequest, EnsureBotUserResponse, String> ensureBotUser(Bot bot) {
		EnsureBotUserRequest request = EnsureBotUserRequest.newBuilder().setBot(Arguments.required(bot, "bot")).build();
		return UnaryCall.of(PluginAPIGrpc.getEnsureBotUserMethod(), request, EnsureBotUserResponse::getError,
				EnsureBotUserResponse::getBotUserId);
	}

	static UnaryCall<GetBotRequest, GetBotResponse, Bot> getBot(String botUserId, boolean includeDeleted) {
		GetBotRequest request = GetBotRequest.newBuilder()
			.setBotUserId(Arguments.required(botUserId, "botUserId"))
			.setIncludeDeleted(includeDeleted)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetBotMethod(), request, GetBotResponse::getError, GetBotResponse::getBot);
	}

	static UnaryCall<GetBotsRequest, GetBotsResponse, List<Bot>> getBots(BotGetOptions options) {
		GetBotsRequest request = GetBotsRequest.newBuilder().setOptions(Arguments.required(options, "options")).build();
		return UnaryCall.of(PluginAPIGrpc.getGetBotsMethod(), request, GetBotsResponse::getError,
				GetBotsResponse::getBotsList);
	}

	static UnaryCall<PatchBotRequest, PatchBotResponse, Bot> patchBot(String botUserId, BotPatch botPatch) {
		PatchBotRequest request = PatchBotRequest.newBuilder()
			.setBotUserId(Arguments.required(botUserId, "botUserId"))
			.setBotPatch(Arguments.required(botPatch, "botPatch"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getPatchBotMethod(), request, PatchBotResponse::getError,
				PatchBotResponse::getBot);
	}

	static UnaryCall<UpdateBotActiveRequest, UpdateBotActiveResponse, Bot> updateBotActive(String botUserId,
			boolean active) {
		UpdateBotActiveRequest request = UpdateBotActiveRequest.newBuilder()
			.setBotUserId(Arguments.required(botUserId, "botUserId"))
			.setActive(active)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateBotActiveMethod(), request, UpdateBotActiveResponse::getError,
				UpdateBotActiveResponse::getBot);
	}

	static UnaryCall<PermanentDeleteBotRequest, PermanentDeleteBotResponse, Void> permanentDeleteBot(String botUserId) {
		PermanentDeleteBotRequest request = PermanentDeleteBotRequest.newBuilder()
			.setBotUserId(Arguments.required(botUserId, "botUserId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getPermanentDeleteBotMethod(), request,
				PermanentDeleteBotResponse::getError);
	}

	private BotCalls() {
	}

	interface Blocking extends BotOperations, BlockingCalls {

		@Override
		default Bot createBot(Bot bot) {
			return execute(BotCalls.createBot(bot));
		}

		@Override
		default String ensureBotUser(Bot bot) {
			return execute(BotCalls.ensureBotUser(bot));
		}

		@Override
		default Bot getBot(String botUserId, boolean includeDeleted) {
			return execute(BotCalls.getBot(botUserId, includeDeleted));
		}

		@Override
		default List<Bot> getBots(BotGetOptions options) {
			return execute(BotCalls.getBots(options));
		}

		@Override
		default Stream<Bot> getBotsStream(BotGetOptions options, int pageSize) {
			Arguments.required(options, "options");
			return Paging.stream(pageSize, (page) -> execute(
					BotCalls.getBots(options.toBuilder().setPage(page).setPerPage(pageSize).build())));
		}

		@Override
		default Bot patchBot(String botUserId, BotPatch botPatch) {
			return execute(BotCalls.patchBot(botUserId, botPatch));
		}

		@Override
		default Bot updateBotActive(String botUserId, boolean active) {
			return execute(BotCalls.updateBotActive(botUserId, active));
		}

		@Override
		default void permanentDeleteBot(String botUserId) {
			execute(BotCalls.permanentDeleteBot(botUserId));
		}

	}

	interface Async extends AsyncBotOperations, AsyncCalls {

		@Override
		default CompletableFuture<Bot> createBot(Bot bot) {
			return executeAsync(BotCalls.createBot(bot));
		}

		@Override
		default CompletableFuture<String> ensureBotUser(Bot bot) {
			return executeAsync(BotCalls.ensureBotUser(bot));
		}

		@Override
		default CompletableFuture<Bot> getBot(String botUserId, boolean includeDeleted) {
			return executeAsync(BotCalls.getBot(botUserId, includeDeleted));
		}

		@Override
		default CompletableFuture<List<Bot>> getBots(BotGetOptions options) {
			return executeAsync(BotCalls.getBots(options));
		}

		@Override
		default CompletableFuture<Bot> patchBot(String botUserId, BotPatch botPatch) {
			return executeAsync(BotCalls.patchBot(botUserId, botPatch));
		}

		@Override
		default CompletableFuture<Bot> updateBotActive(String botUserId, boolean active) {
			return executeAsync(BotCalls.updateBotActive(botUserId, active));
		}

		@Override
		default CompletableFuture<Void> permanentDeleteBot(String botUserId) {
			return executeAsync(BotCalls.permanentDeleteBot(botUserId));
		}

	}

}

package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncSidebarCategoryOperations;
import dev.pluginkit.mattermost.client.SidebarCategoryOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CreateChannelSidebarCategoryRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateChannelSidebarCategoryResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelSidebarCategoriesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetChannelSidebarCategoriesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OrderedSidebarCategories;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SidebarCategoryWithChannels;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelSidebarCategoriesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateChannelSidebarCategoriesResponse;

/**
 * The sidebar category domain: its calls, described once, and the blocking and
 * asynchronous parts that the two clients mix in.
 */
final class SidebarCategoryCalls {

	static UnaryCall<CreateChannelSidebarCategoryRequest, CreateChannelSidebarCategoryResponse, SidebarCategoryWithChannels> createChannelSidebarCategory(
			String userId, String teamId, SidebarCategoryWithChannels newCategory) {
		CreateChannelSidebarCategoryRequest request = CreateChannelSidebarCategoryRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setNewCategory(Arguments.required(newCategory, "newCategory"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateChannelSidebarCategoryMethod(), request,
				CreateChannelSidebarCategoryResponse::getError, CreateChannelSidebarCategoryResponse::getCategory);
	}

	static UnaryCall<GetChannelSidebarCategoriesRequest, GetChannelSidebarCategoriesResponse, OrderedSidebarCategories> getChannelSidebarCategories(
			String userId, String teamId) {
		GetChannelSidebarCategoriesRequest request = GetChannelSidebarCategoriesRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setTeamId(Arguments.required(teamId, "teamId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetChannelSidebarCategoriesMethod(), request,
				GetChannelSidebarCategoriesResponse::getError, GetChannelSidebarCategoriesResponse::getCategories);
	}

	static UnaryCall<UpdateChannelSidebarCategoriesRequest, UpdateChannelSidebarCategoriesResponse, List<SidebarCategoryWithChannels>> updateChannelSidebarCategories(
			String userId, String teamId, List<SidebarCategoryWithChannels> categories) {
		UpdateChannelSidebarCategoriesRequest request = UpdateChannelSidebarCategoriesRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setTeamId(Arguments.required(teamId, "teamId"))
			.addAllCategories(Arguments.elements(categories, "categories"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateChannelSidebarCategoriesMethod(), request,
				UpdateChannelSidebarCategoriesResponse::getError,
				UpdateChannelSidebarCategoriesResponse::getCategoriesList);
	}

	private SidebarCategoryCalls() {
	}

	interface Blocking extends SidebarCategoryOperations, BlockingCalls {

		@Override
		default SidebarCategoryWithChannels createChannelSidebarCategory(String userId, String teamId,
				SidebarCategoryWithChannels newCategory) {
			return execute(SidebarCategoryCalls.createChannelSidebarCategory(userId, teamId, newCategory));
		}

		@Override
		default OrderedSidebarCategories getChannelSidebarCategories(String userId, String teamId) {
			return execute(SidebarCategoryCalls.getChannelSidebarCategories(userId, teamId));
		}

		@Override
		default List<SidebarCategoryWithChannels> updateChannelSidebarCategories(String userId, String teamId,
				List<SidebarCategoryWithChannels> categories) {
			return execute(SidebarCategoryCalls.updateChannelSidebarCategories(userId, teamId, categories));
		}

	}

	interface Async extends AsyncSidebarCategoryOperations, AsyncCalls {

		@Override
		default CompletableFuture<SidebarCategoryWithChannels> createChannelSidebarCategory(String userId,
				String teamId, SidebarCategoryWithChannels newCategory) {
			return executeAsync(SidebarCategoryCalls.createChannelSidebarCategory(userId, teamId, newCategory));
		}

		@Override
		default CompletableFuture<OrderedSidebarCategories> getChannelSidebarCategories(String userId, String teamId) {
			return executeAsync(SidebarCategoryCalls.getChannelSidebarCategories(userId, teamId));
		}

		@Override
		default CompletableFuture<List<SidebarCategoryWithChannels>> updateChannelSidebarCategories(String userId,
				String teamId, List<SidebarCategoryWithChannels> categories) {
			return executeAsync(SidebarCategoryCalls.updateChannelSidebarCategories(userId, teamId, categories));
		}

	}

}

package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.OrderedSidebarCategories;
import dev.pluginkit.mattermost.pluginapi.v1.SidebarCategoryWithChannels;

/**
 * The categories that group channels in a user's sidebar. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see SidebarCategoryOperations
 */
public interface AsyncSidebarCategoryOperations {

	/**
	 * Creates a new custom sidebar category for a user in a team, optionally holding
	 * channels from the start. Channels put into the new category are taken out of the
	 * category they were in before.
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the category is
	 * invalid, for example a missing display name.
	 * @param userId the id of the user who owns the sidebar
	 * @param teamId the id of the team whose sidebar is changed
	 * @param newCategory the category to create, with its display name and the ids of the
	 * channels it holds
	 * @return a future of the created category with its generated id
	 */
	CompletableFuture<SidebarCategoryWithChannels> createChannelSidebarCategory(String userId, String teamId,
			SidebarCategoryWithChannels newCategory);

	/**
	 * Returns all sidebar categories a user has in a team, each with its channels in
	 * display order, together with the order of the categories themselves.
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 * @param userId the id of the user who owns the sidebar
	 * @param teamId the id of the team
	 * @return a future of the user's categories for the team and the category ids in
	 * display order
	 */
	CompletableFuture<OrderedSidebarCategories> getChannelSidebarCategories(String userId, String teamId);

	/**
	 * Saves changes to existing sidebar categories of a user in a team, such as their
	 * display name, sorting, muted or collapsed state and the channels they hold. A
	 * channel moved into a category is removed from the category it was in before.
	 *
	 * <p>
	 * Minimum server version: 5.38.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiNotFoundException} when a category does not
	 * exist; with a {@link PluginApiValidationException} when a category belongs to
	 * another user or team, or the change is not allowed for its type.
	 * @param userId the id of the user who owns the sidebar
	 * @param teamId the id of the team
	 * @param categories the categories to update, each identified by its id and carrying
	 * its new state
	 * @return a future of the updated categories
	 */
	CompletableFuture<List<SidebarCategoryWithChannels>> updateChannelSidebarCategories(String userId, String teamId,
			List<SidebarCategoryWithChannels> categories);

}

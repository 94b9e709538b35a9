package dev.pluginkit.mattermost.client.internal;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncPluginAPIClient;

/**
 * The asynchronous client: the domain parts it mixes in hold the methods, this class only
 * the call path they share. A new domain is one more interface in the list.
 */
public final class DefaultAsyncPluginAPIClient implements AsyncPluginAPIClient, SystemCalls.Async,
		ConfigurationCalls.Async, PluginCalls.Async, LogCalls.Async, AuditCalls.Async, KvStoreCalls.Async,
		UserCalls.Async, SessionCalls.Async, TeamCalls.Async, ChannelCalls.Async, SidebarCategoryCalls.Async,
		PostCalls.Async, ReactionCalls.Async, EmojiCalls.Async, FileCalls.Async, BotCalls.Async,
		SlashCommandCalls.Async, PreferenceCalls.Async, GroupCalls.Async, OAuthAppCalls.Async, SharedChannelCalls.Async,
		PropertyCalls.Async, EventCalls.Async, NotificationCalls.Async, IntegrationCalls.Async {

	private final CallExecutor executor;

	/**
	 * Creates the client over a call path.
	 * @param executor the shared call path
	 */
	public DefaultAsyncPluginAPIClient(CallExecutor executor) {
		this.executor = executor;
	}

	@Override
	public <R> CompletableFuture<R> executeAsync(UnaryCall<?, ?, R> call) {
		return this.executor.async(call);
	}

}

package dev.pluginkit.mattermost.client.internal;

import dev.pluginkit.mattermost.client.PluginAPIClient;

/**
 * The blocking client: the domain parts it mixes in hold the methods, this class only the
 * call path they share. A new domain is one more interface in the list.
 */
public final class DefaultPluginAPIClient
		implements PluginAPIClient, SystemCalls.Blocking, ConfigurationCalls.Blocking, PluginCalls.Blocking,
		LogCalls.Blocking, AuditCalls.Blocking, KvStoreCalls.Blocking, UserCalls.Blocking, SessionCalls.Blocking,
		TeamCalls.Blocking, ChannelCalls.Blocking, SidebarCategoryCalls.Blocking, PostCalls.Blocking,
		ReactionCalls.Blocking, EmojiCalls.Blocking, FileCalls.Blocking, BotCalls.Blocking, SlashCommandCalls.Blocking,
		PreferenceCalls.Blocking, GroupCalls.Blocking, OAuthAppCalls.Blocking, SharedChannelCalls.Blocking,
		PropertyCalls.Blocking, EventCalls.Blocking, NotificationCalls.Blocking, IntegrationCalls.Blocking {

	private final CallExecutor executor;

	/**
	 * Creates the client over a call path.
	 * @param executor the shared call path
	 */
	public DefaultPluginAPIClient(CallExecutor executor) {
		this.executor = executor;
	}

	@Override
	public <R> R execute(UnaryCall<?, ?, R> call) {
		return this.executor.blocking(call);
	}

}

package dev.pluginkit.mattermost.test.internal;

import java.util.List;

import io.grpc.ServerServiceDefinition;

/**
 * The in-memory server's domain parts over one set of data, assembled into the
 * {@code PluginAPI} service.
 */
public final class FakeParts {

	private final FakeData data;

	private final FakePluginApiService system;

	private final ServerServiceDefinition service;

	/**
	 * Creates every part over the data.
	 * @param data the shared data
	 */
	public FakeParts(FakeData data) {
		this.data = data;
		this.system = new FakePluginApiService();
		this.service = DomainServices.assemble(List.of(this.system, new UserService(data), new TeamService(data),
				new ChannelService(data), new ChannelMemberService(data), new PostService(data),
				new KvStoreService(data), new ConfigurationService(data), new BotService(data),
				new PreferenceService(data), new FileService(data), new UploadSessionService(data),
				new SlashCommandService(data), new PostSearchService(data), new DialogService(data)));
	}

	/**
	 * Returns the assembled service.
	 * @return the service definition
	 */
	public ServerServiceDefinition service() {
		return this.service;
	}

	/**
	 * Returns the part for server facts and logging.
	 * @return the part
	 */
	public FakePluginApiService system() {
		return this.system;
	}

	/**
	 * Returns the shared data.
	 * @return the data
	 */
	public FakeData data() {
		return this.data;
	}

}

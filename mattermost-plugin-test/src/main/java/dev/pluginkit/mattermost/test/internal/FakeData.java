package dev.pluginkit.mattermost.test.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import dev.pluginkit.mattermost.pluginapi.v1.Bot;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.Command;
import dev.pluginkit.mattermost.pluginapi.v1.FileInfo;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.Preference;
import dev.pluginkit.mattermost.pluginapi.v1.Reaction;
import dev.pluginkit.mattermost.pluginapi.v1.Team;
import dev.pluginkit.mattermost.pluginapi.v1.TeamMember;
import dev.pluginkit.mattermost.pluginapi.v1.User;

/**
 * Everything the in-memory server knows, shared by its domain parts. The maps are
 * thread-safe for single operations; an operation that must read and write several
 * entries together (a compare-and-set, a uniqueness check before an insert) holds
 * {@link #lock()} while it does.
 */
public final class FakeData {

	/** A KV entry: its value and when it expires, 0 for never. */
	public record KvEntry(ByteString value, long expiresAt) {
	}

	/** The server's clock, in milliseconds since the epoch. */
	public final LongSupplier clock;

	/** Users by id; bots are users too. */
	public final Map<String, User> users = new ConcurrentHashMap<>();

	/** Teams by id. */
	public final Map<String, Team> teams = new ConcurrentHashMap<>();

	/** Team members by team id, then user id. */
	public final Map<String, Map<String, TeamMember>> teamMembers = new ConcurrentHashMap<>();

	/** Channels by id. */
	public final Map<String, Channel> channels = new ConcurrentHashMap<>();

	/** Channel members by channel id, then user id. */
	public final Map<String, Map<String, ChannelMember>> channelMembers = new ConcurrentHashMap<>();

	/** Posts by id, deleted ones included (with {@code delete_at} set). */
	public final Map<String, Post> posts = new ConcurrentHashMap<>();

	/** Reactions by post id, then {@code userId + "/" + emojiName}. */
	public final Map<String, Map<String, Reaction>> reactions = new ConcurrentHashMap<>();

	/** This plugin's KV store. */
	public final Map<String, KvEntry> kv = new ConcurrentHashMap<>();

	/** Bots by user id. */
	public final Map<String, Bot> bots = new ConcurrentHashMap<>();

	/** File metadata by file id. */
	public final Map<String, FileInfo> fileInfos = new ConcurrentHashMap<>();

	/** File contents by file id. */
	public final Map<String, ByteString> fileContents = new ConcurrentHashMap<>();

	/** Slash commands this plugin registered, by {@code teamId + "/" + trigger}. */
	public final Map<String, Command> registeredCommands = new ConcurrentHashMap<>();

	/** Preferences by {@code userId + "/" + category + "/" + name}. */
	public final Map<String, Preference> preferences = new ConcurrentHashMap<>();

	/**
	 * The server's signing key for trigger ids, with what it issued; kept by
	 * {@link #clear()}, as a server keeps its key.
	 */
	public final TriggerIds triggerIds = new TriggerIds();

	/** This plugin's settings, as {@code SavePluginConfig} stored them. */
	public volatile Struct pluginConfig = Struct.getDefaultInstance();

	/** The installed licence as {@code GetLicense} answers it; empty for none. */
	public volatile ByteString licenseJson = ByteString.EMPTY;

	/** What a part keeps beside the maps above, by its type; forgotten on {@link #clear()}. */
	private final Map<Class<?>, Object> partStates = new ConcurrentHashMap<>();

	private final Object lock = new Object();

	/**
	 * Creates empty data.
	 * @param clock the server's clock
	 */
	public FakeData(LongSupplier clock) {
		this.clock = clock;
	}

	/**
	 * Returns the lock that multi-entry operations hold.
	 * @return the lock
	 */
	public Object lock() {
		return this.lock;
	}

	/**
	 * Returns the current time of the server's clock.
	 * @return milliseconds since the epoch
	 */
	public long now() {
		return this.clock.getAsLong();
	}

	/**
	 * Returns the state a part keeps beside the shared maps (ephemeral posts, creation
	 * order, ...), creating it on first use and again after {@link #clear()}.
	 * @param <T> the state's type
	 * @param type the state's type, one per part
	 * @param factory creates empty state
	 * @return the state
	 */
	public <T> T partState(Class<T> type, Supplier<T> factory) {
		return type.cast(this.partStates.computeIfAbsent(type, (key) -> factory.get()));
	}

	/**
	 * Forgets everything.
	 */
	public void clear() {
		synchronized (this.lock) {
			this.users.clear();
			this.teams.clear();
			this.teamMembers.clear();
			this.channels.clear();
			this.channelMembers.clear();
			this.posts.clear();
			this.reactions.clear();
			this.kv.clear();
			this.bots.clear();
			this.fileInfos.clear();
			this.fileContents.clear();
			this.registeredCommands.clear();
			this.preferences.clear();
			this.pluginConfig = Struct.getDefaultInstance();
			this.licenseJson = ByteString.EMPTY;
			this.partStates.clear();
		}
	}

}

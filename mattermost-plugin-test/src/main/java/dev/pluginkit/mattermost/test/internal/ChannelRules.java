package dev.pluginkit.mattermost.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelType;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.internal.ChannelService.Failure;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The server's rules for channels and channel members, from {@code model/channel.go}, and
 * the helpers {@link ChannelService} and {@link ChannelMemberService} share.
 */
final class ChannelRules {

	private static final Pattern CHANNEL_NAME = Pattern.compile("^[a-z0-9]+([a-z\\-_0-9]+|(__)?)[a-z0-9]*$");

	private static final Pattern GROUP_NAME = Pattern.compile("^[a-f0-9]{40}$");

	private ChannelRules() {
	}

	/**
	 * Checks a channel as model.Channel.IsValid does.
	 * @param channel the channel to save
	 * @throws Failure when the server would refuse it
	 */
	static void validate(Channel channel) {
		if (channel.getCreateAt() == 0) {
			throw new Failure(400, "model.channel.is_valid.create_at.app_error", "Create at must be a valid time.");
		}
		if (channel.getDisplayName().codePointCount(0, channel.getDisplayName().length()) > 64) {
			throw new Failure(400, "model.channel.is_valid.display_name.app_error", "Invalid display name.");
		}
		if (!CHANNEL_NAME.matcher(channel.getName()).matches()) {
			throw new Failure(400, "model.channel.is_valid.1_or_more.app_error",
					"Name must be 1 or more lowercase alphanumeric characters.");
		}
		if (channel.getType() == ChannelType.CHANNEL_TYPE_UNSPECIFIED || channel.getType() == ChannelType.UNRECOGNIZED) {
			throw new Failure(400, "model.channel.is_valid.type.app_error", "Invalid type.");
		}
		if (channel.getHeader().codePointCount(0, channel.getHeader().length()) > 1024) {
			throw new Failure(400, "model.channel.is_valid.header.app_error", "Invalid header.");
		}
		if (channel.getPurpose().codePointCount(0, channel.getPurpose().length()) > 250) {
			throw new Failure(400, "model.channel.is_valid.purpose.app_error", "Invalid purpose.");
		}
		if (channel.getCreatorId().length() > 26) {
			throw new Failure(400, "model.channel.is_valid.creator_id.app_error", "Invalid creator id.");
		}
		if (channel.getType() != ChannelType.CHANNEL_TYPE_DIRECT && channel.getType() != ChannelType.CHANNEL_TYPE_GROUP) {
			String[] ids = channel.getName().split("__", -1);
			if (GROUP_NAME.matcher(channel.getName()).matches()
					|| (ids.length == 2 && Ids.isValid(ids[0]) && Ids.isValid(ids[1]))) {
				throw new Failure(400, "model.channel.is_valid.name.app_error", "Invalid channel name.");
			}
		}
	}

	/**
	 * Returns the SHA-1 of a text in hex, as the names of group channels are.
	 * @param text the text
	 * @return 40 hex digits
	 */
	static String sha1Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns a user's username, or the id for a user this server does not know.
	 * @param data the shared data
	 * @param userId the user id
	 * @return the name shown in system messages
	 */
	static String username(FakeData data, String userId) {
		User user = data.users.get(userId);
		return (user != null && !user.getUsername().isEmpty()) ? user.getUsername() : userId;
	}

	/**
	 * Returns a member's roles: the explicit ones, then the scheme roles its flags grant.
	 * @param explicit the explicit roles, space-separated
	 * @param guest whether the member has the guest scheme role
	 * @param user whether the member has the user scheme role
	 * @param admin whether the member has the admin scheme role
	 * @return the roles, space-separated
	 */
	static String roles(String explicit, boolean guest, boolean user, boolean admin) {
		Set<String> roles = new LinkedHashSet<>(List.of(explicit.trim().split("\\s+")));
		roles.remove("");
		if (guest) {
			roles.add("channel_guest");
		}
		if (user) {
			roles.add("channel_user");
		}
		if (admin) {
			roles.add("channel_admin");
		}
		return String.join(" ", roles);
	}

	/**
	 * Returns one page of items.
	 * @param <T> the item type
	 * @param items all items, in order
	 * @param page the page number, from 0
	 * @param perPage the page size
	 * @return the page
	 */
	static <T> List<T> page(List<T> items, int page, int perPage) {
		long from = Math.max(0L, (long) page * perPage);
		return items.stream().skip(from).limit(Math.max(0, perPage)).toList();
	}

	/**
	 * Answers an RPC with the response, or with the gRPC status of the failure it throws.
	 * @param <T> the response type
	 * @param responseObserver the RPC's observer
	 * @param response computes the response
	 */
	static <T> void answer(StreamObserver<T> responseObserver, Supplier<T> response) {
		T result;
		try {
			result = response.get();
		}
		catch (Failure failure) {
			responseObserver.onError(failure.toStatus());
			return;
		}
		catch (StatusRuntimeException ex) {
			responseObserver.onError(ex);
			return;
		}
		responseObserver.onNext(result);
		responseObserver.onCompleted();
	}

}

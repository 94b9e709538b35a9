package dev.pluginkit.mattermost.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostList;

/**
 * Shapes of results that several calls share.
 */
final class Results {

	private Results() {
	}

	/**
	 * Reads bytes that the server leaves empty, or sends as the JSON {@code null}, when
	 * there is nothing to return.
	 * @param bytes the response field
	 * @return the bytes, or empty
	 */
	static Optional<byte[]> optionalBytes(ByteString bytes) {
		if (bytes.isEmpty() || bytes.toStringUtf8().strip().equals("null")) {
			return Optional.empty();
		}
		return Optional.of(bytes.toByteArray());
	}

	/**
	 * Lists the posts of a post list in the list's order.
	 * @param postList the post list
	 * @return its posts, oldest last as the server orders them
	 */
	static List<Post> postsInOrder(PostList postList) {
		List<Post> posts = new ArrayList<>(postList.getOrderCount());
		for (String id : postList.getOrderList()) {
			Post post = postList.getPostsMap().get(id);
			if (post != null) {
				posts.add(post);
			}
		}
		return posts;
	}

}

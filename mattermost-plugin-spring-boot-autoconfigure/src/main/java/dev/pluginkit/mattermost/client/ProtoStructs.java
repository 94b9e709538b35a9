package dev.pluginkit.mattermost.client;

import java.util.Map;
import java.util.Objects;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.client.internal.ProtoValues;

/**
 * Converts between plain Java maps and protobuf's JSON-like {@link Struct} and
 * {@link Value}, the types of free-form fields such as {@code Post.props}, a user's
 * {@code props} or a WebSocket event's payload.
 *
 * <p>
 * A message attachment, for example, is a map in the post's {@code attachments} prop:
 *
 * <pre class="code">
 * Map&lt;String, Object&gt; attachment = Map.of(
 * 		"fallback", "Build 42 passed",
 * 		"color", "#2eb886",
 * 		"title", "Build 42",
 * 		"text", "All 318 tests passed.",
 * 		"fields", List.of(Map.of("title", "Branch", "value", "main", "short", true)));
 * Post post = api.createPost(Post.newBuilder()
 * 	.setChannelId(channelId)
 * 	.setUserId(botUserId)
 * 	.setProps(ProtoStructs.toStruct(Map.of("attachments", List.of(attachment))))
 * 	.build());
 *
 * List&lt;?&gt; attachments = (List&lt;?&gt;) ProtoStructs.toMap(post.getProps()).get("attachments");
 * </pre>
 *
 * <p>
 * Going in, {@code null}, strings, booleans, numbers, maps, iterables and arrays keep their
 * shape, an enum becomes its name and anything else its {@code toString()}. A number that
 * a double cannot hold exactly (a {@code long} beyond 2<sup>53</sup>, a precise
 * {@code BigDecimal}) becomes its decimal string, so that no digit is lost. Coming out,
 * every number is a {@code Double} and objects are insertion-ordered maps, as JSON is
 * read.
 */
public final class ProtoStructs {

	private ProtoStructs() {
	}

	/**
	 * Converts a map into a {@link Struct}.
	 * @param map the map; its values may be {@code null}
	 * @return the struct
	 * @throws NullPointerException when the map, or one of its keys, is {@code null}
	 */
	public static Struct toStruct(Map<String, ?> map) {
		Objects.requireNonNull(map, "map must not be null");
		if (map.keySet().stream().anyMatch(Objects::isNull)) {
			throw new NullPointerException("map must not contain a null key");
		}
		return ProtoValues.toStruct(map);
	}

	/**
	 * Converts a {@link Struct} into an insertion-ordered map of plain Java objects.
	 * @param struct the struct
	 * @return a new, modifiable map; numbers are {@code Double}s
	 * @throws NullPointerException when the struct is {@code null}
	 */
	public static Map<String, Object> toMap(Struct struct) {
		Objects.requireNonNull(struct, "struct must not be null");
		return ProtoValues.toJava(struct);
	}

	/**
	 * Converts a plain Java object into a {@link Value}, as {@link #toStruct} converts the
	 * values of a map.
	 * @param object the object, or {@code null} for JSON's {@code null}
	 * @return the value
	 */
	public static Value toValue(Object object) {
		return ProtoValues.toValue(object);
	}

	/**
	 * Converts a {@link Value} into a plain Java object: {@code null}, a {@code String}, a
	 * {@code Boolean}, a {@code Double}, an insertion-ordered map or a list.
	 * @param value the value
	 * @return the plain Java object
	 * @throws NullPointerException when the value is {@code null}
	 */
	public static Object toJava(Value value) {
		Objects.requireNonNull(value, "value must not be null");
		return ProtoValues.toJava(value);
	}

}

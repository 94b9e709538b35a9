package dev.pluginkit.mattermost.interactive;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.pluginkit.mattermost.client.ProtoStructs;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

/**
 * A {@link Post} in the JSON shape of the server's {@code model.Post}
 * ({@code server/public/model/post.go}): snake_case names, numbers as numbers (protobuf's
 * JSON writes 64-bit integers as strings, which Go's decoder refuses for an {@code int64})
 * and {@code props} as an object.
 */
final class PostJson {

	private PostJson() {
	}

	/**
	 * Writes the fields a post update carries: the server takes {@code message},
	 * {@code props} and {@code file_ids} of an update and ignores the others
	 * ({@code UpdatePost} in {@code server/channels/app/post.go}), so only those are written,
	 * and {@code props} only when the post has them, because no props means "keep the
	 * post's".
	 */
	static final class Writer extends StdSerializer<Post> {

		private static final long serialVersionUID = 1L;

		Writer() {
			super(Post.class);
		}

		@Override
		public void serialize(Post post, JsonGenerator json, SerializerProvider provider) throws IOException {
			json.writeStartObject();
			if (!post.getId().isEmpty()) {
				json.writeStringField("id", post.getId());
			}
			if (!post.getChannelId().isEmpty()) {
				json.writeStringField("channel_id", post.getChannelId());
			}
			json.writeStringField("message", post.getMessage());
			if (!post.getType().isEmpty()) {
				json.writeStringField("type", post.getType());
			}
			if (post.hasProps()) {
				json.writeFieldName("props");
				provider.defaultSerializeValue(wholeNumbers(ProtoStructs.toMap(post.getProps())), json);
			}
			if (post.getFileIdsCount() > 0) {
				json.writeFieldName("file_ids");
				provider.defaultSerializeValue(post.getFileIdsList(), json);
			}
			json.writeEndObject();
		}

		/**
		 * A struct's numbers are doubles; Go reads {@code 1.0} into an {@code int64} field
		 * (an attachment's {@code id}) as an error, so whole numbers go out as integers.
		 */
		private static Object wholeNumbers(Object value) {
			if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 0x1p53) {
				return number.longValue();
			}
			if (value instanceof Map<?, ?> map) {
				Map<Object, Object> copy = new LinkedHashMap<>();
				map.forEach((key, item) -> copy.put(key, wholeNumbers(item)));
				return copy;
			}
			if (value instanceof List<?> list) {
				List<Object> copy = new ArrayList<>(list.size());
				list.forEach((item) -> copy.add(wholeNumbers(item)));
				return copy;
			}
			return value;
		}

	}

	/**
	 * Reads a {@code model.Post} as Go writes it: the identifying fields, message, type,
	 * props and file ids; other fields are ignored.
	 */
	static final class Reader extends StdDeserializer<Post> {

		private static final long serialVersionUID = 1L;

		Reader() {
			super(Post.class);
		}

		@Override
		public Post deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			JsonNode node = parser.readValueAsTree();
			if (!node.isObject()) {
				return (Post) context.handleUnexpectedToken(Post.class, parser);
			}
			Post.Builder post = Post.newBuilder()
				.setId(node.path("id").asText(""))
				.setCreateAt(node.path("create_at").asLong(0))
				.setUpdateAt(node.path("update_at").asLong(0))
				.setEditAt(node.path("edit_at").asLong(0))
				.setDeleteAt(node.path("delete_at").asLong(0))
				.setIsPinned(node.path("is_pinned").asBoolean(false))
				.setUserId(node.path("user_id").asText(""))
				.setChannelId(node.path("channel_id").asText(""))
				.setRootId(node.path("root_id").asText(""))
				.setMessage(node.path("message").asText(""))
				.setType(node.path("type").asText(""));
			JsonNode props = node.get("props");
			if (props != null && props.isObject()) {
				Map<String, Object> map = new LinkedHashMap<>();
				props.fields().forEachRemaining((entry) -> map.put(entry.getKey(), plain(entry.getValue())));
				post.setProps(ProtoStructs.toStruct(map));
			}
			JsonNode fileIds = node.get("file_ids");
			if (fileIds != null && fileIds.isArray()) {
				fileIds.forEach((id) -> post.addFileIds(id.asText()));
			}
			return post.build();
		}

		private static Object plain(JsonNode node) {
			if (node.isObject()) {
				Map<String, Object> map = new LinkedHashMap<>();
				node.fields().forEachRemaining((entry) -> map.put(entry.getKey(), plain(entry.getValue())));
				return map;
			}
			if (node.isArray()) {
				List<Object> list = new ArrayList<>();
				node.forEach((item) -> list.add(plain(item)));
				return list;
			}
			if (node.isNumber()) {
				BigDecimal number = node.decimalValue();
				return number.doubleValue();
			}
			if (node.isBoolean()) {
				return node.booleanValue();
			}
			if (node.isNull()) {
				return null;
			}
			return node.asText();
		}

	}

}

package dev.pluginkit.mattermost.client;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.pluginapi.v1.Channel;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * {@link ProtoStructs} turns maps into the {@code Struct}s of free-form fields and back.
 */
class ProtoStructsTests {

	@Test
	void aPostWithAnAttachmentBuiltFromMapsTravelsToTheServerAndBack() {
		try (InMemoryMattermost mattermost = InMemoryMattermost.start()) {
			PluginAPIClient api = PluginAPIClient.create(mattermost.newChannel());
			User bot = mattermost.users().create("builder");
			Channel channel = mattermost.channels().open(mattermost.teams().create("eng").team(), "builds");
			Map<String, Object> attachment = Map.of("fallback", "Build 42 passed", "color", "#2eb886", "title",
					"Build 42", "fields", List.of(Map.of("title", "Branch", "value", "main", "short", true)));

			Post created = api.createPost(Post.newBuilder()
				.setChannelId(channel.getId())
				.setUserId(bot.getId())
				.setMessage("")
				.setProps(ProtoStructs.toStruct(Map.of("attachments", List.of(attachment))))
				.build());

			Map<String, Object> props = ProtoStructs.toMap(api.getPost(created.getId()).getProps());
			assertThat(props).containsEntry("attachments", List.of(attachment));
		}
	}

	@Test
	void valuesKeepTheirJsonShape() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("text", "hi");
		map.put("flag", true);
		map.put("count", 3);
		map.put("ratio", 0.25);
		map.put("none", null);
		map.put("list", Arrays.asList("a", null, 2L));
		map.put("array", new int[] { 1, 2 });
		map.put("day", DayOfWeek.MONDAY);
		map.put("nested", Map.of("deep", Map.of("x", "y")));

		Map<String, Object> back = ProtoStructs.toMap(ProtoStructs.toStruct(map));

		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("text", "hi");
		expected.put("flag", true);
		expected.put("count", 3.0);
		expected.put("ratio", 0.25);
		expected.put("none", null);
		expected.put("list", Arrays.asList("a", null, 2.0));
		expected.put("array", List.of(1.0, 2.0));
		expected.put("day", "MONDAY");
		expected.put("nested", Map.of("deep", Map.of("x", "y")));
		assertThat(back).isEqualTo(expected);
	}

	@Test
	void numbersADoubleCannotHoldTravelAsText() {
		Struct struct = ProtoStructs.toStruct(Map.of("id", 1L << 60, "exact", 1L << 52));

		assertThat(struct.getFieldsOrThrow("id").getStringValue()).isEqualTo("1152921504606846976");
		assertThat(struct.getFieldsOrThrow("exact").getNumberValue()).isEqualTo(4503599627370496.0);
	}

	@Test
	void singleValuesConvertBothWays() {
		Value value = ProtoStructs.toValue(List.of("a", Map.of("b", false)));

		assertThat(value.getListValue().getValuesCount()).isEqualTo(2);
		assertThat(ProtoStructs.toJava(value)).isEqualTo(List.of("a", Map.of("b", false)));
		assertThat(ProtoStructs.toJava(ProtoStructs.toValue(null))).isNull();
	}

	@Test
	void refusesNullMapsKeysAndStructs() {
		Map<String, Object> withNullKey = new HashMap<>();
		withNullKey.put(null, "v");

		assertThatNullPointerException().isThrownBy(() -> ProtoStructs.toStruct(null))
			.withMessage("map must not be null");
		assertThatNullPointerException().isThrownBy(() -> ProtoStructs.toStruct(withNullKey))
			.withMessage("map must not contain a null key");
		assertThatNullPointerException().isThrownBy(() -> ProtoStructs.toMap(null))
			.withMessage("struct must not be null");
		assertThatNullPointerException().isThrownBy(() -> ProtoStructs.toJava(null))
			.withMessage("value must not be null");
	}

}

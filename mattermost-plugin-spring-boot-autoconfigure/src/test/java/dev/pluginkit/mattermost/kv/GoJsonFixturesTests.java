package dev.pluginkit.mattermost.kv;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixtures under {@code go-json/} are the bytes Go's {@code json.Marshal} wrote (the
 * program is {@code src/test/go/gojson/main.go}). They read back into Java types, and the
 * same data written here gives the same bytes.
 */
class GoJsonFixturesTests {

	private final ObjectMapper mapper = GoJson.mapper(new ObjectMapper());

	record Inner(@JsonProperty("ID") String id, @JsonProperty("Count") long count) {
	}

	record Profile(@JsonProperty("Name") String name, @JsonProperty("Age") int age,
			@JsonProperty("Score") double score, @JsonProperty("Ratio") float ratio,
			@JsonProperty("Tags") List<String> tags, @JsonProperty("Aliases") List<String> aliases,
			@JsonProperty("Attrs") Map<String, Object> attrs, @JsonProperty("Counts") Map<String, Integer> counts,
			@JsonProperty("Empty") Map<String, String> empty, @JsonProperty("Joined") Instant joined,
			@JsonProperty("note") @JsonInclude(JsonInclude.Include.NON_EMPTY) String note,
			@JsonProperty("html") String html, @JsonProperty("Raw") byte[] raw,
			@JsonProperty("Timeout") Duration timeout, @JsonProperty("Nested") Inner nested,
			@JsonProperty("Child") Inner child, @JsonProperty("Enabled") boolean enabled,
			@JsonProperty("Children") List<Inner> children) {
	}

	record JobMetadata(@JsonProperty("LastFinished") Instant lastFinished) {
	}

	private static Profile profile() {
		Map<String, Object> alpha = new LinkedHashMap<>();
		alpha.put("b", Arrays.asList(1.5, "x", null, true));
		alpha.put("a", null);
		Map<String, Object> attrs = new LinkedHashMap<>();
		attrs.put("zeta", 1);
		attrs.put("alpha", alpha);
		attrs.put("Beta", "upper case sorts first");
		attrs.put("émoji", "😀");
		return new Profile("Zoë <admin> & \"friends\"", 42, 1234567.125, 0.1f, null, List.of(), attrs, null,
				Map.of(), Instant.parse("2024-03-05T07:08:09.120Z"), "",
				"<b>bold</b>\u2028line\u2029para\t\n\r\u0001\u001f", new byte[] { 0, 1, 2, (byte) 250, (byte) 255 },
				Duration.ofSeconds(90), null, new Inner("c1", -7), true,
				List.of(new Inner("a", 1), new Inner("b", 9007199254740993L)));
	}

	@Test
	void structWithEveryKindOfFieldReadsBack() throws IOException {
		Profile read = this.mapper.readValue(fixture("profile"), Profile.class);
		Profile expected = profile();
		assertThat(read).usingRecursiveComparison().ignoringFields("note", "attrs").isEqualTo(expected);
		assertThat(read.note()).isNull();
		assertThat(read.tags()).isNull();
		assertThat(read.aliases()).isEmpty();
		assertThat(read.counts()).isNull();
		assertThat(read.attrs()).containsEntry("zeta", 1)
			.containsEntry("Beta", "upper case sorts first")
			.containsEntry("émoji", "😀");
		Map<String, Object> alpha = new LinkedHashMap<>();
		alpha.put("a", null);
		alpha.put("b", Arrays.asList(1.5, "x", null, true));
		assertThat(read.attrs().get("alpha")).isEqualTo(alpha);
	}

	@Test
	void structIsWrittenAsGoWritesIt() throws IOException {
		assertThat(this.mapper.writeValueAsBytes(profile())).isEqualTo(fixture("profile"));
	}

	@Test
	void numbersAreWrittenAsGoWritesFloat64() throws IOException {
		double[] values = { 0, 1, -1.5, 0.1, 1e20, 1e21, 1.5e21, 1e-6, 1e-7, 1.25e-10, 123456789.125,
				Double.MAX_VALUE, Double.MIN_VALUE, 2.0000000000000004, 100 };
		assertThat(this.mapper.writeValueAsBytes(values)).isEqualTo(fixture("floats"));
		assertThat(this.mapper.readValue(fixture("floats"), double[].class)).containsExactly(values);
	}

	@Test
	void floatsAreWrittenAsGoWritesFloat32() throws IOException {
		float[] values = { 0.1f, 1e21f, 1e-7f, 16777216f, 3.4028235e38f };
		assertThat(this.mapper.writeValueAsBytes(values)).isEqualTo(fixture("float32s"));
		assertThat(this.mapper.readValue(fixture("float32s"), float[].class)).containsExactly(values);
	}

	@Test
	void mapKeysAreSortedAsTextAsGoSortsThem() throws IOException {
		Map<Integer, String> map = new TreeMap<>(Map.of(10, "ten", 9, "nine", 2, "two", -1, "minus one"));
		assertThat(this.mapper.writeValueAsBytes(map)).isEqualTo(fixture("int_keys"));
		assertThat(this.mapper.readValue(fixture("int_keys"), new TypeReference<Map<Integer, String>>() {
		})).isEqualTo(map);
	}

	@Test
	void timesKeepTheirOffsetAndOnlyTheFractionDigitsNeeded() throws IOException {
		List<OffsetDateTime> times = List.of(OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 0, ZoneOffset.UTC),
				OffsetDateTime.of(2024, 3, 5, 7, 8, 9, 123456789, ZoneOffset.ofHours(1)),
				OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 100, ZoneOffset.ofHoursMinutes(-5, -30)));
		assertThat(this.mapper.writeValueAsBytes(times)).isEqualTo(fixture("times"));
		assertThat(this.mapper.readValue(fixture("times"), new TypeReference<List<OffsetDateTime>>() {
		})).isEqualTo(times);
	}

	@Test
	void jobMetadataIsWrittenAsGoClusterPackageWritesIt() throws IOException {
		JobMetadata metadata = new JobMetadata(Instant.parse("2024-03-05T07:08:09.5Z"));
		assertThat(this.mapper.writeValueAsBytes(metadata)).isEqualTo(fixture("job_metadata"));
		assertThat(this.mapper.readValue(fixture("job_metadata"), JobMetadata.class)).isEqualTo(metadata);
	}

	@Test
	void goZeroTimeReadsAsZeroTimeConstant() throws IOException {
		JobMetadata zero = new JobMetadata(GoJson.ZERO_TIME);
		assertThat(this.mapper.readValue(fixture("job_metadata_zero"), JobMetadata.class)).isEqualTo(zero);
		assertThat(this.mapper.writeValueAsBytes(zero)).isEqualTo(fixture("job_metadata_zero"));
	}

	@Test
	void nilAndEmptyStayApart() throws IOException {
		assertThat(this.mapper.writeValueAsBytes(null)).isEqualTo(fixture("nil_slice")).isEqualTo(fixture("nil_map"));
		assertThat(this.mapper.writeValueAsBytes(List.of())).isEqualTo(fixture("empty_slice"));
		Map<String, List<Integer>> lists = new LinkedHashMap<>();
		lists.put("c", List.of());
		lists.put("b", List.of(2, 1));
		lists.put("a", null);
		assertThat(this.mapper.writeValueAsBytes(lists)).isEqualTo(fixture("nested_map_of_lists"));
		assertThat(this.mapper.readValue(fixture("nested_map_of_lists"), new TypeReference<Map<String, List<Integer>>>() {
		})).isEqualTo(lists);
	}

	@Test
	void emptyObjectIsEmptyBraces() throws IOException {
		assertThat(this.mapper.writeValueAsBytes(new Object())).isEqualTo(fixture("empty_struct"));
	}

	@Test
	void numberAndStringAreWrittenAsGoWritesThem() throws IOException {
		assertThat(this.mapper.writeValueAsBytes(42L)).isEqualTo(fixture("counter"));
		assertThat(this.mapper.readValue(fixture("counter"), Long.class)).isEqualTo(42L);
		assertThat(this.mapper.writeValueAsBytes("a < b && c > d")).isEqualTo(fixture("string"));
		assertThat(this.mapper.readValue(fixture("string"), String.class)).isEqualTo("a < b && c > d");
	}

	@Test
	void backspaceAndFormFeedUseShortEscapesAsGo122Does() throws IOException {
		assertThat(this.mapper.writeValueAsString("\b\f\u0000")).isEqualTo("\"\\b\\f\\u0000\"");
	}

	@Test
	void propertyNamesMatchCaseInsensitivelyAsInGo() throws IOException {
		assertThat(this.mapper.readValue("{\"lastfinished\":\"2024-03-05T07:08:09.5Z\",\"Other\":1}",
				JobMetadata.class))
			.isEqualTo(new JobMetadata(Instant.parse("2024-03-05T07:08:09.5Z")));
	}

	@Test
	void applicationMapperIsLeftAlone() throws IOException {
		ObjectMapper application = new ObjectMapper();
		GoJson.mapper(application);
		assertThat(application.writeValueAsString(Map.of("a", "<"))).isEqualTo("{\"a\":\"<\"}");
	}

	@Test
	void zonedTimeIsWrittenWithItsOffset() {
		assertThat(GoJson.formatTime(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 10_000_000), ZoneOffset.ofHours(-7)))
			.isEqualTo("2024-01-02T03:04:05.01-07:00");
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = GoJsonFixturesTests.class.getResourceAsStream("/go-json/" + name + ".json")) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return in.readAllBytes();
		}
	}

}

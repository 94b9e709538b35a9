package dev.pluginkit.mattermost.kv;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.MapType;

/**
 * The serializers and deserializers that {@link GoJson#mapper(com.fasterxml.jackson.databind.ObjectMapper)} adds: Go's
 * numbers, times, durations and sorted maps.
 */
final class GoJsonModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	GoJsonModule() {
		super("GoJsonModule");
		addSerializer(Double.class, new Float64Serializer(Double.class));
		addSerializer(double.class, new Float64Serializer(double.class));
		addSerializer(Float.class, new Float32Serializer(Float.class));
		addSerializer(float.class, new Float32Serializer(float.class));
		addSerializer(double[].class, new Float64ArraySerializer());
		addSerializer(float[].class, new Float32ArraySerializer());
		addSerializer(Instant.class, new TimeSerializer<>(Instant.class,
				(value) -> GoJson.formatTime(value.atOffset(ZoneOffset.UTC).toLocalDateTime(), ZoneOffset.UTC)));
		addSerializer(OffsetDateTime.class, new TimeSerializer<>(OffsetDateTime.class,
				(value) -> GoJson.formatTime(value.toLocalDateTime(), value.getOffset())));
		addSerializer(ZonedDateTime.class, new TimeSerializer<>(ZonedDateTime.class,
				(value) -> GoJson.formatTime(value.toLocalDateTime(), value.getOffset())));
		addSerializer(Duration.class, new DurationSerializer());
		addDeserializer(Instant.class, new TimeDeserializer<>(Instant.class, OffsetDateTime::toInstant));
		addDeserializer(OffsetDateTime.class, new TimeDeserializer<>(OffsetDateTime.class, (value) -> value));
		addDeserializer(ZonedDateTime.class,
				new TimeDeserializer<>(ZonedDateTime.class, OffsetDateTime::toZonedDateTime));
		addDeserializer(Duration.class, new DurationDeserializer());
		setSerializerModifier(new SortedMapModifier());
	}

	private static final class Float64Serializer extends StdScalarSerializer<Double> {

		private static final long serialVersionUID = 1L;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Float64Serializer(Class<?> type) {
			super((Class) type, false);
		}

		@Override
		public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
			generator.writeNumber(GoJson.formatFloat64(value));
		}

	}

	private static final class Float32Serializer extends StdScalarSerializer<Float> {

		private static final long serialVersionUID = 1L;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Float32Serializer(Class<?> type) {
			super((Class) type, false);
		}

		@Override
		public void serialize(Float value, JsonGenerator generator, SerializerProvider provider) throws IOException {
			generator.writeNumber(GoJson.formatFloat32(value));
		}

	}

	private static final class Float64ArraySerializer extends StdSerializer<double[]> {

		private static final long serialVersionUID = 1L;

		Float64ArraySerializer() {
			super(double[].class);
		}

		@Override
		public boolean isEmpty(SerializerProvider provider, double[] value) {
			return value.length == 0;
		}

		@Override
		public void serialize(double[] values, JsonGenerator generator, SerializerProvider provider)
				throws IOException {
			generator.writeStartArray(values, values.length);
			for (double value : values) {
				generator.writeNumber(GoJson.formatFloat64(value));
			}
			generator.writeEndArray();
		}

	}

	private static final class Float32ArraySerializer extends StdSerializer<float[]> {

		private static final long serialVersionUID = 1L;

		Float32ArraySerializer() {
			super(float[].class);
		}

		@Override
		public boolean isEmpty(SerializerProvider provider, float[] value) {
			return value.length == 0;
		}

		@Override
		public void serialize(float[] values, JsonGenerator generator, SerializerProvider provider) throws IOException {
			generator.writeStartArray(values, values.length);
			for (float value : values) {
				generator.writeNumber(GoJson.formatFloat32(value));
			}
			generator.writeEndArray();
		}

	}

	@FunctionalInterface
	private interface TimeFormat<T> {

		String format(T value);

	}

	private static final class TimeSerializer<T> extends StdScalarSerializer<T> {

		private static final long serialVersionUID = 1L;

		private final transient TimeFormat<T> format;

		TimeSerializer(Class<T> type, TimeFormat<T> format) {
			super(type);
			this.format = format;
		}

		@Override
		public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
			generator.writeString(this.format.format(value));
		}

	}

	@FunctionalInterface
	private interface TimeConversion<T> {

		T convert(OffsetDateTime value);

	}

	private static final class TimeDeserializer<T> extends StdScalarDeserializer<T> {

		private static final long serialVersionUID = 1L;

		private final transient TimeConversion<T> conversion;

		TimeDeserializer(Class<T> type, TimeConversion<T> conversion) {
			super(type);
			this.conversion = conversion;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (T) context.handleUnexpectedToken(handledType(), parser);
			}
			String text = parser.getText();
			try {
				// Go's time.Time reads RFC 3339, which ISO_OFFSET_DATE_TIME covers.
				return this.conversion.convert(OffsetDateTime.parse(text));
			}
			catch (DateTimeException ex) {
				return (T) context.handleWeirdStringValue(handledType(), text, "not an RFC 3339 time: %s",
						ex.getMessage());
			}
		}

	}

	private static final class DurationSerializer extends StdScalarSerializer<Duration> {

		private static final long serialVersionUID = 1L;

		DurationSerializer() {
			super(Duration.class);
		}

		@Override
		public void serialize(Duration value, JsonGenerator generator, SerializerProvider provider)
				throws IOException {
			generator.writeNumber(value.toNanos());
		}

	}

	private static final class DurationDeserializer extends StdScalarDeserializer<Duration> {

		private static final long serialVersionUID = 1L;

		DurationDeserializer() {
			super(Duration.class);
		}

		@Override
		public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
				return (Duration) context.handleUnexpectedToken(Duration.class, parser);
			}
			return Duration.ofNanos(parser.getLongValue());
		}

	}

	private static final class SortedMapModifier extends BeanSerializerModifier {

		private static final long serialVersionUID = 1L;

		@Override
		public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType valueType,
				BeanDescription description, JsonSerializer<?> serializer) {
			return new SortedMapSerializer();
		}

	}

	/**
	 * Go's {@code mapEncoder}: the keys as text (strings as they are, integers in decimal),
	 * sorted byte by byte of their UTF-8 form, which is the order of their code points.
	 */
	private static final class SortedMapSerializer extends StdSerializer<Map<?, ?>> {

		private static final long serialVersionUID = 1L;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		SortedMapSerializer() {
			super((Class) Map.class);
		}

		@Override
		public boolean isEmpty(SerializerProvider provider, Map<?, ?> value) {
			return value.isEmpty();
		}

		@Override
		public void serialize(Map<?, ?> map, JsonGenerator generator, SerializerProvider provider) throws IOException {
			List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				entries.add(Map.entry(keyText(entry.getKey()), new ValueHolder(entry.getValue())));
			}
			entries.sort((left, right) -> compareCodePoints(left.getKey(), right.getKey()));
			generator.writeStartObject(map);
			for (Map.Entry<String, Object> entry : entries) {
				generator.writeFieldName(entry.getKey());
				Object value = ((ValueHolder) entry.getValue()).value();
				if (value == null) {
					provider.defaultSerializeNull(generator);
				}
				else {
					provider.findTypedValueSerializer(value.getClass(), true, null)
						.serialize(value, generator, provider);
				}
			}
			generator.writeEndObject();
		}

		private static String keyText(Object key) {
			if (key == null) {
				throw new IllegalArgumentException("a map key is null; Go's JSON has no null keys");
			}
			if (key instanceof Enum<?> constant) {
				return constant.name();
			}
			return key.toString();
		}

		private static int compareCodePoints(String left, String right) {
			int i = 0;
			int j = 0;
			while (i < left.length() && j < right.length()) {
				int a = left.codePointAt(i);
				int b = right.codePointAt(j);
				if (a != b) {
					return Integer.compare(a, b);
				}
				i += Character.charCount(a);
				j += Character.charCount(b);
			}
			return Integer.compare(left.length() - i, right.length() - j);
		}

		/** Keeps a null value, which {@link Map#entry} refuses. */
		private record ValueHolder(Object value) {
		}

	}

}

package dev.pluginkit.mattermost.kv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON as Go's {@code encoding/json} {@code Marshal} writes it, so that values a Go plugin
 * stored read back here and values written here are byte for byte what the Go plugin would
 * have written.
 *
 * <p>{@link #mapper(ObjectMapper)} copies an application's {@link ObjectMapper} (keeping its
 * modules and annotations) and changes what Go does differently:
 * <ul>
 * <li>map entries are sorted by key, as Go sorts them: by the key's text, byte by byte of
 * its UTF-8 form, also for number keys ({@code "10"} before {@code "9"});
 * <li>{@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code &#92;u003c},
 * {@code &#92;u003e}, {@code &#92;u0026}, {@code &#92;u2028} and {@code &#92;u2029}; other control characters
 * as {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} (Go 1.22 and later) or a
 * lower-case {@code &#92;u00XX}; everything else as UTF-8;
 * <li>{@code double} and {@code float} values are written as Go writes {@code float64} and
 * {@code float32}: the shortest digits that read back to the same value, with no {@code .0}
 * for whole numbers, and an exponent ({@code 1e+21}, {@code 1e-7}) only below 1e-6 or from
 * 1e21 on; NaN and infinities fail, as they do in Go;
 * <li>{@link Instant}, {@link java.time.OffsetDateTime} and {@link java.time.ZonedDateTime}
 * are written as Go writes {@code time.Time}: RFC 3339 with only the fraction digits needed,
 * {@code Z} for UTC; they read from any RFC 3339 text;
 * <li>{@link java.time.Duration} is an integer count of nanoseconds, as Go's
 * {@code time.Duration};
 * <li>{@code null} is always written ({@code nil} slices, maps and pointers are {@code null}
 * in Go); leave a property out when empty with {@code @JsonInclude}, Go's {@code omitempty};
 * <li>no indentation, no trailing newline, empty objects are {@code {}};
 * <li>reading ignores unknown properties and matches property names case-insensitively, as
 * Go's {@code Unmarshal} does.
 * </ul>
 * Property names and their order stay the application's: name properties as the Go struct's
 * fields or {@code json} tags are named ({@code @JsonProperty("LastFinished")}), and declare
 * them in the struct's order (or use {@code @JsonPropertyOrder}). Go's rules are those of
 * {@code encode.go} in its {@code encoding/json} package.
 */
public final class GoJson {

	/** Go's zero {@code time.Time}, {@code 0001-01-01T00:00:00Z}: what an unset time reads as. */
	public static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

	private GoJson() {
	}

	/**
	 * Returns a copy of the given mapper that reads and writes JSON as Go's
	 * {@code encoding/json} does; the given mapper is not changed.
	 * @param base the application's mapper, whose modules and settings the copy keeps
	 * @return the copy, configured for Go
	 */
	public static ObjectMapper mapper(ObjectMapper base) {
		JsonFactory factory = new JsonFactoryBuilder(base.getFactory()).characterEscapes(new GoCharacterEscapes())
			.disable(JsonWriteFeature.ESCAPE_NON_ASCII)
			.disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
			// Characters outside the BMP as their 4 UTF-8 bytes, not as two escapes of surrogates.
			.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
			.build();
		ObjectMapper mapper = base.copyWith(factory);
		mapper.disable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.FAIL_ON_EMPTY_BEANS,
				SerializationFeature.WRAP_ROOT_VALUE);
		mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.UNWRAP_ROOT_VALUE);
		mapper.setConfig(mapper.getDeserializationConfig().with(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES));
		mapper.setDefaultPropertyInclusion(
				JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
		mapper.registerModule(new GoJsonModule());
		return mapper;
	}

	/**
	 * Returns a plain Jackson mapper configured for Go, for use without an application.
	 * @return a new mapper
	 */
	public static ObjectMapper mapper() {
		return mapper(new ObjectMapper());
	}

	/**
	 * Formats a {@code double} as Go's {@code json.Marshal} formats a {@code float64}.
	 * @param value the value; must be finite
	 * @return the JSON number
	 * @throws IllegalArgumentException when the value is NaN or infinite
	 */
	public static String formatFloat64(double value) {
		requireFinite(value, Double.isNaN(value) || Double.isInfinite(value));
		if (value == 0) {
			return (1 / value < 0) ? "-0" : "0";
		}
		double abs = Math.abs(value);
		return format(shortest(value), abs < 1e-6 || abs >= 1e21);
	}

	/**
	 * Formats a {@code float} as Go's {@code json.Marshal} formats a {@code float32}.
	 * @param value the value; must be finite
	 * @return the JSON number
	 * @throws IllegalArgumentException when the value is NaN or infinite
	 */
	public static String formatFloat32(float value) {
		requireFinite(value, Float.isNaN(value) || Float.isInfinite(value));
		if (value == 0) {
			return (1 / value < 0) ? "-0" : "0";
		}
		float abs = Math.abs(value);
		return format(shortest(value), abs < 1e-6f || abs >= 1e21f);
	}

	/**
	 * Formats a point in time as Go's {@code time.Time} marshals itself: RFC 3339 with
	 * nanoseconds, trailing zeros of the fraction left out, {@code Z} for a zero offset.
	 * @param dateTime the local date and time at the offset
	 * @param offset the offset from UTC
	 * @return the text, without quotes
	 * @throws IllegalArgumentException when the year is outside 0 to 9999, which Go
	 * refuses to marshal
	 */
	public static String formatTime(LocalDateTime dateTime, ZoneOffset offset) {
		if (dateTime.getYear() < 0 || dateTime.getYear() > 9999) {
			throw new IllegalArgumentException(
					"Go's time.Time marshals years 0 to 9999 only, not " + dateTime.getYear());
		}
		StringBuilder text = new StringBuilder(35);
		text.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", dateTime.getYear(), dateTime.getMonthValue(),
				dateTime.getDayOfMonth(), dateTime.getHour(), dateTime.getMinute(), dateTime.getSecond()));
		int nanos = dateTime.getNano();
		if (nanos != 0) {
			String fraction = String.format("%09d", nanos);
			int end = fraction.length();
			while (fraction.charAt(end - 1) == '0') {
				end--;
			}
			text.append('.').append(fraction, 0, end);
		}
		int seconds = offset.getTotalSeconds();
		if (seconds == 0) {
			return text.append('Z').toString();
		}
		// Go's "Z07:00" layout has no seconds: an offset's seconds are dropped.
		int minutes = Math.abs(seconds) / 60;
		return text.append((seconds < 0) ? '-' : '+')
			.append(String.format("%02d:%02d", minutes / 60, minutes % 60))
			.toString();
	}

	private static void requireFinite(Object value, boolean notFinite) {
		if (notFinite) {
			throw new IllegalArgumentException("JSON has no number for " + value + " (Go's json.Marshal refuses it)");
		}
	}

	/**
	 * The fewest significant digits that read back to the same value, the closest of them
	 * to the exact value, as Go's {@code strconv} chooses them for precision -1. Rounding
	 * the exact binary value at growing precision finds them; {@code Double.toString} of
	 * Java 17 is not always the shortest. At a power of two, where the values below are
	 * closer together than those above, Go may find a shorter form than this.
	 */
	private static BigDecimal shortest(double value) {
		BigDecimal exact = new BigDecimal(value);
		for (int precision = 1; precision < 17; precision++) {
			BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
			if (rounded.doubleValue() == value) {
				return rounded;
			}
		}
		return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
	}

	private static BigDecimal shortest(float value) {
		BigDecimal exact = new BigDecimal(value);
		for (int precision = 1; precision < 9; precision++) {
			BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
			if (rounded.floatValue() == value) {
				return rounded;
			}
		}
		return exact.round(new MathContext(9, RoundingMode.HALF_EVEN));
	}

	/**
	 * Go's {@code 'f'} format, or its {@code 'e'} format with a one-digit negative exponent
	 * shortened ({@code e-07} to {@code e-7}) as {@code floatEncoder} does.
	 */
	private static String format(BigDecimal digits, boolean exponent) {
		BigDecimal stripped = digits.stripTrailingZeros();
		if (!exponent) {
			return stripped.toPlainString();
		}
		String unscaled = stripped.unscaledValue().abs().toString();
		int exp = unscaled.length() - 1 - stripped.scale();
		StringBuilder text = new StringBuilder(24);
		if (stripped.signum() < 0) {
			text.append('-');
		}
		text.append(unscaled.charAt(0));
		if (unscaled.length() > 1) {
			text.append('.').append(unscaled, 1, unscaled.length());
		}
		text.append('e').append((exp < 0) ? '-' : '+');
		int absExp = Math.abs(exp);
		if (exp >= 0 && absExp < 10) {
			text.append('0');
		}
		return text.append(absExp).toString();
	}

}

package dev.pluginkit.mattermost.runtime.logging;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * Formats Logback events as hclog JSON lines, the form in which go-plugin reads a plugin's
 * stderr: {@code @level}, {@code @message}, {@code @timestamp}, {@code @module} (the
 * logger) and {@code @thread}, plus the event's key-value pairs and MDC entries as fields,
 * and a throwable's whole stack trace in the {@value #EXCEPTION_FIELD} field of the same
 * line.
 *
 * <p>go-plugin logs such a line at its level with the other keys as fields; a line that
 * does not parse, including one whose timestamp lacks exactly six fraction digits, lands
 * at DEBUG as plain text. Use it with Spring Boot's structured logging:
 * {@code logging.structured.format.console=dev.pluginkit.mattermost.runtime.logging.HclogJsonFormatter}.
 */
public class HclogJsonFormatter implements StructuredLogFormatter<ILoggingEvent> {

	/** The field holding the stack trace of an event's throwable. */
	public static final String EXCEPTION_FIELD = "exception";

	/** go-plugin parses {@code @timestamp} with Go's layout {@code 2006-01-02T15:04:05.000000Z07:00}. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX")
		.withZone(ZoneOffset.UTC);

	private final ThrowableProxyConverter throwableConverter;

	private final JsonWriter<ILoggingEvent> writer;

	/**
	 * Creates a formatter with a stack trace converter of its own.
	 */
	public HclogJsonFormatter() {
		this(startedConverter());
	}

	/**
	 * Creates a formatter that renders stack traces with the given converter; Spring Boot's
	 * encoder passes its own.
	 * @param throwableConverter a started converter
	 */
	public HclogJsonFormatter(ThrowableProxyConverter throwableConverter) {
		this.throwableConverter = throwableConverter;
		this.writer = JsonWriter.<ILoggingEvent>of((members) -> {
			members.add("@level", ILoggingEvent::getLevel).as(HclogJsonFormatter::hclogLevel);
			members.add("@message", ILoggingEvent::getFormattedMessage);
			members.add("@timestamp", ILoggingEvent::getInstant).as(TIMESTAMP::format);
			members.add("@module", ILoggingEvent::getLoggerName);
			members.add("@thread", ILoggingEvent::getThreadName);
			members.from(ILoggingEvent::getKeyValuePairs)
				.whenNotEmpty()
				.usingExtractedPairs(Iterable::forEach, (KeyValuePair pair) -> pair.key, (KeyValuePair pair) -> pair.value);
			members.from(ILoggingEvent::getMDCPropertyMap)
				.whenNotEmpty()
				.usingPairs(Map::forEach);
			members.add(EXCEPTION_FIELD, (event) -> event)
				.whenNotNull(ILoggingEvent::getThrowableProxy)
				.as(this::stackTrace);
		}).withNewLineAtEnd();
	}

	@Override
	public String format(ILoggingEvent event) {
		return this.writer.writeToString(event);
	}

	private String stackTrace(ILoggingEvent event) {
		return this.throwableConverter.convert(event).stripTrailing();
	}

	/**
	 * Maps a Logback level to hclog's name for it; hclog has no level above error.
	 * @param level the Logback level
	 * @return one of {@code trace}, {@code debug}, {@code info}, {@code warn}, {@code error}
	 */
	static String hclogLevel(Level level) {
		return switch (level.toInt()) {
			case Level.TRACE_INT -> "trace";
			case Level.DEBUG_INT -> "debug";
			case Level.INFO_INT -> "info";
			case Level.WARN_INT -> "warn";
			default -> "error";
		};
	}

	private static ThrowableProxyConverter startedConverter() {
		ThrowableProxyConverter converter = new ThrowableProxyConverter();
		converter.start();
		return converter;
	}

}

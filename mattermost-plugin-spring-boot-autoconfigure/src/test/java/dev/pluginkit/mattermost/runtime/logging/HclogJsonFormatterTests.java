package dev.pluginkit.mattermost.runtime.logging;

import java.time.Instant;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.event.KeyValuePair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Log events as go-plugin reads them from a plugin's stderr: one hclog JSON object per
 * line.
 */
class HclogJsonFormatterTests {

	private final Logger logger = loggerContext().getLogger("com.example.Hooks");

	private final HclogJsonFormatter formatter = new HclogJsonFormatter();

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@CsvSource({ "TRACE, trace", "DEBUG, debug", "INFO, info", "WARN, warn", "ERROR, error" })
	void namesTheLevelAsHclogDoes(String logbackLevel, String hclogLevel) throws Exception {
		JsonNode line = format(event(Level.toLevel(logbackLevel), "hello", null));

		assertThat(line.path("@level").asText()).isEqualTo(hclogLevel);
	}

	@Test
	void carriesTheMessageAndTheLoggerAsModule() throws Exception {
		JsonNode line = format(event(Level.INFO, "post \"rejected\"", null));

		assertThat(line.path("@message").asText()).isEqualTo("post \"rejected\"");
		assertThat(line.path("@module").asText()).isEqualTo("com.example.Hooks");
	}

	@Test
	void writesTheTimestampInUtcWithExactlySixFractionDigits() throws Exception {
		LoggingEvent event = event(Level.INFO, "hello", null);
		event.setInstant(Instant.parse("2026-11-26T12:34:56.789Z"));

		assertThat(format(event).path("@timestamp").asText()).isEqualTo("2026-11-26T12:34:56.789000Z");
	}

	@Test
	void keepsTheStackTraceInTheEventsOwnLine() {
		String text = this.formatter.format(event(Level.ERROR, "failed", new IllegalStateException("boom")));

		assertThat(text).endsWith("\n");
		assertThat(text.strip()).doesNotContain("\n");
		assertThat(text).contains("\"exception\":\"java.lang.IllegalStateException: boom\\n\\tat ");
	}

	@Test
	void leavesTheExceptionFieldOutWithoutAThrowable() throws Exception {
		assertThat(format(event(Level.INFO, "hello", null)).has("exception")).isFalse();
	}

	@Test
	void addsKeyValuePairsAndMdcAsFields() throws Exception {
		LoggingEvent event = event(Level.INFO, "hello", null);
		event.addKeyValuePair(new KeyValuePair("user_id", "u1"));
		event.setMDCPropertyMap(Map.of("request_id", "r1"));

		JsonNode line = format(event);

		assertThat(line.path("user_id").asText()).isEqualTo("u1");
		assertThat(line.path("request_id").asText()).isEqualTo("r1");
	}

	private static LoggerContext loggerContext() {
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new LogbackMDCAdapter());
		return context;
	}

	private LoggingEvent event(Level level, String message, Throwable throwable) {
		return new LoggingEvent(Logger.class.getName(), this.logger, level, message, throwable, null);
	}

	private JsonNode format(LoggingEvent event) throws Exception {
		return this.json.readTree(this.formatter.format(event));
	}

}

package dev.pluginkit.mattermost.autoconfigure.kv;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the typed KV store, under {@code mattermost.plugin.kv}. Checked when bound.
 */
@ConfigurationProperties("mattermost.plugin.kv")
public class JsonKvStoreProperties implements Validator {

	/**
	 * How many times an atomic update reads, changes and conditionally writes a value
	 * before it gives up. Go's SetAtomicWithRetries makes 5 attempts.
	 */
	private int updateAttempts = 5;

	/**
	 * How long an atomic update waits after its first conflict; the wait doubles after each
	 * further one.
	 */
	private Duration updateBackoff = Duration.ofMillis(10);

	/**
	 * Returns how many attempts an atomic update makes.
	 * @return the number of attempts
	 */
	public int getUpdateAttempts() {
		return this.updateAttempts;
	}

	/**
	 * Sets how many attempts an atomic update makes.
	 * @param updateAttempts the number of attempts, at least 1
	 */
	public void setUpdateAttempts(int updateAttempts) {
		this.updateAttempts = updateAttempts;
	}

	/**
	 * Returns the wait after an atomic update's first conflict.
	 * @return the wait
	 */
	public Duration getUpdateBackoff() {
		return this.updateBackoff;
	}

	/**
	 * Sets the wait after an atomic update's first conflict.
	 * @param updateBackoff the wait, zero or positive
	 */
	public void setUpdateBackoff(Duration updateBackoff) {
		this.updateBackoff = updateBackoff;
	}

	@Override
	public boolean supports(Class<?> type) {
		return JsonKvStoreProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		JsonKvStoreProperties properties = (JsonKvStoreProperties) target;
		if (properties.getUpdateAttempts() < 1) {
			errors.rejectValue("updateAttempts", "tooSmall", "must be at least 1");
		}
		if (properties.getUpdateBackoff() == null || properties.getUpdateBackoff().isNegative()) {
			errors.rejectValue("updateBackoff", "negative", "must be zero or positive");
		}
	}

}

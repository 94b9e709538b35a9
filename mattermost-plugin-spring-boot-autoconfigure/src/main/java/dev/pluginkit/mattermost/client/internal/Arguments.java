package dev.pluginkit.mattermost.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Checks the arguments of a client method before they reach a protobuf builder, which
 * would reject a {@code null} without saying which argument it was.
 */
final class Arguments {

	private Arguments() {
	}

	/**
	 * Returns a value that must be given.
	 * @param <T> the value's type
	 * @param value the argument
	 * @param name the parameter's name, for the message
	 * @return the value
	 * @throws NullPointerException naming the parameter when the value is {@code null}
	 */
	static <T> T required(T value, String name) {
		if (value == null) {
			throw new NullPointerException(name + " must not be null");
		}
		return value;
	}

	/**
	 * Returns a collection whose elements must all be given.
	 * @param <C> the collection's type
	 * @param values the argument
	 * @param name the parameter's name, for the message
	 * @return the collection
	 * @throws NullPointerException naming the parameter, and the position of the element,
	 * when the collection or one of its elements is {@code null}
	 */
	static <C extends Collection<?>> C elements(C values, String name) {
		required(values, name);
		int index = 0;
		for (Object value : values) {
			if (value == null) {
				throw new NullPointerException(name + "[" + index + "] must not be null");
			}
			index++;
		}
		return values;
	}

	/**
	 * Returns a map whose keys and values must all be given.
	 * @param <M> the map's type
	 * @param entries the argument
	 * @param name the parameter's name, for the message
	 * @return the map
	 * @throws NullPointerException naming the parameter, and the key, when the map, a key
	 * or a value is {@code null}
	 */
	static <M extends Map<?, ?>> M entries(M entries, String name) {
		required(entries, name);
		entries.forEach((key, value) -> {
			if (key == null) {
				throw new NullPointerException(name + " must not contain a null key");
			}
			if (value == null) {
				throw new NullPointerException(name + "['" + key + "'] must not be null");
			}
		});
		return entries;
	}

	/**
	 * Converts a time to live into whole seconds for the server.
	 * @param duration the argument
	 * @param name the parameter's name, for the message
	 * @return the seconds, a fraction of a second rounded up
	 * @throws NullPointerException naming the parameter when it is {@code null}
	 * @throws IllegalArgumentException naming the parameter when it is zero or negative
	 */
	static long positiveSeconds(Duration duration, String name) {
		required(duration, name);
		if (duration.isZero() || duration.isNegative()) {
			throw new IllegalArgumentException(name + " must be positive, but is " + duration);
		}
		return duration.getSeconds() + ((duration.getNano() > 0) ? 1 : 0);
	}

	/**
	 * Converts a point in time into seconds since the epoch for the server.
	 * @param instant the argument
	 * @param name the parameter's name, for the message
	 * @return the seconds since the epoch, a fraction of a second dropped
	 * @throws NullPointerException naming the parameter when it is {@code null}
	 * @throws IllegalArgumentException naming the parameter when it lies before the epoch
	 */
	static long epochSeconds(Instant instant, String name) {
		required(instant, name);
		if (instant.isBefore(Instant.EPOCH)) {
			throw new IllegalArgumentException(name + " must not be before 1970-01-01T00:00:00Z, but is " + instant);
		}
		return instant.getEpochSecond();
	}

	/**
	 * Converts a point in time into milliseconds since the epoch for the server.
	 * @param instant the argument
	 * @param name the parameter's name, for the message
	 * @return the milliseconds since the epoch
	 * @throws NullPointerException naming the parameter when it is {@code null}
	 * @throws IllegalArgumentException naming the parameter when it lies before the epoch,
	 * or too far ahead for milliseconds in a {@code long}
	 */
	static long epochMillis(Instant instant, String name) {
		required(instant, name);
		if (instant.isBefore(Instant.EPOCH)) {
			throw new IllegalArgumentException(name + " must not be before 1970-01-01T00:00:00Z, but is " + instant);
		}
		try {
			return instant.toEpochMilli();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(name + " is too far in the future for milliseconds since the epoch: "
					+ instant, ex);
		}
	}

	/**
	 * Returns a page size for a paged stream.
	 * @param pageSize the argument
	 * @return the page size
	 * @throws IllegalArgumentException when it is less than 1
	 */
	static int pageSize(int pageSize) {
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be at least 1, but is " + pageSize);
		}
		return pageSize;
	}

}

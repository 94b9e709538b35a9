package dev.pluginkit.mattermost.test.internal;

import java.security.SecureRandom;

/**
 * Ids shaped like the server's: 26 characters of lower-case base-32 (the alphabet
 * {@code a-z} minus some letters, plus digits), as {@code model.NewId()} makes them.
 */
public final class Ids {

	private static final char[] ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	/**
	 * Makes a new id.
	 * @return 26 random characters of the server's id alphabet
	 */
	public static String newId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		StringBuilder id = new StringBuilder(26);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				id.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			id.append(ALPHABET[(buffer << (5 - bits)) & 31]);
		}
		return id.toString();
	}

	/**
	 * Tells whether a string has the shape of a server id.
	 * @param id the string
	 * @return whether it is 26 characters of the id alphabet
	 */
	public static boolean isValid(String id) {
		if (id == null || id.length() != 26) {
			return false;
		}
		for (char c : id.toCharArray()) {
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

}

package dev.pluginkit.mattermost.web.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** Character encodings by name, failing as the servlet API expects. */
final class Charsets {

	private Charsets() {
	}

	static Charset forName(String name) throws UnsupportedEncodingException {
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new UnsupportedEncodingException(name);
		}
	}

}

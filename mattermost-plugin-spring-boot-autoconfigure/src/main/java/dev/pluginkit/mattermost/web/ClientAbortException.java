package dev.pluginkit.mattermost.web;

import java.io.IOException;

/**
 * Thrown by a request's body streams once the HTTP client has gone: the server cancels the
 * {@code ServeHTTP} stream when its client disconnects, and reading the request body or
 * writing the response then fails with this exception. Spring MVC recognises the name and
 * treats it as a disconnected client rather than an application error.
 */
public class ClientAbortException extends IOException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what was being done when the client went away
	 */
	public ClientAbortException(String message) {
		super(message);
	}

}

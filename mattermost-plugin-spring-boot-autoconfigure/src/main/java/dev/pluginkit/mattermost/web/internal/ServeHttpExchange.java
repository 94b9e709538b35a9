package dev.pluginkit.mattermost.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import dev.pluginkit.mattermost.pluginapi.v1.ServeHTTPRequestInit;
import dev.pluginkit.mattermost.web.ClientAbortException;
import io.grpc.Status;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.ErrorPage;
import org.springframework.lang.Nullable;

/**
 * One ServeHTTP stream's request, run on the bridge's executor: the request dispatch
 * through the application's filters and servlet; then, as a servlet container does, the
 * error page for an exception or a {@code sendError}; then the end of the response. A failure
 * after the response was committed can no longer change its status, so it ends the stream
 * with an error, and the server cuts the response short.
 */
final class ServeHttpExchange implements Runnable {

	private static final Log logger = LogFactory.getLog(ServeHttpExchange.class);

	private final PortlessServletContext context;

	private final Set<ErrorPage> errorPages;

	private final ServeHttpServletRequest request;

	private final ServeHttpServletResponse response;

	private final ResponseMessages messages;

	ServeHttpExchange(PortlessServletContext context, Set<ErrorPage> errorPages, HttpSessions sessions,
			ServeHTTPRequestInit init, RequestBodyStream body, ResponseMessages messages, int responseBufferSize,
			ServeHttpServletResponse.FlushScheduler flushScheduler) {
		this.context = context;
		this.errorPages = errorPages;
		this.messages = messages;
		this.response = new ServeHttpServletResponse(messages, responseBufferSize, "HEAD".equals(init.getMethod()),
				flushScheduler);
		String encoding = context.getResponseCharacterEncoding();
		if (encoding != null) {
			this.response.setCharacterEncoding(encoding);
		}
		this.request = new ServeHttpServletRequest(init, body, context, sessions, this.response);
	}

	@Override
	public void run() {
		List<ServletRequestListener> listeners = this.context.requestListeners();
		ServletRequestEvent event = new ServletRequestEvent(this.context, this.request);
		listeners.forEach((listener) -> listener.requestInitialized(event));
		try {
			Throwable failure = null;
			try {
				ServletPipeline.dispatch(this.context, DispatcherType.REQUEST, this.request.pathWithinApplication(),
						this.request, this.response);
			}
			catch (Throwable ex) {
				failure = ex;
			}
			if (failure != null) {
				answerFailure(failure);
			}
			else if (this.response.isErrorSent()) {
				errorPage(this.response.errorStatus(), this.response.errorMessage(), null);
			}
			if (!this.messages.isCancelled()) {
				this.response.complete();
			}
		}
		catch (ClientAbortException ex) {
			logger.debug("The client of " + describe() + " disconnected", ex);
		}
		catch (Throwable ex) {
			logger.error("Could not answer " + describe(), ex);
			this.messages.abort(Status.INTERNAL.withDescription("The plugin failed to answer " + describe()));
		}
		finally {
			for (int i = listeners.size() - 1; i >= 0; i--) {
				listeners.get(i).requestDestroyed(event);
			}
		}
	}

	private String describe() {
		return this.request.getMethod() + " " + this.request.pathWithinApplication();
	}

	private void answerFailure(Throwable failure) throws IOException {
		Throwable cause = rootCause(failure);
		if (cause instanceof ClientAbortException || this.messages.isCancelled()) {
			logger.debug("The client of " + describe() + " disconnected", failure);
			return;
		}
		logger.error("Request " + describe() + " failed", cause);
		if (this.response.isCommitted()) {
			this.messages.abort(Status.INTERNAL
				.withDescription("The plugin failed after it began to answer " + describe() + ": " + cause));
			return;
		}
		errorPage(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, cause.getMessage(), cause);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof ServletException servletException && servletException.getRootCause() != null) {
			cause = servletException.getRootCause();
		}
		return cause;
	}

	private void errorPage(int status, @Nullable String message, @Nullable Throwable exception) throws IOException {
		this.response.prepareErrorPage(status);
		ErrorPage page = (exception != null) ? pageFor(exception) : null;
		if (page == null) {
			page = pageFor(status);
		}
		if (page == null || this.request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			// No page, or the page itself failed: the status alone answers.
			return;
		}
		this.request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		this.request.setAttribute(RequestDispatcher.ERROR_MESSAGE, (message != null) ? message : "");
		this.request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, this.request.getRequestURI());
		this.request.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME,
				this.request.getHttpServletMapping().getServletName());
		if (exception != null) {
			this.request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, exception);
			this.request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, exception.getClass());
		}
		try {
			PluginRequestDispatcher.error(this.context, page.getPath(), this.request, this.response);
		}
		catch (Throwable ex) {
			if (rootCause(ex) instanceof ClientAbortException) {
				throw (ClientAbortException) rootCause(ex);
			}
			logger.error("The error page " + page.getPath() + " failed for " + describe(), ex);
			if (!this.response.isCommitted()) {
				this.response.prepareErrorPage(status);
			}
			return;
		}
		if (this.response.isErrorSent()) {
			// The error page sent an error of its own; its status stands, with an empty body.
			this.response.prepareErrorPage(this.response.errorStatus());
		}
	}

	@Nullable
	private ErrorPage pageFor(Throwable exception) {
		for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
			for (ErrorPage page : this.errorPages) {
				if (type.equals(page.getException())) {
					return page;
				}
			}
		}
		return null;
	}

	@Nullable
	private ErrorPage pageFor(int status) {
		ErrorPage global = null;
		for (ErrorPage page : this.errorPages) {
			if (page.getException() == null && page.getStatusCode() == status) {
				return page;
			}
			if (page.isGlobal()) {
				global = page;
			}
		}
		return global;
	}

}

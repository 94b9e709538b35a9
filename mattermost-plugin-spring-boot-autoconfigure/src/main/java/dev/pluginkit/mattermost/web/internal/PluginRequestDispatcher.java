package dev.pluginkit.mattermost.web.internal;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.lang.Nullable;

/**
 * Forwards and includes within the plugin's web application, by path or by servlet name,
 * setting the {@code jakarta.servlet.forward.*} and {@code jakarta.servlet.include.*}
 * attributes the specification defines.
 */
final class PluginRequestDispatcher implements RequestDispatcher {

	private final PortlessServletContext context;

	@Nullable
	private final String path;

	@Nullable
	private final String query;

	@Nullable
	private final String servletName;

	PluginRequestDispatcher(PortlessServletContext context, @Nullable String pathAndQuery, @Nullable String servletName) {
		this.context = context;
		if (pathAndQuery != null) {
			int question = pathAndQuery.indexOf('?');
			this.path = (question >= 0) ? pathAndQuery.substring(0, question) : pathAndQuery;
			this.query = (question >= 0) ? pathAndQuery.substring(question + 1) : null;
		}
		else {
			this.path = null;
			this.query = null;
		}
		this.servletName = servletName;
	}

	@Override
	public void forward(ServletRequest request, ServletResponse response) throws ServletException, IOException {
		if (response.isCommitted()) {
			throw new IllegalStateException("Cannot forward: the response has already been committed");
		}
		response.resetBuffer();
		HttpServletRequest httpRequest = (HttpServletRequest) request;
		if (this.servletName != null) {
			run(DispatcherType.FORWARD, new DispatchedRequest(httpRequest, DispatcherType.FORWARD, null, null),
					response);
			return;
		}
		if (request.getAttribute(FORWARD_REQUEST_URI) == null) {
			request.setAttribute(FORWARD_REQUEST_URI, httpRequest.getRequestURI());
			request.setAttribute(FORWARD_CONTEXT_PATH, httpRequest.getContextPath());
			request.setAttribute(FORWARD_SERVLET_PATH, httpRequest.getServletPath());
			setIfPresent(request, FORWARD_PATH_INFO, httpRequest.getPathInfo());
			setIfPresent(request, FORWARD_QUERY_STRING, httpRequest.getQueryString());
			request.setAttribute(FORWARD_MAPPING, httpRequest.getHttpServletMapping());
		}
		dispatchPath(DispatcherType.FORWARD, httpRequest, response);
	}

	@Override
	public void include(ServletRequest request, ServletResponse response) throws ServletException, IOException {
		HttpServletRequest httpRequest = (HttpServletRequest) request;
		HttpServletResponse included = new IncludedResponse((HttpServletResponse) response);
		if (this.servletName != null) {
			run(DispatcherType.INCLUDE, new DispatchedRequest(httpRequest, DispatcherType.INCLUDE, null, null),
					included);
			return;
		}
		ServletMappings.Match match = ServletPipeline.match(this.context, this.path);
		if (match == null) {
			throw new ServletException("No servlet takes the included path " + this.path);
		}
		ServletPaths paths = match.paths(this.path);
		request.setAttribute(INCLUDE_REQUEST_URI, httpRequest.getContextPath() + this.path);
		request.setAttribute(INCLUDE_CONTEXT_PATH, httpRequest.getContextPath());
		request.setAttribute(INCLUDE_SERVLET_PATH, paths.servletPath());
		setIfPresent(request, INCLUDE_PATH_INFO, paths.pathInfo());
		setIfPresent(request, INCLUDE_QUERY_STRING, this.query);
		request.setAttribute(INCLUDE_MAPPING, paths.mapping());
		try {
			ServletPipeline.run(this.context, DispatcherType.INCLUDE, this.path, match.servlet(),
					new DispatchedRequest(httpRequest, DispatcherType.INCLUDE, paths, this.query), included);
		}
		finally {
			for (String name : new String[] { INCLUDE_REQUEST_URI, INCLUDE_CONTEXT_PATH, INCLUDE_SERVLET_PATH,
					INCLUDE_PATH_INFO, INCLUDE_QUERY_STRING, INCLUDE_MAPPING }) {
				request.removeAttribute(name);
			}
		}
	}

	/** Runs an error page: the path's servlet with the {@code ERROR} dispatcher type. */
	static void error(PortlessServletContext context, String location, HttpServletRequest request,
			HttpServletResponse response) throws ServletException, IOException {
		new PluginRequestDispatcher(context, location, null).dispatchPath(DispatcherType.ERROR, request, response);
	}

	private void dispatchPath(DispatcherType type, HttpServletRequest request, ServletResponse response)
			throws ServletException, IOException {
		ServletMappings.Match match = ServletPipeline.match(this.context, this.path);
		if (match == null) {
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		ServletPaths paths = match.paths(this.path);
		ServletPipeline.run(this.context, type, this.path, match.servlet(),
				new DispatchedRequest(request, type, paths, this.query), response);
	}

	private void run(DispatcherType type, HttpServletRequest request, ServletResponse response)
			throws ServletException, IOException {
		Registrations.ServletHolder servlet = this.context.servlet(this.servletName);
		if (servlet == null) {
			throw new ServletException("No servlet is named " + this.servletName);
		}
		ServletPipeline.run(this.context, type, request.getServletPath(), servlet, request, response);
	}

	private static void setIfPresent(ServletRequest request, String name, @Nullable Object value) {
		if (value != null) {
			request.setAttribute(name, value);
		}
	}

	/** An included servlet may write the body but not change the status or the headers. */
	private static final class IncludedResponse extends HttpServletResponseWrapper {

		IncludedResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int sc) {
		}

		@Override
		public void setHeader(String name, String value) {
		}

		@Override
		public void addHeader(String name, String value) {
		}

		@Override
		public void setDateHeader(String name, long date) {
		}

		@Override
		public void addDateHeader(String name, long date) {
		}

		@Override
		public void setIntHeader(String name, int value) {
		}

		@Override
		public void addIntHeader(String name, int value) {
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setContentLength(int len) {
		}

		@Override
		public void setContentLengthLong(long len) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(java.util.Locale loc) {
		}

		@Override
		public void addCookie(jakarta.servlet.http.Cookie cookie) {
		}

	}

}

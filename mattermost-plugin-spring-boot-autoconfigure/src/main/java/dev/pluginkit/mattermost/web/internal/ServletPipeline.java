package dev.pluginkit.mattermost.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.lang.Nullable;

/**
 * Runs one dispatch: finds the servlet for a path (or takes a named one), builds the chain
 * of filters mapped to the path or the servlet for the dispatcher type, URL-pattern mappings
 * first as the Servlet specification orders them, and runs it.
 */
final class ServletPipeline {

	private ServletPipeline() {
	}

	/**
	 * Finds how a path maps to a servlet.
	 * @return the match, or {@code null} when no servlet takes the path
	 */
	@Nullable
	static ServletMappings.Match match(PortlessServletContext context, String path) {
		return ServletMappings.match(context.servlets(), path);
	}

	static void run(PortlessServletContext context, DispatcherType type, String path, Registrations.ServletHolder servlet,
			ServletRequest request, ServletResponse response) throws IOException, ServletException {
		List<Filter> filters = new ArrayList<>();
		for (Registrations.FilterMapping mapping : context.filterMappings()) {
			if (!mapping.urlPatterns().isEmpty() && mapping.appliesTo(type, path, "")
					&& !filters.contains(mapping.filter().filter())) {
				filters.add(mapping.filter().filter());
			}
		}
		for (Registrations.FilterMapping mapping : context.filterMappings()) {
			if (mapping.urlPatterns().isEmpty() && mapping.appliesTo(type, path, servlet.getName())
					&& !filters.contains(mapping.filter().filter())) {
				filters.add(mapping.filter().filter());
			}
		}
		new Chain(filters, servlet).doFilter(request, response);
	}

	/** Dispatches to whatever servlet takes the path, or answers 404 when none does. */
	static void dispatch(PortlessServletContext context, DispatcherType type, String path, ServletRequest request,
			ServletResponse response) throws IOException, ServletException {
		ServletMappings.Match match = match(context, path);
		if (match == null) {
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (request instanceof ServeHttpServletRequest original) {
			original.setPaths(match.paths(path));
		}
		run(context, type, path, match.servlet(), request, response);
	}

	private static final class Chain implements FilterChain {

		private final List<Filter> filters;

		private final Registrations.ServletHolder servlet;

		private int position;

		Chain(List<Filter> filters, Registrations.ServletHolder servlet) {
			this.filters = filters;
			this.servlet = servlet;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
			if (this.position < this.filters.size()) {
				this.filters.get(this.position++).doFilter(request, response, this);
				return;
			}
			this.servlet.initialize();
			this.servlet.servlet().service(request, response);
		}

	}

}

package dev.pluginkit.mattermost.web.internal;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.MappingMatch;

import org.springframework.lang.Nullable;

/**
 * How a path within the application maps to a servlet: the servlet path and path info the
 * Servlet specification derives from the matching pattern, and the {@link HttpServletMapping}
 * that Spring's path helpers read.
 *
 * @param servletPath the servlet path
 * @param pathInfo the path info, or {@code null}
 * @param mapping the mapping
 */
record ServletPaths(String servletPath, @Nullable String pathInfo, HttpServletMapping mapping) {

	static ServletPaths of(String servletName, String pattern, MappingMatch match, String path) {
		return switch (match) {
			case EXACT -> new ServletPaths(path, null, mapping(servletName, pattern, match, path.substring(1)));
			case PATH -> {
				String prefix = pattern.substring(0, pattern.length() - 2);
				String info = path.substring(prefix.length());
				yield new ServletPaths(prefix, info.isEmpty() ? null : info,
						mapping(servletName, pattern, match, info.isEmpty() ? "" : info.substring(1)));
			}
			case EXTENSION -> new ServletPaths(path, null,
					mapping(servletName, pattern, match, path.substring(1, path.lastIndexOf('.'))));
			case CONTEXT_ROOT -> new ServletPaths("", "/", mapping(servletName, "", match, ""));
			case DEFAULT -> new ServletPaths(path, null, mapping(servletName, "/", match, ""));
		};
	}

	static HttpServletMapping unmapped() {
		return mapping("", "", MappingMatch.DEFAULT, "");
	}

	private static HttpServletMapping mapping(String servletName, String pattern, MappingMatch match, String value) {
		return new HttpServletMapping() {

			@Override
			public String getMatchValue() {
				return value;
			}

			@Override
			public String getPattern() {
				return pattern;
			}

			@Override
			public String getServletName() {
				return servletName;
			}

			@Override
			public MappingMatch getMappingMatch() {
				return match;
			}

			@Override
			public String toString() {
				return "HttpServletMapping[pattern=" + pattern + ", match=" + match + ", value=" + value + "]";
			}

		};
	}

}

package dev.pluginkit.mattermost.web.internal;

import java.util.Collection;

import jakarta.servlet.http.MappingMatch;

import org.springframework.lang.Nullable;

/**
 * The Servlet specification's URL patterns (section 12): exact paths, {@code /path/*}
 * prefixes, {@code *.ext} extensions, {@code /} for the default servlet and the empty string
 * for the context root, and the order in which a request path is matched against them.
 */
final class ServletMappings {

	private ServletMappings() {
	}

	static void check(String pattern) {
		boolean valid = pattern.isEmpty() || pattern.equals("/") || (pattern.startsWith("*.") && pattern.indexOf('/') < 0)
				|| (pattern.startsWith("/") && (pattern.indexOf('*') < 0 || (pattern.endsWith("/*")
						&& pattern.indexOf('*') == pattern.length() - 1)));
		if (!valid) {
			throw new IllegalArgumentException("Invalid servlet URL pattern '" + pattern
					+ "': use an exact path, /path/*, *.extension, / or the empty string");
		}
	}

	/** Whether a filter's URL pattern applies to a path. */
	static boolean matches(String pattern, String path) {
		if (pattern.equals("/*") || pattern.equals(path)) {
			return true;
		}
		if (pattern.equals("/")) {
			return true;
		}
		if (pattern.isEmpty()) {
			return path.equals("/");
		}
		if (pattern.endsWith("/*")) {
			String prefix = pattern.substring(0, pattern.length() - 2);
			return path.equals(prefix) || path.startsWith(prefix + "/");
		}
		if (pattern.startsWith("*.")) {
			int slash = path.lastIndexOf('/');
			return path.substring(slash + 1).endsWith(pattern.substring(1));
		}
		return false;
	}

	/**
	 * The servlet mapping that wins for a path, as the specification orders them: exact,
	 * longest prefix, extension, context root, default.
	 * @return the mapping, or {@code null} if no servlet takes the path
	 */
	@Nullable
	static Match match(Collection<Registrations.ServletHolder> servlets, String path) {
		Match best = null;
		for (Registrations.ServletHolder servlet : servlets) {
			for (String pattern : servlet.patterns()) {
				if (pattern.equals(path) && !pattern.equals("/") && !pattern.isEmpty()) {
					return new Match(servlet, pattern, MappingMatch.EXACT);
				}
			}
		}
		for (Registrations.ServletHolder servlet : servlets) {
			for (String pattern : servlet.patterns()) {
				if (pattern.endsWith("/*")) {
					String prefix = pattern.substring(0, pattern.length() - 2);
					if ((path.equals(prefix) || path.startsWith(prefix + "/"))
							&& (best == null || prefix.length() > best.pattern().length() - 2)) {
						best = new Match(servlet, pattern, MappingMatch.PATH);
					}
				}
			}
		}
		if (best != null) {
			return best;
		}
		String lastSegment = path.substring(path.lastIndexOf('/') + 1);
		for (Registrations.ServletHolder servlet : servlets) {
			for (String pattern : servlet.patterns()) {
				if (pattern.startsWith("*.") && lastSegment.endsWith(pattern.substring(1))) {
					return new Match(servlet, pattern, MappingMatch.EXTENSION);
				}
			}
		}
		for (Registrations.ServletHolder servlet : servlets) {
			for (String pattern : servlet.patterns()) {
				if (pattern.isEmpty() && path.equals("/")) {
					return new Match(servlet, pattern, MappingMatch.CONTEXT_ROOT);
				}
			}
		}
		for (Registrations.ServletHolder servlet : servlets) {
			if (servlet.patterns().contains("/")) {
				return new Match(servlet, "/", MappingMatch.DEFAULT);
			}
		}
		return null;
	}

	/**
	 * A servlet and the pattern by which it takes a path.
	 *
	 * @param servlet the servlet
	 * @param pattern the pattern
	 * @param type how the pattern matched
	 */
	record Match(Registrations.ServletHolder servlet, String pattern, MappingMatch type) {

		ServletPaths paths(String path) {
			return ServletPaths.of(this.servlet.getName(), this.pattern, this.type, path);
		}

	}

}

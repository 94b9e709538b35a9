package dev.pluginkit.mattermost.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.lang.Nullable;

/**
 * A request as a forward, include or error dispatch sees it: its own dispatcher type and,
 * for forwards and error pages, the path elements of the target, with the target's query
 * parameters ahead of the original ones.
 */
final class DispatchedRequest extends HttpServletRequestWrapper {

	private final DispatcherType type;

	@Nullable
	private final ServletPaths paths;

	@Nullable
	private final String targetQuery;

	@Nullable
	private Map<String, String[]> parameters;

	DispatchedRequest(HttpServletRequest request, DispatcherType type, @Nullable ServletPaths paths,
			@Nullable String targetQuery) {
		super(request);
		this.type = type;
		this.paths = paths;
		this.targetQuery = targetQuery;
	}

	private boolean replacesPaths() {
		return this.paths != null && this.type != DispatcherType.INCLUDE;
	}

	@Override
	public DispatcherType getDispatcherType() {
		return this.type;
	}

	@Override
	public String getRequestURI() {
		if (replacesPaths()) {
			String pathInfo = this.paths.pathInfo();
			return getContextPath() + this.paths.servletPath() + ((pathInfo != null) ? pathInfo : "");
		}
		return super.getRequestURI();
	}

	@Override
	public StringBuffer getRequestURL() {
		StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
		if (getServerPort() > 0 && getServerPort() != 80) {
			url.append(':').append(getServerPort());
		}
		return url.append(getRequestURI());
	}

	@Override
	public String getServletPath() {
		return replacesPaths() ? this.paths.servletPath() : super.getServletPath();
	}

	@Override
	@Nullable
	public String getPathInfo() {
		return replacesPaths() ? this.paths.pathInfo() : super.getPathInfo();
	}

	@Override
	public HttpServletMapping getHttpServletMapping() {
		return replacesPaths() ? this.paths.mapping() : super.getHttpServletMapping();
	}

	@Override
	@Nullable
	public String getQueryString() {
		return (this.type == DispatcherType.FORWARD && this.targetQuery != null) ? this.targetQuery
				: super.getQueryString();
	}

	private Map<String, String[]> parameters() {
		if (this.parameters == null) {
			if (this.targetQuery == null) {
				this.parameters = super.getParameterMap();
			}
			else {
				Map<String, List<String>> target = new LinkedHashMap<>();
				FormDecoder.decode(this.targetQuery, StandardCharsets.UTF_8, false, target);
				Map<String, String[]> merged = new LinkedHashMap<>();
				target.forEach((name, values) -> {
					String[] original = super.getParameterValues(name);
					String[] all = values.toArray(new String[values.size() + ((original != null) ? original.length : 0)]);
					if (original != null) {
						System.arraycopy(original, 0, all, values.size(), original.length);
					}
					merged.put(name, all);
				});
				super.getParameterMap().forEach(merged::putIfAbsent);
				this.parameters = Collections.unmodifiableMap(merged);
			}
		}
		return this.parameters;
	}

	@Override
	@Nullable
	public String getParameter(String name) {
		String[] values = parameters().get(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters().keySet());
	}

	@Override
	@Nullable
	public String[] getParameterValues(String name) {
		String[] values = parameters().get(name);
		return (values != null) ? values.clone() : null;
	}

}

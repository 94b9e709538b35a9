package dev.pluginkit.mattermost.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletSecurityElement;

import org.springframework.lang.Nullable;

/** The servlets and filters registered with the {@link PortlessServletContext}. */
final class Registrations {

	private Registrations() {
	}

	/** What servlet and filter registrations share: a name, a class and init parameters. */
	abstract static class Named {

		private final String name;

		private final Map<String, String> initParameters = new LinkedHashMap<>();

		private final PortlessServletContext context;


		Named(String name, PortlessServletContext context) {
			this.name = name;
			this.context = context;
		}

		public String getName() {
			return this.name;
		}

		public boolean setInitParameter(String name, String value) {
			if (name == null || value == null) {
				throw new IllegalArgumentException("Init parameter names and values must not be null");
			}
			this.context.checkNotStarted();
			return this.initParameters.putIfAbsent(name, value) == null;
		}

		@Nullable
		public String getInitParameter(String name) {
			return this.initParameters.get(name);
		}

		public Set<String> setInitParameters(Map<String, String> initParameters) {
			Set<String> conflicts = new LinkedHashSet<>();
			initParameters.forEach((key, value) -> {
				if (this.initParameters.containsKey(key)) {
					conflicts.add(key);
				}
			});
			if (conflicts.isEmpty()) {
				initParameters.forEach(this::setInitParameter);
			}
			return conflicts;
		}

		public Map<String, String> getInitParameters() {
			return Collections.unmodifiableMap(this.initParameters);
		}

		public void setAsyncSupported(boolean isAsyncSupported) {
			// Asynchronous processing is not offered, whatever a registration declares.
		}

		public ServletContext getServletContext() {
			return this.context;
		}

		public Enumeration<String> getInitParameterNames() {
			return Collections.enumeration(new ArrayList<>(this.initParameters.keySet()));
		}

		PortlessServletContext context() {
			return this.context;
		}

	}

	/** A registered servlet, its mappings, and its one instance. */
	static final class ServletHolder extends Named implements ServletRegistration.Dynamic, ServletConfig {

		private final Servlet servlet;

		private final Set<String> mappings = new LinkedHashSet<>();

		private int loadOnStartup = -1;

		@Nullable
		private String runAsRole;

		private volatile boolean initialized;

		ServletHolder(String name, Servlet servlet, PortlessServletContext context) {
			super(name, context);
			this.servlet = servlet;
		}

		Servlet servlet() {
			return this.servlet;
		}

		int loadOnStartup() {
			return this.loadOnStartup;
		}

		void initialize() throws jakarta.servlet.ServletException {
			if (this.initialized) {
				return;
			}
			synchronized (this) {
				if (!this.initialized) {
					this.servlet.init(this);
					this.initialized = true;
				}
			}
		}

		synchronized void destroy() {
			if (this.initialized) {
				this.initialized = false;
				this.servlet.destroy();
			}
		}

		@Override
		public Set<String> addMapping(String... urlPatterns) {
			context().checkNotStarted();
			Set<String> conflicts = new LinkedHashSet<>();
			for (String pattern : urlPatterns) {
				String owner = context().servletMappedTo(pattern);
				if (owner != null && !owner.equals(getName())) {
					conflicts.add(pattern);
				}
			}
			if (conflicts.isEmpty()) {
				for (String pattern : urlPatterns) {
					ServletMappings.check(pattern);
					this.mappings.add(pattern);
				}
			}
			return conflicts;
		}

		@Override
		public Collection<String> getMappings() {
			return List.copyOf(this.mappings);
		}

		/** The mappings without a copy, for matching requests once the context has started. */
		Set<String> patterns() {
			return this.mappings;
		}

		@Override
		@Nullable
		public String getRunAsRole() {
			return this.runAsRole;
		}

		@Override
		public String getClassName() {
			return this.servlet.getClass().getName();
		}

		@Override
		public void setLoadOnStartup(int loadOnStartup) {
			this.loadOnStartup = loadOnStartup;
		}

		@Override
		public Set<String> setServletSecurity(ServletSecurityElement constraint) {
			// Declarative servlet security has no place here: the server authenticates users.
			return Set.of();
		}

		@Override
		public void setMultipartConfig(MultipartConfigElement multipartConfig) {
			// Multipart bodies are not parsed (see ServeHttpServletRequest.getParts()).
		}

		@Override
		public void setRunAsRole(String roleName) {
			this.runAsRole = roleName;
		}

		@Override
		public String getServletName() {
			return getName();
		}

	}

	/** One filter mapping: to URL patterns or to servlet names, for some dispatcher types. */
	record FilterMapping(FilterHolder filter, EnumSet<DispatcherType> dispatcherTypes, List<String> urlPatterns,
			List<String> servletNames) {

		boolean appliesTo(DispatcherType type, String path, String servletName) {
			if (!this.dispatcherTypes.contains(type)) {
				return false;
			}
			for (String pattern : this.urlPatterns) {
				if (ServletMappings.matches(pattern, path)) {
					return true;
				}
			}
			return this.servletNames.contains("*") || this.servletNames.contains(servletName);
		}

	}

	/** A registered filter and its one instance. */
	static final class FilterHolder extends Named implements FilterRegistration.Dynamic, FilterConfig {

		private final Filter filter;

		private volatile boolean initialized;

		FilterHolder(String name, Filter filter, PortlessServletContext context) {
			super(name, context);
			this.filter = filter;
		}

		Filter filter() {
			return this.filter;
		}

		synchronized void initialize() throws jakarta.servlet.ServletException {
			if (!this.initialized) {
				this.filter.init(this);
				this.initialized = true;
			}
		}

		synchronized void destroy() {
			if (this.initialized) {
				this.initialized = false;
				this.filter.destroy();
			}
		}

		@Override
		public void addMappingForServletNames(@Nullable EnumSet<DispatcherType> dispatcherTypes, boolean isMatchAfter,
				String... servletNames) {
			context().addFilterMapping(new FilterMapping(this, types(dispatcherTypes), List.of(),
					List.of(servletNames)), isMatchAfter);
		}

		@Override
		public Collection<String> getServletNameMappings() {
			return context().filterMappings(this).stream().flatMap((mapping) -> mapping.servletNames().stream()).toList();
		}

		@Override
		public void addMappingForUrlPatterns(@Nullable EnumSet<DispatcherType> dispatcherTypes, boolean isMatchAfter,
				String... urlPatterns) {
			for (String pattern : urlPatterns) {
				ServletMappings.check(pattern);
			}
			context().addFilterMapping(new FilterMapping(this, types(dispatcherTypes), List.of(urlPatterns), List.of()),
					isMatchAfter);
		}

		@Override
		public Collection<String> getUrlPatternMappings() {
			return context().filterMappings(this).stream().flatMap((mapping) -> mapping.urlPatterns().stream()).toList();
		}

		private static EnumSet<DispatcherType> types(@Nullable EnumSet<DispatcherType> types) {
			return (types == null || types.isEmpty()) ? EnumSet.of(DispatcherType.REQUEST) : EnumSet.copyOf(types);
		}

		@Override
		public String getClassName() {
			return this.filter.getClass().getName();
		}

		@Override
		public String getFilterName() {
			return getName();
		}

	}

}

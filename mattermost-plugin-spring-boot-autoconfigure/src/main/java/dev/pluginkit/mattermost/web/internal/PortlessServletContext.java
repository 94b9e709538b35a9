package dev.pluginkit.mattermost.web.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.EventListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextAttributeEvent;
import jakarta.servlet.ServletContextAttributeListener;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.descriptor.JspConfigDescriptor;
import jakarta.servlet.http.HttpSessionListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.BeanUtils;
import org.springframework.lang.Nullable;
import org.springframework.util.ClassUtils;

/**
 * The servlet context of the plugin's web application. Spring Boot's initializers register
 * the application's {@code DispatcherServlet}, filters and listeners here as they would with
 * an embedded container; there is no document root, no JSP and no port. Its context path is
 * empty: each request carries its own, {@code /plugins/{id}}.
 */
final class PortlessServletContext implements ServletContext {

	private static final Log logger = LogFactory.getLog(PortlessServletContext.class);

	private final Map<String, Registrations.ServletHolder> servlets = new LinkedHashMap<>();

	private final Map<String, Registrations.FilterHolder> filters = new LinkedHashMap<>();

	private final List<Registrations.FilterMapping> filterMappingsFirst = new ArrayList<>();

	private final List<Registrations.FilterMapping> filterMappingsLast = new ArrayList<>();

	private final List<EventListener> listeners = new CopyOnWriteArrayList<>();

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

	private final Map<String, String> initParameters = new ConcurrentHashMap<>();

	private final PluginSessionCookieConfig sessionCookieConfig = new PluginSessionCookieConfig();

	private final Function<String, String> mimeTypes;

	private final ClassLoader classLoader;

	private Set<SessionTrackingMode> sessionTrackingModes = EnumSet.of(SessionTrackingMode.COOKIE);

	private volatile boolean started;

	private int sessionTimeoutMinutes = 30;

	@Nullable
	private String requestCharacterEncoding;

	@Nullable
	private String responseCharacterEncoding;

	private volatile List<Registrations.FilterMapping> filterMappings = List.of();

	private volatile List<Registrations.ServletHolder> servletList = List.of();

	PortlessServletContext(Function<String, String> mimeTypes, @Nullable ClassLoader classLoader) {
		this.mimeTypes = mimeTypes;
		this.classLoader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
	}

	void checkNotStarted() {
		if (this.started) {
			throw new IllegalStateException("The plugin's servlet context is already initialized");
		}
	}

	/** Calls the context listeners, then initializes every filter and servlet. */
	void start() throws ServletException {
		this.filterMappings = List.copyOf(concat(this.filterMappingsFirst, this.filterMappingsLast));
		this.servletList = List.copyOf(this.servlets.values());
		ServletContextEvent event = new ServletContextEvent(this);
		for (EventListener listener : this.listeners) {
			if (listener instanceof ServletContextListener contextListener) {
				contextListener.contextInitialized(event);
			}
		}
		this.started = true;
		for (Registrations.FilterHolder filter : this.filters.values()) {
			filter.initialize();
		}
		// As in a servlet container: servlets with a load-on-startup start now, in its order;
		// the others (Spring Boot's DispatcherServlet by default,
		// spring.mvc.servlet.load-on-startup=-1) on their first request, so that the plugin is
		// ready sooner.
		List<Registrations.ServletHolder> ordered = new ArrayList<>(this.servletList);
		ordered.removeIf((servlet) -> servlet.loadOnStartup() < 0);
		ordered.sort(Comparator.comparingInt(Registrations.ServletHolder::loadOnStartup));
		for (Registrations.ServletHolder servlet : ordered) {
			servlet.initialize();
		}
	}

	void stop() {
		List<Registrations.ServletHolder> servlets = new ArrayList<>(this.servletList);
		Collections.reverse(servlets);
		servlets.forEach(Registrations.ServletHolder::destroy);
		List<Registrations.FilterHolder> filters = new ArrayList<>(this.filters.values());
		Collections.reverse(filters);
		filters.forEach(Registrations.FilterHolder::destroy);
		ServletContextEvent event = new ServletContextEvent(this);
		List<EventListener> listeners = new ArrayList<>(this.listeners);
		Collections.reverse(listeners);
		for (EventListener listener : listeners) {
			if (listener instanceof ServletContextListener contextListener) {
				contextListener.contextDestroyed(event);
			}
		}
	}

	private static <T> List<T> concat(List<T> first, List<T> last) {
		List<T> all = new ArrayList<>(first);
		all.addAll(last);
		return all;
	}

	List<Registrations.ServletHolder> servlets() {
		return this.servletList;
	}

	List<Registrations.FilterMapping> filterMappings() {
		return this.filterMappings;
	}

	<T extends EventListener> List<T> listeners(Class<T> type) {
		List<T> matching = new ArrayList<>();
		for (EventListener listener : this.listeners) {
			if (type.isInstance(listener)) {
				matching.add(type.cast(listener));
			}
		}
		return matching;
	}

	List<ServletRequestListener> requestListeners() {
		return listeners(ServletRequestListener.class);
	}

	List<HttpSessionListener> sessionListeners() {
		return listeners(HttpSessionListener.class);
	}

	@Nullable
	String servletMappedTo(String pattern) {
		for (Registrations.ServletHolder servlet : this.servlets.values()) {
			if (servlet.getMappings().contains(pattern)) {
				return servlet.getName();
			}
		}
		return null;
	}

	void addFilterMapping(Registrations.FilterMapping mapping, boolean isMatchAfter) {
		checkNotStarted();
		(isMatchAfter ? this.filterMappingsLast : this.filterMappingsFirst).add(mapping);
	}

	List<Registrations.FilterMapping> filterMappings(Registrations.FilterHolder filter) {
		return concat(this.filterMappingsFirst, this.filterMappingsLast).stream()
			.filter((mapping) -> mapping.filter() == filter)
			.toList();
	}

	// Servlets

	@Override
	@Nullable
	public ServletRegistration.Dynamic addServlet(String servletName, String className) {
		return addServlet(servletName, instantiate(className, Servlet.class));
	}

	@Override
	@Nullable
	public ServletRegistration.Dynamic addServlet(String servletName, Servlet servlet) {
		checkNotStarted();
		if (servletName == null || servletName.isEmpty()) {
			throw new IllegalArgumentException("A servlet needs a name");
		}
		if (this.servlets.containsKey(servletName)) {
			return null;
		}
		Registrations.ServletHolder holder = new Registrations.ServletHolder(servletName, servlet, this);
		this.servlets.put(servletName, holder);
		return holder;
	}

	@Override
	@Nullable
	public ServletRegistration.Dynamic addServlet(String servletName, Class<? extends Servlet> servletClass) {
		return addServlet(servletName, BeanUtils.instantiateClass(servletClass));
	}

	@Override
	public ServletRegistration.Dynamic addJspFile(String servletName, String jspFile) {
		throw new UnsupportedOperationException("A plugin's web application has no JSP support");
	}

	@Override
	public <T extends Servlet> T createServlet(Class<T> clazz) {
		return BeanUtils.instantiateClass(clazz);
	}

	@Override
	@Nullable
	public ServletRegistration getServletRegistration(String servletName) {
		return this.servlets.get(servletName);
	}

	@Override
	public Map<String, ? extends ServletRegistration> getServletRegistrations() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.servlets));
	}

	// Filters

	@Override
	@Nullable
	public FilterRegistration.Dynamic addFilter(String filterName, String className) {
		return addFilter(filterName, instantiate(className, Filter.class));
	}

	@Override
	@Nullable
	public FilterRegistration.Dynamic addFilter(String filterName, Filter filter) {
		checkNotStarted();
		if (filterName == null || filterName.isEmpty()) {
			throw new IllegalArgumentException("A filter needs a name");
		}
		if (this.filters.containsKey(filterName)) {
			return null;
		}
		Registrations.FilterHolder holder = new Registrations.FilterHolder(filterName, filter, this);
		this.filters.put(filterName, holder);
		return holder;
	}

	@Override
	@Nullable
	public FilterRegistration.Dynamic addFilter(String filterName, Class<? extends Filter> filterClass) {
		return addFilter(filterName, BeanUtils.instantiateClass(filterClass));
	}

	@Override
	public <T extends Filter> T createFilter(Class<T> clazz) {
		return BeanUtils.instantiateClass(clazz);
	}

	@Override
	@Nullable
	public FilterRegistration getFilterRegistration(String filterName) {
		return this.filters.get(filterName);
	}

	@Override
	public Map<String, ? extends FilterRegistration> getFilterRegistrations() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.filters));
	}

	// Listeners

	@Override
	public void addListener(String className) {
		addListener(instantiate(className, EventListener.class));
	}

	@Override
	public <T extends EventListener> void addListener(T listener) {
		checkNotStarted();
		this.listeners.add(listener);
	}

	@Override
	public void addListener(Class<? extends EventListener> listenerClass) {
		addListener(BeanUtils.instantiateClass(listenerClass));
	}

	@Override
	public <T extends EventListener> T createListener(Class<T> clazz) {
		return BeanUtils.instantiateClass(clazz);
	}

	private <T> T instantiate(String className, Class<T> type) {
		try {
			Class<?> loaded = ClassUtils.forName(className, this.classLoader);
			return type.cast(BeanUtils.instantiateClass(loaded));
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalArgumentException("Cannot load " + type.getSimpleName() + " class " + className, ex);
		}
	}

	// Dispatching

	@Override
	public RequestDispatcher getRequestDispatcher(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A context's request dispatcher path must start with '/': " + path);
		}
		return new PluginRequestDispatcher(this, path, null);
	}

	@Override
	@Nullable
	public RequestDispatcher getNamedDispatcher(String name) {
		return this.servlets.containsKey(name) ? new PluginRequestDispatcher(this, null, name) : null;
	}

	@Nullable
	Registrations.ServletHolder servlet(String name) {
		return this.servlets.get(name);
	}

	// Attributes and parameters

	@Override
	@Nullable
	public Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		return Collections.enumeration(new ArrayList<>(this.attributes.keySet()));
	}

	@Override
	public void setAttribute(String name, @Nullable Object object) {
		if (object == null) {
			removeAttribute(name);
			return;
		}
		Object old = this.attributes.put(name, object);
		for (ServletContextAttributeListener listener : listeners(ServletContextAttributeListener.class)) {
			ServletContextAttributeEvent event = new ServletContextAttributeEvent(this, name,
					(old != null) ? old : object);
			if (old == null) {
				listener.attributeAdded(event);
			}
			else {
				listener.attributeReplaced(event);
			}
		}
	}

	@Override
	public void removeAttribute(String name) {
		Object old = this.attributes.remove(name);
		if (old != null) {
			for (ServletContextAttributeListener listener : listeners(ServletContextAttributeListener.class)) {
				listener.attributeRemoved(new ServletContextAttributeEvent(this, name, old));
			}
		}
	}

	@Override
	@Nullable
	public String getInitParameter(String name) {
		return this.initParameters.get(name);
	}

	@Override
	public Enumeration<String> getInitParameterNames() {
		return Collections.enumeration(new ArrayList<>(this.initParameters.keySet()));
	}

	@Override
	public boolean setInitParameter(String name, String value) {
		checkNotStarted();
		return this.initParameters.putIfAbsent(name, value) == null;
	}

	// Sessions

	@Override
	public SessionCookieConfig getSessionCookieConfig() {
		return this.sessionCookieConfig;
	}

	@Override
	public void setSessionTrackingModes(Set<SessionTrackingMode> sessionTrackingModes) {
		checkNotStarted();
		if (sessionTrackingModes.contains(SessionTrackingMode.URL) || sessionTrackingModes.contains(SessionTrackingMode.SSL)) {
			throw new IllegalArgumentException("A plugin's sessions are tracked by cookie only, not by "
					+ sessionTrackingModes);
		}
		this.sessionTrackingModes = sessionTrackingModes.isEmpty() ? EnumSet.noneOf(SessionTrackingMode.class)
				: EnumSet.copyOf(sessionTrackingModes);
	}

	@Override
	public Set<SessionTrackingMode> getDefaultSessionTrackingModes() {
		return EnumSet.of(SessionTrackingMode.COOKIE);
	}

	@Override
	public Set<SessionTrackingMode> getEffectiveSessionTrackingModes() {
		return Collections.unmodifiableSet(this.sessionTrackingModes);
	}

	@Override
	public int getSessionTimeout() {
		return this.sessionTimeoutMinutes;
	}

	@Override
	public void setSessionTimeout(int sessionTimeout) {
		checkNotStarted();
		this.sessionTimeoutMinutes = sessionTimeout;
	}

	// Encodings

	@Override
	@Nullable
	public String getRequestCharacterEncoding() {
		return this.requestCharacterEncoding;
	}

	@Override
	public void setRequestCharacterEncoding(@Nullable String encoding) {
		checkNotStarted();
		this.requestCharacterEncoding = encoding;
	}

	@Override
	@Nullable
	public String getResponseCharacterEncoding() {
		return this.responseCharacterEncoding;
	}

	@Override
	public void setResponseCharacterEncoding(@Nullable String encoding) {
		checkNotStarted();
		this.responseCharacterEncoding = encoding;
	}

	// The rest of the container

	@Override
	public String getContextPath() {
		return "";
	}

	@Override
	@Nullable
	public ServletContext getContext(String uripath) {
		return null;
	}

	@Override
	public int getMajorVersion() {
		return 6;
	}

	@Override
	public int getMinorVersion() {
		return 0;
	}

	@Override
	public int getEffectiveMajorVersion() {
		return 6;
	}

	@Override
	public int getEffectiveMinorVersion() {
		return 0;
	}

	@Override
	@Nullable
	public String getMimeType(String file) {
		int dot = file.lastIndexOf('.');
		return (dot >= 0) ? this.mimeTypes.apply(file.substring(dot + 1)) : null;
	}

	@Override
	public Set<String> getResourcePaths(String path) {
		return Set.of();
	}

	@Override
	@Nullable
	public URL getResource(String path) {
		return null;
	}

	@Override
	@Nullable
	public InputStream getResourceAsStream(String path) {
		return null;
	}

	@Override
	public void log(String msg) {
		logger.info(msg);
	}

	@Override
	public void log(String message, Throwable throwable) {
		logger.error(message, throwable);
	}

	@Override
	@Nullable
	public String getRealPath(String path) {
		return null;
	}

	@Override
	public String getServerInfo() {
		return "Mattermost plugin ServeHTTP bridge/1.0";
	}

	@Override
	public String getServletContextName() {
		return "mattermost-plugin";
	}

	@Override
	@Nullable
	public JspConfigDescriptor getJspConfigDescriptor() {
		return null;
	}

	@Override
	public ClassLoader getClassLoader() {
		return this.classLoader;
	}

	@Override
	public void declareRoles(String... roleNames) {
		// Roles are Spring Security's business here, not the container's.
	}

	@Override
	public String getVirtualServerName() {
		return "mattermost-plugin";
	}

	/** The session cookie settings, which Spring Boot's {@code server.servlet.session.cookie.*} fill. */
	static final class PluginSessionCookieConfig implements SessionCookieConfig {

		private final Map<String, String> attributes = new LinkedHashMap<>();

		@Nullable
		private String name;

		@Nullable
		private String domain;

		@Nullable
		private String path;

		@Nullable
		private String comment;

		private boolean httpOnly = true;

		private boolean secure;

		private int maxAge = -1;

		@Override
		public void setName(String name) {
			this.name = name;
		}

		@Override
		@Nullable
		public String getName() {
			return this.name;
		}

		@Override
		public void setDomain(String domain) {
			this.domain = domain;
		}

		@Override
		@Nullable
		public String getDomain() {
			return this.domain;
		}

		@Override
		public void setPath(String path) {
			this.path = path;
		}

		@Override
		@Nullable
		public String getPath() {
			return this.path;
		}

		@Override
		@Deprecated
		public void setComment(String comment) {
			this.comment = comment;
		}

		@Override
		@Deprecated
		@Nullable
		public String getComment() {
			return this.comment;
		}

		@Override
		public void setHttpOnly(boolean httpOnly) {
			this.httpOnly = httpOnly;
		}

		@Override
		public boolean isHttpOnly() {
			return this.httpOnly;
		}

		@Override
		public void setSecure(boolean secure) {
			this.secure = secure;
		}

		@Override
		public boolean isSecure() {
			return this.secure;
		}

		@Override
		public void setMaxAge(int maxAge) {
			this.maxAge = maxAge;
		}

		@Override
		public int getMaxAge() {
			return this.maxAge;
		}

		@Override
		public void setAttribute(String name, String value) {
			this.attributes.put(name, value);
		}

		@Override
		@Nullable
		public String getAttribute(String name) {
			return this.attributes.get(name);
		}

		@Override
		public Map<String, String> getAttributes() {
			return Collections.unmodifiableMap(this.attributes);
		}

	}

}

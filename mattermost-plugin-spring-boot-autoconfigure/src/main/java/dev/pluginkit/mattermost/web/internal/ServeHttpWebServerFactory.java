package dev.pluginkit.mattermost.web.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.concurrent.Executor;

import jakarta.servlet.ServletException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerException;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.lang.Nullable;

/**
 * A {@code ServletWebServerFactory} whose web server opens no port: the application's
 * servlet context, with its {@code DispatcherServlet}, filters, listeners, error pages and
 * session settings, is built as Spring Boot builds it for an embedded container, and the
 * plugin's ServeHTTP streams are its only requests. Settings that concern a socket
 * ({@code server.port}, {@code server.address}, SSL, HTTP/2, compression) have no effect;
 * nor has {@code server.servlet.context-path}, since each request's context path is the
 * server's {@code /plugins/{id}}.
 */
public class ServeHttpWebServerFactory extends AbstractServletWebServerFactory implements DisposableBean {

	private final Executor executor;

	private int responseBufferSize;

	private Duration flushDelay = Duration.ofMillis(50);

	@Nullable
	private volatile ServeHttpWebServer webServer;

	private Runnable onDestroy = () -> {
	};

	/**
	 * Creates the factory.
	 * @param executor runs each stream's request, off gRPC's threads and off the hook pool
	 * @param responseBufferSize how much of a response is held before it is committed; a
	 * response complete within it goes back in one message
	 */
	public ServeHttpWebServerFactory(Executor executor, int responseBufferSize) {
		this.executor = executor;
		this.responseBufferSize = responseBufferSize;
		setRegisterDefaultServlet(false);
	}

	/**
	 * Sets how much of a response is held before it is committed.
	 * @param responseBufferSize the size in bytes
	 */
	public void setResponseBufferSize(int responseBufferSize) {
		this.responseBufferSize = responseBufferSize;
	}

	/**
	 * Sets how long a flush waits for the response to complete, so that it can still go in
	 * one message; {@link Duration#ZERO} sends every flush at once.
	 * @param flushDelay the delay
	 */
	public void setFlushDelay(Duration flushDelay) {
		this.flushDelay = flushDelay;
	}

	/**
	 * Sets what to do when the application context closes, such as shutting down an executor
	 * the factory was given to own.
	 * @param onDestroy the action
	 */
	public void setOnDestroy(Runnable onDestroy) {
		this.onDestroy = onDestroy;
	}

	@Override
	public void destroy() {
		this.onDestroy.run();
	}

	@Override
	public WebServer getWebServer(ServletContextInitializer... initializers) {
		PortlessServletContext context = new PortlessServletContext((extension) -> getMimeMappings().get(extension),
				getClass().getClassLoader());
		if (getSession().getTimeout() != null) {
			context.setSessionTimeout((int) Math.max(0, getSession().getTimeout().toMinutes()));
		}
		try {
			for (ServletContextInitializer initializer : mergeInitializers(initializers)) {
				initializer.onStartup(context);
			}
		}
		catch (ServletException ex) {
			throw new WebServerException("Could not initialize the plugin's servlet context", ex);
		}
		ServeHttpWebServer server = new ServeHttpWebServer(context, new LinkedHashSet<>(getErrorPages()), this.executor,
				this.responseBufferSize, this.flushDelay);
		this.webServer = server;
		return server;
	}

	/**
	 * The web server this factory made last, which takes the ServeHTTP streams.
	 * @return the web server, or {@code null} before the application context made one
	 */
	@Nullable
	public ServeHttpWebServer webServer() {
		return this.webServer;
	}

}

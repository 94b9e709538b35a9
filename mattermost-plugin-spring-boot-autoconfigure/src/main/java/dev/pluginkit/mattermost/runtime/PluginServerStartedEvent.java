package dev.pluginkit.mattermost.runtime;

import org.springframework.context.ApplicationEvent;

/**
 * Published once the plugin's gRPC server serves the application's services: after its
 * handshake line and, in a Spring Boot application, after {@code ApplicationReadyEvent}. From
 * then on hook calls reach the application at once. Code in the same process (a test
 * driver, for example) can find the port here.
 */
public class PluginServerStartedEvent extends ApplicationEvent {

	/** The port the server listens on, on {@code 127.0.0.1}. */
	private final int port;

	/**
	 * Creates the event.
	 * @param server the server that started
	 * @param port the port it listens on, on {@code 127.0.0.1}
	 */
	public PluginServerStartedEvent(PluginServer server, int port) {
		super(server);
		this.port = port;
	}

	/**
	 * Returns the server that started.
	 * @return the server
	 */
	public PluginServer getServer() {
		return (PluginServer) getSource();
	}

	/**
	 * Returns the port the server listens on, on {@code 127.0.0.1}.
	 * @return the port
	 */
	public int getPort() {
		return this.port;
	}

}

package dev.pluginkit.mattermost.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pluginkit.mattermost.client.PluginAPIClient;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the sample plugin does on start: it asks the server for its version through the
 * injected {@link PluginAPIClient} and writes an info line to the server log.
 */
@Component
@Order(1)
class ServerGreeting implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ServerGreeting.class);

	private final PluginAPIClient api;

	private final SampleProperties properties;

	ServerGreeting(PluginAPIClient api, SampleProperties properties) {
		this.api = api;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String version = this.api.getServerVersion();
		logger.info("Mattermost server version: {}", version);
		this.api.logInfo(this.properties.getGreeting(), "server_version", version);
		logger.info("Wrote \"{}\" to the server log", this.properties.getGreeting());
	}

}

package dev.pluginkit.mattermost.autoconfigure.cluster.scan;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Stands for an application's {@code @SpringBootApplication} class: its package is the one
 * scanned for cluster event types.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ScannedApplication {

}

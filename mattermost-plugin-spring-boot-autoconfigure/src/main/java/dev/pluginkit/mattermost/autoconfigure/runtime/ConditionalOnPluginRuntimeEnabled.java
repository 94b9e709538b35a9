package dev.pluginkit.mattermost.autoconfigure.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the plugin runtime runs: {@code mattermost.plugin.runtime.enabled=true}, or
 * that property unset and the {@code MATTERMOST_PLUGIN} environment variable holding
 * go-plugin's magic cookie, as when the Mattermost server launched the process.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnPluginRuntimeEnabledCondition.class)
public @interface ConditionalOnPluginRuntimeEnabled {

}

package dev.pluginkit.mattermost.client.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.AsyncConfigurationOperations;
import dev.pluginkit.mattermost.client.ConfigurationOperations;
import dev.pluginkit.mattermost.pluginapi.v1.GetConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetUnsanitizedConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUnsanitizedConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.LoadPluginConfigurationRequest;
import dev.pluginkit.mattermost.pluginapi.v1.LoadPluginConfigurationResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.SaveConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SaveConfigResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SavePluginConfigRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SavePluginConfigResponse;

/**
 * The configuration domain: its calls, described once, and the blocking and asynchronous
 * parts that the two clients mix in.
 */
final class ConfigurationCalls {

	static final UnaryCall<GetConfigRequest, GetConfigResponse, byte[]> GET_CONFIG = UnaryCall.of(
			PluginAPIGrpc.getGetConfigMethod(), GetConfigRequest.getDefaultInstance(), GetConfigResponse::getError,
			(response) -> response.getConfigJson().toByteArray());

	static final UnaryCall<GetConfigRequest, GetConfigResponse, Map<String, Object>> GET_CONFIG_AS_MAP = GET_CONFIG
		.andThen(JsonObjects::parse);

	static final UnaryCall<GetUnsanitizedConfigRequest, GetUnsanitizedConfigResponse, byte[]> GET_UNSANITIZED_CONFIG = UnaryCall
		.of(PluginAPIGrpc.getGetUnsanitizedConfigMethod(), GetUnsanitizedConfigRequest.getDefaultInstance(),
				GetUnsanitizedConfigResponse::getError, (response) -> response.getConfigJson().toByteArray());

	static final UnaryCall<GetUnsanitizedConfigRequest, GetUnsanitizedConfigResponse, Map<String, Object>> GET_UNSANITIZED_CONFIG_AS_MAP = GET_UNSANITIZED_CONFIG
		.andThen(JsonObjects::parse);

	static UnaryCall<SaveConfigRequest, SaveConfigResponse, Void> saveConfig(byte[] configJson) {
		SaveConfigRequest request = SaveConfigRequest.newBuilder()
			.setConfigJson(ByteString.copyFrom(Arguments.required(configJson, "configJson")))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSaveConfigMethod(), request, SaveConfigResponse::getError);
	}

	static UnaryCall<SaveConfigRequest, SaveConfigResponse, Void> saveConfig(Map<String, Object> configJson) {
		return saveConfig(JsonObjects.write(Arguments.required(configJson, "configJson")));
	}

	static final UnaryCall<GetPluginConfigRequest, GetPluginConfigResponse, Map<String, Object>> GET_PLUGIN_CONFIG = UnaryCall
		.of(PluginAPIGrpc.getGetPluginConfigMethod(), GetPluginConfigRequest.getDefaultInstance(),
				GetPluginConfigResponse::getError, (response) -> ProtoValues.toJava(response.getConfig()));

	static UnaryCall<SavePluginConfigRequest, SavePluginConfigResponse, Void> savePluginConfig(
			Map<String, Object> config) {
		SavePluginConfigRequest request = SavePluginConfigRequest.newBuilder()
			.setConfig(ProtoValues.toStruct(Arguments.required(config, "config")))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getSavePluginConfigMethod(), request,
				SavePluginConfigResponse::getError);
	}

	static final UnaryCall<LoadPluginConfigurationRequest, LoadPluginConfigurationResponse, byte[]> LOAD_PLUGIN_CONFIGURATION = UnaryCall
		.of(PluginAPIGrpc.getLoadPluginConfigurationMethod(), LoadPluginConfigurationRequest.getDefaultInstance(),
				LoadPluginConfigurationResponse::getError, (response) -> response.getConfigJson().toByteArray());

	static final UnaryCall<LoadPluginConfigurationRequest, LoadPluginConfigurationResponse, Map<String, Object>> LOAD_PLUGIN_CONFIGURATION_AS_MAP = LOAD_PLUGIN_CONFIGURATION
		.andThen(JsonObjects::parse);

	private ConfigurationCalls() {
	}

	interface Blocking extends ConfigurationOperations, BlockingCalls {

		@Override
		default byte[] getConfig() {
			return execute(ConfigurationCalls.GET_CONFIG);
		}

		@Override
		default Map<String, Object> getConfigAsMap() {
			return execute(ConfigurationCalls.GET_CONFIG_AS_MAP);
		}

		@Override
		default byte[] getUnsanitizedConfig() {
			return execute(ConfigurationCalls.GET_UNSANITIZED_CONFIG);
		}

		@Override
		default Map<String, Object> getUnsanitizedConfigAsMap() {
			return execute(ConfigurationCalls.GET_UNSANITIZED_CONFIG_AS_MAP);
		}

		@Override
		default void saveConfig(byte[] configJson) {
			execute(ConfigurationCalls.saveConfig(configJson));
		}

		@Override
		default void saveConfig(Map<String, Object> configJson) {
			execute(ConfigurationCalls.saveConfig(configJson));
		}

		@Override
		default Map<String, Object> getPluginConfig() {
			return execute(ConfigurationCalls.GET_PLUGIN_CONFIG);
		}

		@Override
		default void savePluginConfig(Map<String, Object> config) {
			execute(ConfigurationCalls.savePluginConfig(config));
		}

		@Override
		default byte[] loadPluginConfiguration() {
			return execute(ConfigurationCalls.LOAD_PLUGIN_CONFIGURATION);
		}

		@Override
		default Map<String, Object> loadPluginConfigurationAsMap() {
			return execute(ConfigurationCalls.LOAD_PLUGIN_CONFIGURATION_AS_MAP);
		}

	}

	interface Async extends AsyncConfigurationOperations, AsyncCalls {

		@Override
		default CompletableFuture<byte[]> getConfig() {
			return executeAsync(ConfigurationCalls.GET_CONFIG);
		}

		@Override
		default CompletableFuture<Map<String, Object>> getConfigAsMap() {
			return executeAsync(ConfigurationCalls.GET_CONFIG_AS_MAP);
		}

		@Override
		default CompletableFuture<byte[]> getUnsanitizedConfig() {
			return executeAsync(ConfigurationCalls.GET_UNSANITIZED_CONFIG);
		}

		@Override
		default CompletableFuture<Map<String, Object>> getUnsanitizedConfigAsMap() {
			return executeAsync(ConfigurationCalls.GET_UNSANITIZED_CONFIG_AS_MAP);
		}

		@Override
		default CompletableFuture<Void> saveConfig(byte[] configJson) {
			return executeAsync(ConfigurationCalls.saveConfig(configJson));
		}

		@Override
		default CompletableFuture<Void> saveConfig(Map<String, Object> configJson) {
			return executeAsync(ConfigurationCalls.saveConfig(configJson));
		}

		@Override
		default CompletableFuture<Map<String, Object>> getPluginConfig() {
			return executeAsync(ConfigurationCalls.GET_PLUGIN_CONFIG);
		}

		@Override
		default CompletableFuture<Void> savePluginConfig(Map<String, Object> config) {
			return executeAsync(ConfigurationCalls.savePluginConfig(config));
		}

		@Override
		default CompletableFuture<byte[]> loadPluginConfiguration() {
			return executeAsync(ConfigurationCalls.LOAD_PLUGIN_CONFIGURATION);
		}

		@Override
		default CompletableFuture<Map<String, Object>> loadPluginConfigurationAsMap() {
			return executeAsync(ConfigurationCalls.LOAD_PLUGIN_CONFIGURATION_AS_MAP);
		}

	}

}

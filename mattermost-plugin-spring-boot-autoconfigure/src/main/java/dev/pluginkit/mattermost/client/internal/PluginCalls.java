package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.google.protobuf.ByteString;
import dev.pluginkit.mattermost.client.AsyncPluginOperations;
import dev.pluginkit.mattermost.client.PluginOperations;
import dev.pluginkit.mattermost.pluginapi.v1.DisablePluginRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DisablePluginResponse;
import dev.pluginkit.mattermost.pluginapi.v1.EnablePluginRequest;
import dev.pluginkit.mattermost.pluginapi.v1.EnablePluginResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetBundlePathRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetBundlePathResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginIDRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginIDResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginStatusRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginStatusResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPluginsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.InstallPluginRequest;
import dev.pluginkit.mattermost.pluginapi.v1.InstallPluginResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Manifest;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PluginStatus;
import dev.pluginkit.mattermost.pluginapi.v1.RemovePluginRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RemovePluginResponse;

/**
 * The plugin domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class PluginCalls {

	static final UnaryCall<GetPluginIDRequest, GetPluginIDResponse, String> GET_PLUGIN_ID = UnaryCall.of(
			PluginAPIGrpc.getGetPluginIDMethod(), GetPluginIDRequest.getDefaultInstance(),
			GetPluginIDResponse::getError, GetPluginIDResponse::getPluginId);

	static final UnaryCall<GetBundlePathRequest, GetBundlePathResponse, String> GET_BUNDLE_PATH = UnaryCall.of(
			PluginAPIGrpc.getGetBundlePathMethod(), GetBundlePathRequest.getDefaultInstance(),
			GetBundlePathResponse::getError, GetBundlePathResponse::getPath);

	static final UnaryCall<GetPluginsRequest, GetPluginsResponse, List<Manifest>> GET_PLUGINS = UnaryCall.of(
			PluginAPIGrpc.getGetPluginsMethod(), GetPluginsRequest.getDefaultInstance(), GetPluginsResponse::getError,
			GetPluginsResponse::getManifestsList);

	static UnaryCall<GetPluginStatusRequest, GetPluginStatusResponse, PluginStatus> getPluginStatus(String id) {
		GetPluginStatusRequest request = GetPluginStatusRequest.newBuilder()
			.setId(Arguments.required(id, "id"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPluginStatusMethod(), request, GetPluginStatusResponse::getError,
				GetPluginStatusResponse::getStatus);
	}

	static UnaryCall<EnablePluginRequest, EnablePluginResponse, Void> enablePlugin(String id) {
		EnablePluginRequest request = EnablePluginRequest.newBuilder().setId(Arguments.required(id, "id")).build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getEnablePluginMethod(), request,
				EnablePluginResponse::getError);
	}

	static UnaryCall<DisablePluginRequest, DisablePluginResponse, Void> disablePlugin(String id) {
		DisablePluginRequest request = DisablePluginRequest.newBuilder().setId(Arguments.required(id, "id")).build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDisablePluginMethod(), request,
				DisablePluginResponse::getError);
	}

	static UnaryCall<InstallPluginRequest, InstallPluginResponse, Manifest> installPlugin(byte[] fileData,
			boolean replace) {
		InstallPluginRequest request = InstallPluginRequest.newBuilder()
			.setFileData(ByteString.copyFrom(Arguments.required(fileData, "fileData")))
			.setReplace(replace)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getInstallPluginMethod(), request, InstallPluginResponse::getError,
				InstallPluginResponse::getManifest);
	}

	static UnaryCall<RemovePluginRequest, RemovePluginResponse, Void> removePlugin(String id) {
		RemovePluginRequest request = RemovePluginRequest.newBuilder().setId(Arguments.required(id, "id")).build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRemovePluginMethod(), request,
				RemovePluginResponse::getError);
	}

	private PluginCalls() {
	}

	interface Blocking extends PluginOperations, BlockingCalls {

		@Override
		default String getPluginId() {
			return execute(PluginCalls.GET_PLUGIN_ID);
		}

		@Override
		default String getBundlePath() {
			return execute(PluginCalls.GET_BUNDLE_PATH);
		}

		@Override
		default List<Manifest> getPlugins() {
			return execute(PluginCalls.GET_PLUGINS);
		}

		@Override
		default PluginStatus getPluginStatus(String id) {
			return execute(PluginCalls.getPluginStatus(id));
		}

		@Override
		default void enablePlugin(String id) {
			execute(PluginCalls.enablePlugin(id));
		}

		@Override
		default void disablePlugin(String id) {
			execute(PluginCalls.disablePlugin(id));
		}

		@Override
		default Manifest installPlugin(byte[] fileData, boolean replace) {
			return execute(PluginCalls.installPlugin(fileData, replace));
		}

		@Override
		default void removePlugin(String id) {
			execute(PluginCalls.removePlugin(id));
		}

	}

	interface Async extends AsyncPluginOperations, AsyncCalls {

		@Override
		default CompletableFuture<String> getPluginId() {
			return executeAsync(PluginCalls.GET_PLUGIN_ID);
		}

		@Override
		default CompletableFuture<String> getBundlePath() {
			return executeAsync(PluginCalls.GET_BUNDLE_PATH);
		}

		@Override
		default CompletableFuture<List<Manifest>> getPlugins() {
			return executeAsync(PluginCalls.GET_PLUGINS);
		}

		@Override
		default CompletableFuture<PluginStatus> getPluginStatus(String id) {
			return executeAsync(PluginCalls.getPluginStatus(id));
		}

		@Override
		default CompletableFuture<Void> enablePlugin(String id) {
			return executeAsync(PluginCalls.enablePlugin(id));
		}

		@Override
		default CompletableFuture<Void> disablePlugin(String id) {
			return executeAsync(PluginCalls.disablePlugin(id));
		}

		@Override
		default CompletableFuture<Manifest> installPlugin(byte[] fileData, boolean replace) {
			return executeAsync(PluginCalls.installPlugin(fileData, replace));
		}

		@Override
		default CompletableFuture<Void> removePlugin(String id) {
			return executeAsync(PluginCalls.removePlugin(id));
		}

	}

}

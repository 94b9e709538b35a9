package dev.pluginkit.mattermost.client.internal;

import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncOAuthAppOperations;
import dev.pluginkit.mattermost.client.OAuthAppOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CreateOAuthAppRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateOAuthAppResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteOAuthAppRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteOAuthAppResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetOAuthAppRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetOAuthAppResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OAuthApp;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateOAuthAppRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateOAuthAppResponse;

/**
 * The OAuth app domain: its calls, described once, and the blocking and asynchronous
 * parts that the two clients mix in.
 */
final class OAuthAppCalls {

	static UnaryCall<CreateOAuthAppRequest, CreateOAuthAppResponse, OAuthApp> createOAuthApp(OAuthApp app) {
		CreateOAuthAppRequest request = CreateOAuthAppRequest.newBuilder()
			.setApp(Arguments.required(app, "app"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateOAuthAppMethod(), request, CreateOAuthAppResponse::getError,
				CreateOAuthAppResponse::getApp);
	}

	static UnaryCall<GetOAuthAppRequest, GetOAuthAppResponse, OAuthApp> getOAuthApp(String appId) {
		GetOAuthAppRequest request = GetOAuthAppRequest.newBuilder()
			.setAppId(Arguments.required(appId, "appId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetOAuthAppMethod(), request, GetOAuthAppResponse::getError,
				GetOAuthAppResponse::getApp);
	}

	static UnaryCall<UpdateOAuthAppRequest, UpdateOAuthAppResponse, OAuthApp> updateOAuthApp(OAuthApp app) {
		UpdateOAuthAppRequest request = UpdateOAuthAppRequest.newBuilder()
			.setApp(Arguments.required(app, "app"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateOAuthAppMethod(), request, UpdateOAuthAppResponse::getError,
				UpdateOAuthAppResponse::getApp);
	}

	static UnaryCall<DeleteOAuthAppRequest, DeleteOAuthAppResponse, Void> deleteOAuthApp(String appId) {
		DeleteOAuthAppRequest request = DeleteOAuthAppRequest.newBuilder()
			.setAppId(Arguments.required(appId, "appId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteOAuthAppMethod(), request,
				DeleteOAuthAppResponse::getError);
	}

	private OAuthAppCalls() {
	}

	interface Blocking extends OAuthAppOperations, BlockingCalls {

		@Override
		default OAuthApp createOAuthApp(OAuthApp app) {
			return execute(OAuthAppCalls.createOAuthApp(app));
		}

		@Override
		default OAuthApp getOAuthApp(String appId) {
			return execute(OAuthAppCalls.getOAuthApp(appId));
		}

		@Override
		default OAuthApp updateOAuthApp(OAuthApp app) {
			return execute(OAuthAppCalls.updateOAuthApp(app));
		}

		@Override
		default void deleteOAuthApp(String appId) {
			execute(OAuthAppCalls.deleteOAuthApp(appId));
		}

	}

	interface Async extends AsyncOAuthAppOperations, AsyncCalls {

		@Override
		default CompletableFuture<OAuthApp> createOAuthApp(OAuthApp app) {
			return executeAsync(OAuthAppCalls.createOAuthApp(app));
		}

		@Override
		default CompletableFuture<OAuthApp> getOAuthApp(String appId) {
			return executeAsync(OAuthAppCalls.getOAuthApp(appId));
		}

		@Override
		default CompletableFuture<OAuthApp> updateOAuthApp(OAuthApp app) {
			return executeAsync(OAuthAppCalls.updateOAuthApp(app));
		}

		@Override
		default CompletableFuture<Void> deleteOAuthApp(String appId) {
			return executeAsync(OAuthAppCalls.deleteOAuthApp(appId));
		}

	}

}

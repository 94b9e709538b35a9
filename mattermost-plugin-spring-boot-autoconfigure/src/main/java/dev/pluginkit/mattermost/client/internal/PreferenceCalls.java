package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncPreferenceOperations;
import dev.pluginkit.mattermost.client.PluginApiException;
import dev.pluginkit.mattermost.client.PreferenceOperations;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePreferencesForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePreferencesForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferenceForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferenceForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferencesForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPreferencesForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Preference;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePreferencesForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePreferencesForUserResponse;
import io.grpc.Status;

/**
 * The preference domain: its calls, described once, and the blocking and asynchronous
 * parts that the two clients mix in.
 */
final class PreferenceCalls {

	/**
	 * The error that App.GetPreferenceByCategoryAndNameForUser (server/channels/app/preference.go)
	 * returns, as HTTP 400, for any failure of the store's lookup, "not found" included.
	 */
	private static final String PREFERENCE_NOT_READ = "app.preference.get.app_error";

	static UnaryCall<GetPreferenceForUserRequest, GetPreferenceForUserResponse, Optional<Preference>> getPreferenceForUser(
			String userId, String category, String name) {
		GetPreferenceForUserRequest request = GetPreferenceForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setCategory(Arguments.required(category, "category"))
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall
			.of(PluginAPIGrpc.getGetPreferenceForUserMethod(), request, GetPreferenceForUserResponse::getError,
					GetPreferenceForUserResponse::getPreference)
			.andThen(Optional::of)
			.answeringWhen(PreferenceCalls::notSet, Optional::empty);
	}

	private static boolean notSet(PluginApiException failure) {
		return PREFERENCE_NOT_READ.equals(failure.getErrorId())
				&& (failure.getStatusCode() == Status.Code.INVALID_ARGUMENT || failure.getHttpStatus() == 400);
	}

	static UnaryCall<GetPreferencesForUserRequest, GetPreferencesForUserResponse, List<Preference>> getPreferencesForUser(
			String userId) {
		GetPreferencesForUserRequest request = GetPreferencesForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPreferencesForUserMethod(), request,
				GetPreferencesForUserResponse::getError, GetPreferencesForUserResponse::getPreferencesList);
	}

	static UnaryCall<UpdatePreferencesForUserRequest, UpdatePreferencesForUserResponse, Void> updatePreferencesForUser(
			String userId, List<Preference> preferences) {
		UpdatePreferencesForUserRequest request = UpdatePreferencesForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.addAllPreferences(Arguments.elements(preferences, "preferences"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getUpdatePreferencesForUserMethod(), request,
				UpdatePreferencesForUserResponse::getError);
	}

	static UnaryCall<DeletePreferencesForUserRequest, DeletePreferencesForUserResponse, Void> deletePreferencesForUser(
			String userId, List<Preference> preferences) {
		DeletePreferencesForUserRequest request = DeletePreferencesForUserRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.addAllPreferences(Arguments.elements(preferences, "preferences"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeletePreferencesForUserMethod(), request,
				DeletePreferencesForUserResponse::getError);
	}

	private PreferenceCalls() {
	}

	interface Blocking extends PreferenceOperations, BlockingCalls {

		@Override
		default Optional<Preference> getPreferenceForUser(String userId, String category, String name) {
			return execute(PreferenceCalls.getPreferenceForUser(userId, category, name));
		}

		@Override
		default List<Preference> getPreferencesForUser(String userId) {
			return execute(PreferenceCalls.getPreferencesForUser(userId));
		}

		@Override
		default void updatePreferencesForUser(String userId, List<Preference> preferences) {
			execute(PreferenceCalls.updatePreferencesForUser(userId, preferences));
		}

		@Override
		default void deletePreferencesForUser(String userId, List<Preference> preferences) {
			execute(PreferenceCalls.deletePreferencesForUser(userId, preferences));
		}

	}

	interface Async extends AsyncPreferenceOperations, AsyncCalls {

		@Override
		default CompletableFuture<Optional<Preference>> getPreferenceForUser(String userId, String category, String name) {
			return executeAsync(PreferenceCalls.getPreferenceForUser(userId, category, name));
		}

		@Override
		default CompletableFuture<List<Preference>> getPreferencesForUser(String userId) {
			return executeAsync(PreferenceCalls.getPreferencesForUser(userId));
		}

		@Override
		default CompletableFuture<Void> updatePreferencesForUser(String userId, List<Preference> preferences) {
			return executeAsync(PreferenceCalls.updatePreferencesForUser(userId, preferences));
		}

		@Override
		default CompletableFuture<Void> deletePreferencesForUser(String userId, List<Preference> preferences) {
			return executeAsync(PreferenceCalls.deletePreferencesForUser(userId, preferences));
		}

	}

}

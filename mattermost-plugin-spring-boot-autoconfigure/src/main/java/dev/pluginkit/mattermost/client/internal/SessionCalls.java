package dev.pluginkit.mattermost.client.internal;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncSessionOperations;
import dev.pluginkit.mattermost.client.SessionOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CreateSessionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateSessionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUserAccessTokenRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreateUserAccessTokenResponse;
import dev.pluginkit.mattermost.pluginapi.v1.ExtendSessionExpiryRequest;
import dev.pluginkit.mattermost.pluginapi.v1.ExtendSessionExpiryResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetSessionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetSessionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.RevokeSessionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RevokeSessionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.RevokeUserAccessTokenRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RevokeUserAccessTokenResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Session;
import dev.pluginkit.mattermost.pluginapi.v1.UserAccessToken;

/**
 * The session domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class SessionCalls {

	static UnaryCall<CreateSessionRequest, CreateSessionResponse, Session> createSession(Session session) {
		CreateSessionRequest request = CreateSessionRequest.newBuilder()
			.setSession(Arguments.required(session, "session"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateSessionMethod(), request, CreateSessionResponse::getError,
				CreateSessionResponse::getSession);
	}

	static UnaryCall<GetSessionRequest, GetSessionResponse, Session> getSession(String sessionId) {
		GetSessionRequest request = GetSessionRequest.newBuilder()
			.setSessionId(Arguments.required(sessionId, "sessionId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetSessionMethod(), request, GetSessionResponse::getError,
				GetSessionResponse::getSession);
	}

	static UnaryCall<ExtendSessionExpiryRequest, ExtendSessionExpiryResponse, Void> extendSessionExpiry(
			String sessionId, long newExpiry) {
		ExtendSessionExpiryRequest request = ExtendSessionExpiryRequest.newBuilder()
			.setSessionId(Arguments.required(sessionId, "sessionId"))
			.setNewExpiry(newExpiry)
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getExtendSessionExpiryMethod(), request,
				ExtendSessionExpiryResponse::getError);
	}

	static UnaryCall<RevokeSessionRequest, RevokeSessionResponse, Void> revokeSession(String sessionId) {
		RevokeSessionRequest request = RevokeSessionRequest.newBuilder()
			.setSessionId(Arguments.required(sessionId, "sessionId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRevokeSessionMethod(), request,
				RevokeSessionResponse::getError);
	}

	static UnaryCall<CreateUserAccessTokenRequest, CreateUserAccessTokenResponse, UserAccessToken> createUserAccessToken(
			UserAccessToken token) {
		CreateUserAccessTokenRequest request = CreateUserAccessTokenRequest.newBuilder()
			.setToken(Arguments.required(token, "token"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreateUserAccessTokenMethod(), request,
				CreateUserAccessTokenResponse::getError, CreateUserAccessTokenResponse::getToken);
	}

	static UnaryCall<RevokeUserAccessTokenRequest, RevokeUserAccessTokenResponse, Void> revokeUserAccessToken(
			String tokenId) {
		RevokeUserAccessTokenRequest request = RevokeUserAccessTokenRequest.newBuilder()
			.setTokenId(Arguments.required(tokenId, "tokenId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getRevokeUserAccessTokenMethod(), request,
				RevokeUserAccessTokenResponse::getError);
	}

	private SessionCalls() {
	}

	interface Blocking extends SessionOperations, BlockingCalls {

		@Override
		default Session createSession(Session session) {
			return execute(SessionCalls.createSession(session));
		}

		@Override
		default Session getSession(String sessionId) {
			return execute(SessionCalls.getSession(sessionId));
		}

		@Override
		default void extendSessionExpiry(String sessionId, long newExpiry) {
			execute(SessionCalls.extendSessionExpiry(sessionId, newExpiry));
		}

		@Override
		default void extendSessionExpiry(String sessionId, Instant newExpiry) {
			execute(SessionCalls.extendSessionExpiry(sessionId, Arguments.epochMillis(newExpiry, "newExpiry")));
		}

		@Override
		default void revokeSession(String sessionId) {
			execute(SessionCalls.revokeSession(sessionId));
		}

		@Override
		default UserAccessToken createUserAccessToken(UserAccessToken token) {
			return execute(SessionCalls.createUserAccessToken(token));
		}

		@Override
		default void revokeUserAccessToken(String tokenId) {
			execute(SessionCalls.revokeUserAccessToken(tokenId));
		}

	}

	interface Async extends AsyncSessionOperations, AsyncCalls {

		@Override
		default CompletableFuture<Session> createSession(Session session) {
			return executeAsync(SessionCalls.createSession(session));
		}

		@Override
		default CompletableFuture<Session> getSession(String sessionId) {
			return executeAsync(SessionCalls.getSession(sessionId));
		}

		@Override
		default CompletableFuture<Void> extendSessionExpiry(String sessionId, long newExpiry) {
			return executeAsync(SessionCalls.extendSessionExpiry(sessionId, newExpiry));
		}

		@Override
		default CompletableFuture<Void> extendSessionExpiry(String sessionId, Instant newExpiry) {
			return executeAsync(SessionCalls.extendSessionExpiry(sessionId, Arguments.epochMillis(newExpiry, "newExpiry")));
		}

		@Override
		default CompletableFuture<Void> revokeSession(String sessionId) {
			return executeAsync(SessionCalls.revokeSession(sessionId));
		}

		@Override
		default CompletableFuture<UserAccessToken> createUserAccessToken(UserAccessToken token) {
			return executeAsync(SessionCalls.createUserAccessToken(token));
		}

		@Override
		default CompletableFuture<Void> revokeUserAccessToken(String tokenId) {
			return executeAsync(SessionCalls.revokeUserAccessToken(tokenId));
		}

	}

}

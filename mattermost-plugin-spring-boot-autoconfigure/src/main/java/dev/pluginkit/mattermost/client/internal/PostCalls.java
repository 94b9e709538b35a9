package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import dev.pluginkit.mattermost.client.AsyncPostOperations;
import dev.pluginkit.mattermost.client.PostOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteEphemeralPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeleteEphemeralPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostThreadRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostThreadResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsAfterRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsAfterResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsBeforeRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsBeforeResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsForChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsForChannelResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsSinceRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPostsSinceResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.PostList;
import dev.pluginkit.mattermost.pluginapi.v1.PostSearchResults;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParameter;
import dev.pluginkit.mattermost.pluginapi.v1.SearchParams;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamForUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamForUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPostsInTeamResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SendEphemeralPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SendEphemeralPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateEphemeralPostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdateEphemeralPostResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePostRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePostResponse;

/**
 * The post domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class PostCalls {

	static UnaryCall<CreatePostRequest, CreatePostResponse, Post> createPost(Post post) {
		CreatePostRequest request = CreatePostRequest.newBuilder().setPost(Arguments.required(post, "post")).build();
		return UnaryCall.of(PluginAPIGrpc.getCreatePostMethod(), request, CreatePostResponse::getError,
				CreatePostResponse::getPost);
	}

	static UnaryCall<GetPostRequest, GetPostResponse, Post> getPost(String postId) {
		GetPostRequest request = GetPostRequest.newBuilder().setPostId(Arguments.required(postId, "postId")).build();
		return UnaryCall.of(PluginAPIGrpc.getGetPostMethod(), request, GetPostResponse::getError,
				GetPostResponse::getPost);
	}

	static UnaryCall<GetPostThreadRequest, GetPostThreadResponse, PostList> getPostThread(String postId) {
		GetPostThreadRequest request = GetPostThreadRequest.newBuilder()
			.setPostId(Arguments.required(postId, "postId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPostThreadMethod(), request, GetPostThreadResponse::getError,
				GetPostThreadResponse::getPostList);
	}

	static UnaryCall<GetPostsForChannelRequest, GetPostsForChannelResponse, PostList> getPostsForChannel(
			String channelId, int page, int perPage) {
		GetPostsForChannelRequest request = GetPostsForChannelRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPostsForChannelMethod(), request, GetPostsForChannelResponse::getError,
				GetPostsForChannelResponse::getPostList);
	}

	static UnaryCall<GetPostsSinceRequest, GetPostsSinceResponse, PostList> getPostsSince(String channelId, long time) {
		GetPostsSinceRequest request = GetPostsSinceRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setTime(time)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPostsSinceMethod(), request, GetPostsSinceResponse::getError,
				GetPostsSinceResponse::getPostList);
	}

	static UnaryCall<GetPostsBeforeRequest, GetPostsBeforeResponse, PostList> getPostsBefore(String channelId,
			String postId, int page, int perPage) {
		GetPostsBeforeRequest request = GetPostsBeforeRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setPostId(Arguments.required(postId, "postId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPostsBeforeMethod(), request, GetPostsBeforeResponse::getError,
				GetPostsBeforeResponse::getPostList);
	}

	static UnaryCall<GetPostsAfterRequest, GetPostsAfterResponse, PostList> getPostsAfter(String channelId,
			String postId, int page, int perPage) {
		GetPostsAfterRequest request = GetPostsAfterRequest.newBuilder()
			.setChannelId(Arguments.required(channelId, "channelId"))
			.setPostId(Arguments.required(postId, "postId"))
			.setPage(page)
			.setPerPage(perPage)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPostsAfterMethod(), request, GetPostsAfterResponse::getError,
				GetPostsAfterResponse::getPostList);
	}

	static UnaryCall<SearchPostsInTeamRequest, SearchPostsInTeamResponse, List<Post>> searchPostsInTeam(String teamId,
			List<SearchParams> paramsList) {
		SearchPostsInTeamRequest request = SearchPostsInTeamRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.addAllParamsList(Arguments.elements(paramsList, "paramsList"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getSearchPostsInTeamMethod(), request, SearchPostsInTeamResponse::getError,
				SearchPostsInTeamResponse::getPostsList);
	}

	static UnaryCall<SearchPostsInTeamForUserRequest, SearchPostsInTeamForUserResponse, PostSearchResults> searchPostsInTeamForUser(
			String teamId, String userId, SearchParameter searchParams) {
		SearchPostsInTeamForUserRequest request = SearchPostsInTeamForUserRequest.newBuilder()
			.setTeamId(Arguments.required(teamId, "teamId"))
			.setUserId(Arguments.required(userId, "userId"))
			.setSearchParams(Arguments.required(searchParams, "searchParams"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getSearchPostsInTeamForUserMethod(), request,
				SearchPostsInTeamForUserResponse::getError, SearchPostsInTeamForUserResponse::getResults);
	}

	static UnaryCall<UpdatePostRequest, UpdatePostResponse, Post> updatePost(Post post) {
		UpdatePostRequest request = UpdatePostRequest.newBuilder().setPost(Arguments.required(post, "post")).build();
		return UnaryCall.of(PluginAPIGrpc.getUpdatePostMethod(), request, UpdatePostResponse::getError,
				UpdatePostResponse::getPost);
	}

	static UnaryCall<DeletePostRequest, DeletePostResponse, Void> deletePost(String postId) {
		DeletePostRequest request = DeletePostRequest.newBuilder()
			.setPostId(Arguments.required(postId, "postId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeletePostMethod(), request, DeletePostResponse::getError);
	}

	static UnaryCall<SendEphemeralPostRequest, SendEphemeralPostResponse, Post> sendEphemeralPost(String userId,
			Post post) {
		SendEphemeralPostRequest request = SendEphemeralPostRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setPost(Arguments.required(post, "post"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getSendEphemeralPostMethod(), request, SendEphemeralPostResponse::getError,
				SendEphemeralPostResponse::getPost);
	}

	static UnaryCall<UpdateEphemeralPostRequest, UpdateEphemeralPostResponse, Post> updateEphemeralPost(String userId,
			Post post) {
		UpdateEphemeralPostRequest request = UpdateEphemeralPostRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setPost(Arguments.required(post, "post"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdateEphemeralPostMethod(), request,
				UpdateEphemeralPostResponse::getError, UpdateEphemeralPostResponse::getPost);
	}

	static UnaryCall<DeleteEphemeralPostRequest, DeleteEphemeralPostResponse, Void> deleteEphemeralPost(String userId,
			String postId) {
		DeleteEphemeralPostRequest request = DeleteEphemeralPostRequest.newBuilder()
			.setUserId(Arguments.required(userId, "userId"))
			.setPostId(Arguments.required(postId, "postId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeleteEphemeralPostMethod(), request,
				DeleteEphemeralPostResponse::getError);
	}

	private PostCalls() {
	}

	interface Blocking extends PostOperations, BlockingCalls {

		@Override
		default Post createPost(Post post) {
			return execute(PostCalls.createPost(post));
		}

		@Override
		default Post getPost(String postId) {
			return execute(PostCalls.getPost(postId));
		}

		@Override
		default PostList getPostThread(String postId) {
			return execute(PostCalls.getPostThread(postId));
		}

		@Override
		default PostList getPostsForChannel(String channelId, int page, int perPage) {
			return execute(PostCalls.getPostsForChannel(channelId, page, perPage));
		}

		@Override
		default Stream<Post> getPostsForChannelStream(String channelId, int pageSize) {
			return Paging.stream(pageSize,
					(page) -> Results.postsInOrder(execute(PostCalls.getPostsForChannel(channelId, page, pageSize))));
		}

		@Override
		default PostList getPostsSince(String channelId, long time) {
			return execute(PostCalls.getPostsSince(channelId, time));
		}

		@Override
		default PostList getPostsBefore(String channelId, String postId, int page, int perPage) {
			return execute(PostCalls.getPostsBefore(channelId, postId, page, perPage));
		}

		@Override
		default Stream<Post> getPostsBeforeStream(String channelId, String postId, int pageSize) {
			return Paging.stream(pageSize, (page) -> Results
				.postsInOrder(execute(PostCalls.getPostsBefore(channelId, postId, page, pageSize))));
		}

		@Override
		default PostList getPostsAfter(String channelId, String postId, int page, int perPage) {
			return execute(PostCalls.getPostsAfter(channelId, postId, page, perPage));
		}

		@Override
		default Stream<Post> getPostsAfterStream(String channelId, String postId, int pageSize) {
			return Paging.stream(pageSize, (page) -> Results
				.postsInOrder(execute(PostCalls.getPostsAfter(channelId, postId, page, pageSize))));
		}

		@Override
		default List<Post> searchPostsInTeam(String teamId, List<SearchParams> paramsList) {
			return execute(PostCalls.searchPostsInTeam(teamId, paramsList));
		}

		@Override
		default PostSearchResults searchPostsInTeamForUser(String teamId, String userId, SearchParameter searchParams) {
			return execute(PostCalls.searchPostsInTeamForUser(teamId, userId, searchParams));
		}

		@Override
		default Stream<Post> searchPostsInTeamForUserStream(String teamId, String userId, SearchParameter searchParams,
				int pageSize) {
			Arguments.required(searchParams, "searchParams");
			return Paging.stream(pageSize, (page) -> {
				PostSearchResults results = execute(PostCalls.searchPostsInTeamForUser(teamId, userId,
						searchParams.toBuilder().setPage(page).setPerPage(pageSize).build()));
				return results.getOrderList()
					.stream()
					.filter(results::containsPosts)
					.map(results::getPostsOrThrow)
					.toList();
			});
		}

		@Override
		default Post updatePost(Post post) {
			return execute(PostCalls.updatePost(post));
		}

		@Override
		default void deletePost(String postId) {
			execute(PostCalls.deletePost(postId));
		}

		@Override
		default Post sendEphemeralPost(String userId, Post post) {
			return execute(PostCalls.sendEphemeralPost(userId, post));
		}

		@Override
		default Post updateEphemeralPost(String userId, Post post) {
			return execute(PostCalls.updateEphemeralPost(userId, post));
		}

		@Override
		default void deleteEphemeralPost(String userId, String postId) {
			execute(PostCalls.deleteEphemeralPost(userId, postId));
		}

	}

	interface Async extends AsyncPostOperations, AsyncCalls {

		@Override
		default CompletableFuture<Post> createPost(Post post) {
			return executeAsync(PostCalls.createPost(post));
		}

		@Override
		default CompletableFuture<Post> getPost(String postId) {
			return executeAsync(PostCalls.getPost(postId));
		}

		@Override
		default CompletableFuture<PostList> getPostThread(String postId) {
			return executeAsync(PostCalls.getPostThread(postId));
		}

		@Override
		default CompletableFuture<PostList> getPostsForChannel(String channelId, int page, int perPage) {
			return executeAsync(PostCalls.getPostsForChannel(channelId, page, perPage));
		}

		@Override
		default CompletableFuture<PostList> getPostsSince(String channelId, long time) {
			return executeAsync(PostCalls.getPostsSince(channelId, time));
		}

		@Override
		default CompletableFuture<PostList> getPostsBefore(String channelId, String postId, int page, int perPage) {
			return executeAsync(PostCalls.getPostsBefore(channelId, postId, page, perPage));
		}

		@Override
		default CompletableFuture<PostList> getPostsAfter(String channelId, String postId, int page, int perPage) {
			return executeAsync(PostCalls.getPostsAfter(channelId, postId, page, perPage));
		}

		@Override
		default CompletableFuture<List<Post>> searchPostsInTeam(String teamId, List<SearchParams> paramsList) {
			return executeAsync(PostCalls.searchPostsInTeam(teamId, paramsList));
		}

		@Override
		default CompletableFuture<PostSearchResults> searchPostsInTeamForUser(String teamId, String userId,
				SearchParameter searchParams) {
			return executeAsync(PostCalls.searchPostsInTeamForUser(teamId, userId, searchParams));
		}

		@Override
		default CompletableFuture<Post> updatePost(Post post) {
			return executeAsync(PostCalls.updatePost(post));
		}

		@Override
		default CompletableFuture<Void> deletePost(String postId) {
			return executeAsync(PostCalls.deletePost(postId));
		}

		@Override
		default CompletableFuture<Post> sendEphemeralPost(String userId, Post post) {
			return executeAsync(PostCalls.sendEphemeralPost(userId, post));
		}

		@Override
		default CompletableFuture<Post> updateEphemeralPost(String userId, Post post) {
			return executeAsync(PostCalls.updateEphemeralPost(userId, post));
		}

		@Override
		default CompletableFuture<Void> deleteEphemeralPost(String userId, String postId) {
			return executeAsync(PostCalls.deleteEphemeralPost(userId, postId));
		}

	}

}

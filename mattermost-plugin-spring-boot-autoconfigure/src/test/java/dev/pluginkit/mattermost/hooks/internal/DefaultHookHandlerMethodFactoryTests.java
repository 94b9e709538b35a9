package dev.pluginkit.mattermost.hooks.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.HookInvocation;
import dev.pluginkit.mattermost.hooks.HookReturnValueHandler;
import dev.pluginkit.mattermost.hooks.InvalidHookHandlerException;
import dev.pluginkit.mattermost.hooks.Verdict;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.ChannelMember;
import dev.pluginkit.mattermost.pluginapi.v1.FileWillBeUploadedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.FileWillBeUploadedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessageWillBeUpdatedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.MessagesWillBeConsumedRequest;
import dev.pluginkit.mattermost.pluginapi.v1.MessagesWillBeConsumedResponse;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateRequest;
import dev.pluginkit.mattermost.pluginapi.v1.OnActivateResponse;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.pluginapi.v1.RunDataRetentionRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RunDataRetentionResponse;
import dev.pluginkit.mattermost.pluginapi.v1.User;
import dev.pluginkit.mattermost.pluginapi.v1.UserHasJoinedChannelRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UserWillLogInRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UserWillLogInResponse;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How handler parameters are resolved from the request and return values written into the
 * response, hook by hook.
 */
class DefaultHookHandlerMethodFactoryTests {

	private final DefaultHookHandlerMethodFactory factory = new DefaultHookHandlerMethodFactory(List.of(), List.of());

	@Test
	void resolvesFieldsOfTheSameTypeByTheParametersNames() throws Exception {
		Message response = call(new Handlers(), "edited", "MessageWillBeUpdated", MessageWillBeUpdatedRequest.newBuilder()
			.setNewPost(Post.newBuilder().setMessage("new"))
			.setOldPost(Post.newBuilder().setMessage("old"))
			.build());

		assertThat(((MessageWillBeUpdatedResponse) response).getModifiedPost().getMessage()).isEqualTo("old -> new");
	}

	@Test
	void resolvesAnAbsentMessageFieldToNullOrAnEmptyOptional() throws Exception {
		Handlers handlers = new Handlers();

		call(handlers, "joined", "UserHasJoinedChannel",
				UserHasJoinedChannelRequest.newBuilder().setChannelMember(ChannelMember.newBuilder().setUserId("u1")).build());

		assertThat(handlers.seen).containsExactly("u1", null, Optional.empty());
	}

	@Test
	void resolvesScalarFieldsByNameAndAnswersAScalarField() throws Exception {
		Message response = call(new Handlers(), "retain", "RunDataRetention",
				RunDataRetentionRequest.newBuilder().setNowTime(1000).setBatchSize(10).build());

		assertThat(((RunDataRetentionResponse) response).getDeletedCount()).isEqualTo(1010);
	}

	@Test
	void resolvesAndAnswersRepeatedFieldsAsLists() throws Exception {
		Message response = call(new Handlers(), "consumed", "MessagesWillBeConsumed", MessagesWillBeConsumedRequest
			.newBuilder()
			.addPosts(Post.newBuilder().setMessage("keep"))
			.addPosts(Post.newBuilder().setMessage("drop"))
			.build());

		assertThat(((MessagesWillBeConsumedResponse) response).getPostsList()).extracting(Post::getMessage)
			.containsExactly("keep");
	}

	@Test
	void takesAndAnswersBytesAsByteArrays() throws Exception {
		Message response = call(new Handlers(), "uploaded", "FileWillBeUploaded",
				FileWillBeUploadedRequest.newBuilder().setFileContent(ByteString.copyFromUtf8("abc")).build());

		assertThat(((FileWillBeUploadedResponse) response).getModifiedContent().toStringUtf8()).isEqualTo("ABC");
	}

	@Test
	void answersAnAppErrorReturnedByALifecycleHandler() throws Exception {
		Message response = call(new Handlers(), "refuse", "OnActivate", OnActivateRequest.getDefaultInstance());

		assertThat(((OnActivateResponse) response).getError().getId()).isEqualTo("sample.not_configured");
	}

	@Test
	void answersWhatAUserReturnValueHandlerWrites() throws Exception {
		DefaultHookHandlerMethodFactory withHandler = new DefaultHookHandlerMethodFactory(List.of(), List.of(new AllowedHandler()));
		Hook hook = Hook.named("UserWillLogIn");
		Message.Builder response = hook.responsePrototype().newBuilderForType();

		withHandler.create(hook, Handlers::new, method("allowed"), 0)
			.invoke(HookInvocation.of(hook, UserWillLogInRequest.getDefaultInstance()), response);

		assertThat(((UserWillLogInResponse) response.build()).getRejectionReason()).isEqualTo("not allowed");
	}

	@Test
	void refusesAVerdictOfATypeTheHookCannotTake() {
		assertThatExceptionOfType(InvalidHookHandlerException.class)
			.isThrownBy(() -> this.factory.create(Hook.named("MessageWillBePosted"), Handlers::new, method("wrongVerdict"), 0))
			.withMessageContaining("Verdict<User> cannot replace anything in MessageWillBePostedResponse")
			.withMessageContaining("Post (modified_post)");
	}

	@Test
	void refusesAVerdictOnAHookThatCannotVeto() {
		assertThatExceptionOfType(InvalidHookHandlerException.class)
			.isThrownBy(() -> this.factory.create(Hook.named("MessageHasBeenPosted"), Handlers::new, method("lateVerdict"), 0))
			.withMessageContaining("MessageHasBeenPosted cannot veto anything");
	}

	private Message call(Object bean, String methodName, String hookName, Message request) throws Exception {
		Hook hook = Hook.named(hookName);
		Message.Builder response = hook.responsePrototype().newBuilderForType();
		this.factory.create(hook, () -> bean, method(methodName), 0).invoke(HookInvocation.of(hook, request), response);
		return response.build();
	}

	private static Method method(String name) {
		for (Method method : ReflectionUtils.getDeclaredMethods(Handlers.class)) {
			if (method.getName().equals(name)) {
				return method;
			}
		}
		throw new IllegalArgumentException(name);
	}

	static class Handlers {

		final List<Object> seen = new java.util.ArrayList<>();

		Post edited(Post oldPost, Post newPost) {
			return newPost.toBuilder().setMessage(oldPost.getMessage() + " -> " + newPost.getMessage()).build();
		}

		void joined(ChannelMember channelMember, User actor, Optional<User> maybeActor) {
			this.seen.add(channelMember.getUserId());
			this.seen.add(actor);
			this.seen.add(maybeActor);
		}

		long retain(long nowTime, long batchSize) {
			return nowTime + batchSize;
		}

		List<Post> consumed(List<Post> posts) {
			return posts.stream().filter((post) -> post.getMessage().equals("keep")).toList();
		}

		byte[] uploaded(byte[] fileContent) {
			return new String(fileContent).toUpperCase().getBytes();
		}

		AppError refuse() {
			return AppError.newBuilder().setId("sample.not_configured").build();
		}

		Boolean allowed(User user) {
			return false;
		}

		Verdict<User> wrongVerdict(Post post) {
			return Verdict.allow();
		}

		Verdict<Post> lateVerdict(Post post) {
			return Verdict.allow();
		}

	}

	/** Answers a Boolean as a login decision. */
	static class AllowedHandler implements HookReturnValueHandler {

		@Override
		public boolean supportsReturnType(MethodParameter returnType, Hook hook) {
			return returnType.getParameterType() == Boolean.class && hook.kind() == Hook.Kind.VETO;
		}

		@Override
		public void handleReturnValue(Object returnValue, MethodParameter returnType, HookInvocation invocation,
				Message.Builder response) {
			if (Boolean.FALSE.equals(returnValue)) {
				response.setField(invocation.hook().rejectionReasonField(), "not allowed");
			}
		}

	}

}

package dev.pluginkit.mattermost.hooks.internal;

import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.pluginkit.mattermost.hooks.Hook;
import dev.pluginkit.mattermost.hooks.MessageFilter;
import dev.pluginkit.mattermost.pluginapi.v1.Post;

import org.springframework.core.MethodParameter;

/**
 * A {@link MessageFilter @MessageFilter}'s {@code Post} parameter in MessageWillBeUpdated,
 * whose request has two posts: the new one, unless the parameter is named after the old one.
 * In MessageWillBePosted the request's one post binds as any handler's does.
 */
final class MessageFilterPostArgumentBinder implements ArgumentBinder {

	@Override
	public BoundArgument bind(MethodParameter parameter, Hook hook) {
		if (parameter.getParameterType() != Post.class || !parameter.hasMethodAnnotation(MessageFilter.class)) {
			return null;
		}
		FieldDescriptor newPost = hook.requestDescriptor().findFieldByName("new_post");
		String name = parameter.getParameterName();
		if (newPost == null || "oldPost".equals(name) || "old_post".equals(name)) {
			return null;
		}
		return (invocation) -> invocation.request().getField(newPost);
	}

}

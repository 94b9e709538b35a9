package dev.pluginkit.mattermost.test.driver;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.RequestContext;
import dev.pluginkit.mattermost.test.internal.Ids;

/**
 * Fills the call metadata of a hook request the way the server does, where the request has
 * the fields and the test left them unset: {@code RequestContext context} with the plugin
 * id and a fresh request id, {@code PluginContext plugin_context} with the same request id.
 * Found by descriptor, so that every hook request, present and future, gets them.
 */
final class HookContexts {

	private HookContexts() {
	}

	/**
	 * Returns the request with its unset contexts filled.
	 * @param <T> the request type
	 * @param request the request as the test built it
	 * @param pluginId the id of the plugin the call is addressed to
	 * @return the request, or a filled copy of it
	 */
	@SuppressWarnings("unchecked")
	static <T> T fill(T request, String pluginId) {
		if (!(request instanceof Message message)) {
			return request;
		}
		Descriptor type = message.getDescriptorForType();
		FieldDescriptor context = messageField(type, "context", RequestContext.getDescriptor());
		FieldDescriptor pluginContext = messageField(type, "plugin_context", PluginContext.getDescriptor());
		boolean fillContext = context != null && !message.hasField(context);
		boolean fillPluginContext = pluginContext != null && !message.hasField(pluginContext);
		if (!fillContext && !fillPluginContext) {
			return request;
		}
		String requestId = Ids.newId();
		Message.Builder builder = message.toBuilder();
		if (fillContext) {
			builder.setField(context, RequestContext.newBuilder().setPluginId(pluginId).setRequestId(requestId).build());
		}
		if (fillPluginContext) {
			builder.setField(pluginContext, PluginContext.newBuilder().setRequestId(requestId).build());
		}
		return (T) builder.build();
	}

	private static FieldDescriptor messageField(Descriptor type, String name, Descriptor fieldType) {
		FieldDescriptor field = type.findFieldByName(name);
		if (field == null || field.isRepeated() || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE
				|| !field.getMessageType().getFullName().equals(fieldType.getFullName())) {
			return null;
		}
		return field;
	}

}

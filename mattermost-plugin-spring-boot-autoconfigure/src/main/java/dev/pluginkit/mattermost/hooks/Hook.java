package dev.pluginkit.mattermost.hooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import io.grpc.MethodDescriptor.PrototypeMarshaller;

/**
 * One unary hook of the {@code PluginHooks} service: its name, request and response types and
 * the kind of answer it expects. The catalogue is read from the generated service descriptor,
 * so it holds exactly the 40 unary hooks of the contract ({@code Implemented} and the
 * streaming {@code ServeHTTP} are not hooks a handler can take).
 */
public final class Hook {

	/** The answer a hook expects, which decides what a handler's failure becomes. */
	public enum Kind {

		/**
		 * The response carries {@code AppError error = 1} (OnActivate, ExecuteCommand, ...): a
		 * handler's exception comes back as that error, with the exception's message.
		 */
		APP_ERROR,

		/**
		 * The response carries a {@code rejection_reason} (MessageWillBePosted, UserWillLogIn,
		 * ...): the handler answers the modified value or a rejection; a failure lets the
		 * input through unless the application fails closed.
		 */
		VETO,

		/**
		 * The response is empty (MessageHasBeenPosted, UserHasJoinedChannel, ...): several
		 * handlers may take the hook, and its request is also published as an application
		 * event; a failure answers {@code INTERNAL}.
		 */
		NOTIFICATION,

		/**
		 * The response carries a value and no error (MessagesWillBeConsumed,
		 * OnSharedChannelsPing): a failure answers {@code INTERNAL}.
		 */
		RESULT

	}

	private static final String ERROR_FIELD = "error";

	private static final String REJECTION_REASON_FIELD = "rejection_reason";

	/**
	 * The hooks whose handlers form a chain, with the response fields (first of each pair)
	 * that replace request fields (second) for the next handler. EmailNotificationWillBeSent
	 * is not among them: its replacement, the content, is not a field of its request.
	 */
	private static final Map<String, String[]> CHAINS = Map.of(
			"MessageWillBePosted", new String[] { "modified_post", "post" },
			"MessageWillBeUpdated", new String[] { "modified_post", "new_post" },
			"FileWillBeUploaded", new String[] { "modified_file_info", "file_info", "modified_content", "file_content" },
			"NotificationWillBePushed", new String[] { "modified_notification", "push_notification" },
			"UserWillLogIn", new String[0],
			"ConfigurationWillBeSaved", new String[] { "modified_config", "new_config" },
			"MessagesWillBeConsumed", new String[] { "posts", "posts" });

	private static final Map<String, Hook> HOOKS = readCatalogue();

	private static final List<Hook> ALL = List.copyOf(HOOKS.values());

	private final int index;

	private final MethodDescriptor<Message, Message> method;

	private final Message requestPrototype;

	private final Message responsePrototype;

	private final Kind kind;

	private final HookPolicy policy;

	private final Map<FieldDescriptor, FieldDescriptor> chainedFields;

	private Hook(int index, MethodDescriptor<Message, Message> method) {
		this.index = index;
		this.method = method;
		this.requestPrototype = prototype(method.getRequestMarshaller());
		this.responsePrototype = prototype(method.getResponseMarshaller());
		this.kind = kindOf(this.responsePrototype.getDescriptorForType());
		String[] chained = CHAINS.get(name());
		this.chainedFields = (chained != null) ? chainedFields(chained) : Map.of();
		this.policy = policyOf(chained, this.kind, this.responsePrototype.getDescriptorForType());
	}

	/**
	 * The 40 unary hooks, in the order the service declares them.
	 * @return every hook a handler can take
	 */
	public static List<Hook> all() {
		return ALL;
	}

	/**
	 * The hook of that name.
	 * @param name the hook's name as the service spells it, for example
	 * {@code "ExecuteCommand"}
	 * @return the hook
	 * @throws IllegalArgumentException if no unary hook has that name
	 */
	public static Hook named(String name) {
		Hook hook = HOOKS.get(name);
		if (hook == null) {
			throw new IllegalArgumentException("'" + name + "' is not a hook that a handler can take; the hooks are "
					+ String.join(", ", HOOKS.keySet()));
		}
		return hook;
	}

	/**
	 * The hook's name, for example {@code "MessageWillBePosted"}; the name {@code Implemented}
	 * answers for it.
	 * @return the name
	 */
	public String name() {
		return this.method.getBareMethodName();
	}

	/**
	 * The position of the hook in {@link #all()}, for tables indexed by hook.
	 * @return the index, from 0
	 */
	public int index() {
		return this.index;
	}

	/**
	 * What the hook answers, and so what a failure becomes.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Whether several handlers may all run for one call: true when its response has nothing
	 * to say but, perhaps, an error. Other hooks take several handlers too, but as a
	 * {@linkplain HookPolicy#CHAIN chain} or the {@linkplain HookPolicy#FIRST_MATCH first
	 * match}.
	 * @return whether every matching handler runs
	 */
	public boolean acceptsSeveralHandlers() {
		return this.policy == HookPolicy.ALL;
	}

	/**
	 * How the hook's handlers share a call: {@link HookPolicy#CHAIN} for the hooks that pass a
	 * value on (MessageWillBePosted, MessageWillBeUpdated, FileWillBeUploaded,
	 * NotificationWillBePushed, UserWillLogIn, ConfigurationWillBeSaved,
	 * MessagesWillBeConsumed), {@link HookPolicy#ALL} for those that answer nothing but
	 * perhaps an error, {@link HookPolicy#FIRST_MATCH} for the others (ExecuteCommand, ...).
	 * @return the policy
	 */
	public HookPolicy policy() {
		return this.policy;
	}

	/**
	 * For a {@linkplain HookPolicy#CHAIN chain}: which request field each response field
	 * replaces for the next handler, such as {@code modified_post} for {@code post}.
	 * @return request field by response field; empty for other hooks, and for a chain that
	 * passes nothing on but the absence of a rejection (UserWillLogIn)
	 */
	public Map<FieldDescriptor, FieldDescriptor> chainedFields() {
		return this.chainedFields;
	}

	/**
	 * The generated request class, such as {@code MessageWillBePostedRequest}.
	 * @return the request class
	 */
	public Class<? extends Message> requestType() {
		return this.requestPrototype.getClass();
	}

	/**
	 * The generated response class, such as {@code MessageWillBePostedResponse}.
	 * @return the response class
	 */
	public Class<? extends Message> responseType() {
		return this.responsePrototype.getClass();
	}

	/**
	 * The request's default instance, whose descriptor names its fields.
	 * @return the empty request
	 */
	public Message requestPrototype() {
		return this.requestPrototype;
	}

	/**
	 * The response's default instance: what the hook answers when nothing changes.
	 * @return the empty response
	 */
	public Message responsePrototype() {
		return this.responsePrototype;
	}

	/**
	 * The protobuf description of the request.
	 * @return the request's descriptor
	 */
	public Descriptor requestDescriptor() {
		return this.requestPrototype.getDescriptorForType();
	}

	/**
	 * The protobuf description of the response.
	 * @return the response's descriptor
	 */
	public Descriptor responseDescriptor() {
		return this.responsePrototype.getDescriptorForType();
	}

	/**
	 * The response's {@code AppError error = 1} field, for {@link Kind#APP_ERROR} hooks.
	 * @return the field, or {@code null} when the response has none
	 */
	public FieldDescriptor errorField() {
		return (this.kind == Kind.APP_ERROR) ? responseDescriptor().findFieldByName(ERROR_FIELD) : null;
	}

	/**
	 * The response's {@code rejection_reason} field, for {@link Kind#VETO} hooks.
	 * @return the field, or {@code null} when the response has none
	 */
	public FieldDescriptor rejectionReasonField() {
		return responseDescriptor().findFieldByName(REJECTION_REASON_FIELD);
	}

	/**
	 * The gRPC method of the hook, as generated in {@link PluginHooksGrpc}.
	 * @return the method descriptor
	 */
	public MethodDescriptor<Message, Message> methodDescriptor() {
		return this.method;
	}

	@Override
	public String toString() {
		return name();
	}

	private Map<FieldDescriptor, FieldDescriptor> chainedFields(String[] pairs) {
		Map<FieldDescriptor, FieldDescriptor> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(responseDescriptor().findFieldByName(pairs[i]), requestDescriptor().findFieldByName(pairs[i + 1]));
		}
		return Collections.unmodifiableMap(fields);
	}

	private static HookPolicy policyOf(String[] chained, Kind kind, Descriptor response) {
		if (chained != null) {
			return HookPolicy.CHAIN;
		}
		List<FieldDescriptor> fields = response.getFields();
		return (fields.isEmpty() || (kind == Kind.APP_ERROR && fields.size() == 1)) ? HookPolicy.ALL
				: HookPolicy.FIRST_MATCH;
	}

	private static Kind kindOf(Descriptor response) {
		FieldDescriptor error = response.findFieldByName(ERROR_FIELD);
		if (error != null && error.getNumber() == 1 && error.getType() == FieldDescriptor.Type.MESSAGE
				&& error.getMessageType().equals(AppError.getDescriptor())) {
			return Kind.APP_ERROR;
		}
		if (response.findFieldByName(REJECTION_REASON_FIELD) != null) {
			return Kind.VETO;
		}
		return response.getFields().isEmpty() ? Kind.NOTIFICATION : Kind.RESULT;
	}

	private static Message prototype(MethodDescriptor.Marshaller<?> marshaller) {
		return (Message) ((PrototypeMarshaller<?>) marshaller).getMessagePrototype();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Hook> readCatalogue() {
		Map<String, Hook> hooks = new LinkedHashMap<>();
		List<MethodDescriptor<?, ?>> methods = new ArrayList<>(PluginHooksGrpc.getServiceDescriptor().getMethods());
		for (MethodDescriptor<?, ?> method : methods) {
			if (method.getType() == MethodType.UNARY
					&& !method.equals(PluginHooksGrpc.getImplementedMethod())) {
				Hook hook = new Hook(hooks.size(), (MethodDescriptor<Message, Message>) method);
				hooks.put(hook.name(), hook);
			}
		}
		return Collections.unmodifiableMap(hooks);
	}

}

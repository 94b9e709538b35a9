package dev.pluginkit.mattermost.runtime;

import java.io.ByteArrayInputStream;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.PluginHooksGrpc;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.Status;

/**
 * How a call is answered when the application failed to start. A hook whose response
 * carries {@code AppError error = 1} ({@code Implemented}, {@code OnActivate}, ...) gets a
 * response with that error, so that the server shows the reason when it fails the
 * activation; any other call fails with UNAVAILABLE and the reason.
 */
final class StartFailureAnswer {

	/** The error id of the answer. */
	static final String ERROR_ID = "plugin.runtime.start_failed.app_error";

	private static final int INTERNAL_SERVER_ERROR = 500;

	private final String reason;

	/**
	 * Creates the answers for a failed start.
	 * @param reason what went wrong, in a sentence or a few
	 */
	StartFailureAnswer(String reason) {
		this.reason = reason;
	}

	/**
	 * Returns the answer for a method.
	 * @param fullMethodName the method called
	 * @return how to close its call
	 */
	DeferredServiceRegistry.CallAnswer forMethod(String fullMethodName) {
		Message response = errorResponse(fullMethodName);
		if (response == null) {
			return (call) -> call.close(Status.UNAVAILABLE.withDescription(this.reason), new Metadata());
		}
		byte[] bytes = response.toByteArray();
		return (call) -> {
			call.sendHeaders(new Metadata());
			call.sendMessage(new ByteArrayInputStream(bytes));
			call.close(Status.OK, new Metadata());
		};
	}

	private Message errorResponse(String fullMethodName) {
		String service = MethodDescriptor.extractFullServiceName(fullMethodName);
		if (!PluginHooksGrpc.SERVICE_NAME.equals(service)) {
			return null;
		}
		for (MethodDescriptor<?, ?> descriptor : PluginHooksGrpc.getServiceDescriptor().getMethods()) {
			if (descriptor.getFullMethodName().equals(fullMethodName)
					&& descriptor.getResponseMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> prototype
					&& prototype.getMessagePrototype() instanceof Message message) {
				FieldDescriptor error = message.getDescriptorForType().findFieldByNumber(1);
				if (error != null && error.getType() == FieldDescriptor.Type.MESSAGE
						&& error.getMessageType().equals(AppError.getDescriptor())) {
					return message.newBuilderForType().setField(error, appError()).build();
				}
			}
		}
		return null;
	}

	private AppError appError() {
		return AppError.newBuilder()
			.setId(ERROR_ID)
			.setMessage(this.reason)
			// The server builds its error from id and detailed_error, not message: repeat it.
			.setDetailedError(this.reason)
			.setStatusCode(INTERNAL_SERVER_ERROR)
			.setWhere("plugin application start")
			.build();
	}

}

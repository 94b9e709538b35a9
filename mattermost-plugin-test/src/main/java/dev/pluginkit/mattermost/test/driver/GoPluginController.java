package dev.pluginkit.mattermost.test.driver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import io.grpc.MethodDescriptor;

/**
 * go-plugin's {@code plugin.GRPCController} service, described by hand so that the test
 * kit needs no generated code for it: its only RPC, {@code Shutdown}, takes and returns
 * {@code plugin.Empty}, a message without fields, which is zero bytes on the wire.
 */
final class GoPluginController {

	/** The fully qualified service name. */
	static final String SERVICE = "plugin.GRPCController";

	/** {@code rpc Shutdown(plugin.Empty) returns (plugin.Empty)}. */
	static final MethodDescriptor<NoFields, NoFields> SHUTDOWN = MethodDescriptor.<NoFields, NoFields>newBuilder()
		.setType(MethodDescriptor.MethodType.UNARY)
		.setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "Shutdown"))
		.setRequestMarshaller(NoFields.MARSHALLER)
		.setResponseMarshaller(NoFields.MARSHALLER)
		.build();

	private GoPluginController() {
	}

	/**
	 * A protobuf message without fields. Parsing skips whatever arrives, as protobuf skips
	 * unknown fields.
	 */
	enum NoFields {

		/** The only value. */
		INSTANCE;

		static final MethodDescriptor.Marshaller<NoFields> MARSHALLER = new MethodDescriptor.Marshaller<>() {

			@Override
			public InputStream stream(NoFields value) {
				return new ByteArrayInputStream(new byte[0]);
			}

			@Override
			public NoFields parse(InputStream stream) {
				try (stream) {
					stream.transferTo(OutputStream.nullOutputStream());
					return INSTANCE;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};

	}

}

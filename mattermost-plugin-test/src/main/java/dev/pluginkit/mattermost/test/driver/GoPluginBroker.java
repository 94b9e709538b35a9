package dev.pluginkit.mattermost.test.driver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.grpc.MethodDescriptor;

/**
 * go-plugin's {@code plugin.GRPCBroker} service, described by hand because the contract
 * does not define it: {@code rpc StartStream(stream ConnInfo) returns (stream ConnInfo)},
 * where {@code ConnInfo} is {@code uint32 service_id = 1}, {@code string network = 2},
 * {@code string address = 3} and {@code Knock knock = 4}. The driver, like the server with a
 * Mattermost plugin, brokers no connections: it opens the stream and sends nothing, so the
 * messages stay raw bytes.
 */
final class GoPluginBroker {

	/** The fully qualified service name. */
	static final String SERVICE = "plugin.GRPCBroker";

	/** {@code rpc StartStream(stream plugin.ConnInfo) returns (stream plugin.ConnInfo)}. */
	static final MethodDescriptor<byte[], byte[]> START_STREAM = MethodDescriptor.<byte[], byte[]>newBuilder()
		.setType(MethodDescriptor.MethodType.BIDI_STREAMING)
		.setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "StartStream"))
		.setRequestMarshaller(Bytes.MARSHALLER)
		.setResponseMarshaller(Bytes.MARSHALLER)
		.build();

	private GoPluginBroker() {
	}

	/**
	 * Messages as their serialized bytes.
	 */
	static final class Bytes {

		static final MethodDescriptor.Marshaller<byte[]> MARSHALLER = new MethodDescriptor.Marshaller<>() {

			@Override
			public InputStream stream(byte[] value) {
				return new ByteArrayInputStream(value);
			}

			@Override
			public byte[] parse(InputStream stream) {
				try (stream) {
					return stream.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};

		private Bytes() {
		}

	}

}

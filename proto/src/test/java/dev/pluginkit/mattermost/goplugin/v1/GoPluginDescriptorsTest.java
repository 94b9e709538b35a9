package dev.pluginkit.mattermost.goplugin.v1;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * go-plugin's own services must carry the names and field numbers that its host side
 * calls; go-plugin defines them in its {@code grpc_controller.proto} and
 * {@code grpc_stdio.proto}, package {@code plugin}.
 */
class GoPluginDescriptorsTest {

	@Test
	void controllerShutdownTakesAndReturnsGoPluginsEmpty() {
		MethodDescriptor shutdown = GrpcControllerProto.getDescriptor()
			.findServiceByName("GRPCController")
			.findMethodByName("Shutdown");

		assertThat(shutdown.getService().getFullName()).isEqualTo("plugin.GRPCController");
		assertThat(shutdown.getInputType().getFullName()).isEqualTo("plugin.Empty");
		assertThat(shutdown.getOutputType().getFullName()).isEqualTo("plugin.Empty");
		assertThat(shutdown.getInputType().getFields()).isEmpty();
		assertThat(shutdown.isClientStreaming() || shutdown.isServerStreaming()).isFalse();
	}

	@Test
	void stdioStreamsStdioDataForAProtobufEmpty() {
		MethodDescriptor streamStdio = GrpcStdioProto.getDescriptor()
			.findServiceByName("GRPCStdio")
			.findMethodByName("StreamStdio");

		assertThat(streamStdio.getService().getFullName()).isEqualTo("plugin.GRPCStdio");
		assertThat(streamStdio.getInputType().getFullName()).isEqualTo("google.protobuf.Empty");
		assertThat(streamStdio.getOutputType().getFullName()).isEqualTo("plugin.StdioData");
		assertThat(streamStdio.isServerStreaming()).isTrue();
		assertThat(streamStdio.isClientStreaming()).isFalse();
	}

	@Test
	void stdioDataCarriesItsChannelAndBytes() {
		Descriptor data = StdioData.getDescriptor();

		FieldDescriptor channel = data.findFieldByNumber(1);
		FieldDescriptor bytes = data.findFieldByNumber(2);
		assertThat(channel.getName()).isEqualTo("channel");
		assertThat(channel.getEnumType().getFullName()).isEqualTo("plugin.StdioData.Channel");
		assertThat(bytes.getName()).isEqualTo("data");
		assertThat(bytes.getType()).isEqualTo(FieldDescriptor.Type.BYTES);
		assertThat(StdioData.Channel.INVALID.getNumber()).isZero();
		assertThat(StdioData.Channel.STDOUT.getNumber()).isEqualTo(1);
		assertThat(StdioData.Channel.STDERR.getNumber()).isEqualTo(2);
	}

}

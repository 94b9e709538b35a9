package dev.pluginkit.mattermost.pluginapi.v1.conformance;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparator is only worth something if it notices a drift; these tests alter one side
 * on purpose and check that the report names the element that changed.
 */
class ContractComparatorTest {

	@Test
	void reportsAFieldNumberThatDiffersFromTheContract() {
		ObjectNode contract = Contracts.load();
		ObjectNode appError = Contracts.named(contract.path("messages"), "mattermost.pluginapi.v1.AppError");
		Contracts.named(appError.path("fields"), "status_code").put("number", 6);

		List<String> differences = ContractComparator.compare(contract, Contracts.serviceFiles());

		assertThat(differences).containsExactly(
				"field mattermost.pluginapi.v1.AppError.status_code: number 6 in contract, 5 in descriptors");
	}

	@Test
	void reportsAMessageMissingFromTheContractAsExtraInDescriptors() {
		ObjectNode contract = Contracts.load();
		removeNamed((ArrayNode) contract.path("messages"), "mattermost.pluginapi.v1.ChannelStats");

		List<String> differences = ContractComparator.compare(contract, Contracts.serviceFiles());

		assertThat(differences).containsExactly("message mattermost.pluginapi.v1.ChannelStats extra in descriptors");
	}

	@Test
	void reportsAMessageMissingFromTheDescriptors() {
		ObjectNode descriptors = Contracts.descriptorShape();
		removeNamed((ArrayNode) descriptors.path("messages"), "mattermost.pluginapi.v1.ChannelStats");

		List<String> differences = ContractComparator.compare(Contracts.load(), descriptors);

		assertThat(differences)
			.containsExactly("message mattermost.pluginapi.v1.ChannelStats missing from descriptors");
	}

	@Test
	void reportsARenamedRpcAsMissingUnderTheNewNameAndExtraUnderTheOldOne() {
		ObjectNode contract = Contracts.load();
		ObjectNode api = Contracts.named(contract.path("services"), "mattermost.pluginapi.v1.PluginAPI");
		Contracts.named(api.path("methods"), "KVGet").put("name", "KVFetch");

		List<String> differences = ContractComparator.compare(contract, Contracts.serviceFiles());

		assertThat(differences).containsExactlyInAnyOrder("method PluginAPI.KVFetch missing from descriptors",
				"method PluginAPI.KVGet extra in descriptors");
	}

	@Test
	void reportsARealOneofButAcceptsTheSyntheticOneOfAProto3OptionalField() throws DescriptorValidationException {
		FileDescriptor probe = FileDescriptor.buildFrom(probeFileWithOneofs(), new FileDescriptor[0]);

		List<String> differences = DescriptorShape.realOneofs(Contracts.PACKAGE, probe);

		assertThat(differences).containsExactly("oneof mattermost.pluginapi.v1.Probe.choice is a real oneof; "
				+ "only the synthetic oneofs of proto3 optional fields are allowed");
	}

	/** A message with one real oneof (index 0) and one proto3 optional field (index 1). */
	private static FileDescriptorProto probeFileWithOneofs() {
		FieldDescriptorProto.Builder string = FieldDescriptorProto.newBuilder()
			.setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL)
			.setType(FieldDescriptorProto.Type.TYPE_STRING);
		DescriptorProto probe = DescriptorProto.newBuilder()
			.setName("Probe")
			.addField(string.clone().setName("text").setNumber(1).setOneofIndex(0))
			.addField(string.clone().setName("label").setNumber(2).setOneofIndex(0))
			.addField(string.clone().setName("maybe").setNumber(3).setOneofIndex(1).setProto3Optional(true))
			.addOneofDecl(OneofDescriptorProto.newBuilder().setName("choice"))
			.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_maybe"))
			.build();
		return FileDescriptorProto.newBuilder()
			.setName("probe.proto")
			.setPackage(Contracts.PACKAGE)
			.setSyntax("proto3")
			.addMessageType(probe)
			.build();
	}

	private static void removeNamed(ArrayNode list, String name) {
		for (Iterator<JsonNode> it = list.elements(); it.hasNext();) {
			if (name.equals(it.next().path("name").asText())) {
				it.remove();
				return;
			}
		}
		throw new IllegalArgumentException("No element named " + name);
	}

}

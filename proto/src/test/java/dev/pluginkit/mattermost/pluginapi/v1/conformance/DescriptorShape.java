package dev.pluginkit.mattermost.pluginapi.v1.conformance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;

/**
 * Turns compiled protobuf descriptors into the normalized JSON shape of the wire contract
 * ({@code contract/pluginapi-v1.json}), so that both can be compared element by element.
 *
 * <p>Only files of one package are described; anything they use from other packages is
 * listed under {@code external_types}, as the contract does. Descriptors never hold
 * unresolved types, so {@code unresolved_types} is always empty.
 */
public final class DescriptorShape {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private DescriptorShape() {
	}

	/**
	 * Collects the files of {@code packageName} reachable from the given roots through their
	 * imports. Starting from the service files is enough because every message of the
	 * contract is reachable from a service or lives in a file one of them imports.
	 * @param packageName the protobuf package to keep
	 * @param roots files to start from, usually the outer classes' {@code getDescriptor()}
	 * @return the files of that package, each once, in discovery order
	 */
	public static List<FileDescriptor> packageFiles(String packageName, FileDescriptor... roots) {
		Set<FileDescriptor> seen = new LinkedHashSet<>();
		Deque<FileDescriptor> pending = new ArrayDeque<>(List.of(roots));
		while (!pending.isEmpty()) {
			FileDescriptor file = pending.removeFirst();
			if (seen.add(file)) {
				pending.addAll(file.getDependencies());
			}
		}
		return seen.stream().filter((file) -> file.getPackage().equals(packageName)).toList();
	}

	/**
	 * Describes the files of {@code packageName} reachable from {@code roots} in the shape of
	 * the contract JSON.
	 * @param packageName the protobuf package to describe
	 * @param roots files to start from
	 * @return a new JSON object with the same keys as the contract
	 */
	public static ObjectNode of(String packageName, FileDescriptor... roots) {
		List<FileDescriptor> files = packageFiles(packageName, roots);
		ObjectNode shape = JSON.objectNode();
		ArrayNode fileNodes = shape.putArray("files");
		ArrayNode serviceNodes = shape.putArray("services");
		ArrayNode messageNodes = shape.putArray("messages");
		ArrayNode enumNodes = shape.putArray("enums");
		Map<String, ObjectNode> externals = new LinkedHashMap<>();
		Set<String> syntaxes = new LinkedHashSet<>();
		for (FileDescriptor file : files) {
			syntaxes.add(syntaxOf(file));
			fileNodes.add(describeFile(file));
			for (ServiceDescriptor service : file.getServices()) {
				serviceNodes.add(describeService(service, packageName, externals));
			}
			for (Descriptor message : file.getMessageTypes()) {
				describeMessageTree(message, packageName, messageNodes, enumNodes, externals);
			}
			for (EnumDescriptor enumType : file.getEnumTypes()) {
				enumNodes.add(describeEnum(enumType));
			}
		}
		shape.put("package", packageName);
		ArrayNode syntaxNodes = shape.putArray("syntax");
		syntaxes.stream().sorted().forEach(syntaxNodes::add);
		ArrayNode externalNodes = shape.putArray("external_types");
		externals.values().forEach(externalNodes::add);
		shape.putArray("unresolved_types");
		return shape;
	}

	private static String syntaxOf(FileDescriptor file) {
		String syntax = file.toProto().getSyntax();
		// protoc leaves the field empty for proto2, the default.
		return syntax.isEmpty() ? "proto2" : syntax;
	}

	private static ObjectNode describeFile(FileDescriptor file) {
		ObjectNode node = JSON.objectNode();
		ArrayNode imports = node.putArray("imports");
		file.getDependencies().forEach((dependency) -> imports.add(dependency.getName()));
		node.put("name", file.getName());
		node.put("package", file.getPackage());
		node.put("syntax", syntaxOf(file));
		return node;
	}

	private static ObjectNode describeService(ServiceDescriptor service, String packageName,
			Map<String, ObjectNode> externals) {
		ObjectNode node = JSON.objectNode();
		node.put("file", service.getFile().getName());
		ArrayNode methods = node.putArray("methods");
		for (MethodDescriptor method : service.getMethods()) {
			ObjectNode methodNode = methods.addObject();
			methodNode.put("client_streaming", method.isClientStreaming());
			methodNode.put("input_type", method.getInputType().getFullName());
			methodNode.put("name", method.getName());
			methodNode.put("output_type", method.getOutputType().getFullName());
			methodNode.put("server_streaming", method.isServerStreaming());
			noteExternal(method.getInputType(), packageName, externals);
			noteExternal(method.getOutputType(), packageName, externals);
		}
		node.put("name", service.getFullName());
		return node;
	}

	private static void describeMessageTree(Descriptor message, String packageName, ArrayNode messageNodes,
			ArrayNode enumNodes, Map<String, ObjectNode> externals) {
		messageNodes.add(describeMessage(message, packageName, externals));
		for (Descriptor nested : message.getNestedTypes()) {
			describeMessageTree(nested, packageName, messageNodes, enumNodes, externals);
		}
		for (EnumDescriptor nested : message.getEnumTypes()) {
			enumNodes.add(describeEnum(nested));
		}
	}

	private static ObjectNode describeMessage(Descriptor message, String packageName,
			Map<String, ObjectNode> externals) {
		ObjectNode node = JSON.objectNode();
		ArrayNode fields = node.putArray("fields");
		for (FieldDescriptor field : message.getFields()) {
			fields.add(describeField(field, packageName, externals));
		}
		node.put("file", message.getFile().getName());
		node.put("map_entry", message.getOptions().getMapEntry());
		node.put("name", message.getFullName());
		return node;
	}

	private static ObjectNode describeField(FieldDescriptor field, String packageName,
			Map<String, ObjectNode> externals) {
		FieldDescriptorProto proto = field.toProto();
		ObjectNode node = JSON.objectNode();
		node.put("is_map", field.isMapField());
		node.put("label", lowerCaseAfterPrefix(proto.getLabel().name(), "LABEL_"));
		node.put("name", field.getName());
		node.put("number", field.getNumber());
		node.put("proto3_optional", proto.getProto3Optional());
		switch (field.getType()) {
			case MESSAGE, GROUP -> {
				node.put("type", field.getMessageType().getFullName());
				node.put("type_kind", "message");
				noteExternal(field.getMessageType(), packageName, externals);
			}
			case ENUM -> {
				node.put("type", field.getEnumType().getFullName());
				node.put("type_kind", "enum");
				noteExternal(field.getEnumType(), packageName, externals);
			}
			default -> {
				node.put("type", lowerCaseAfterPrefix(proto.getType().name(), "TYPE_"));
				node.put("type_kind", "scalar");
			}
		}
		return node;
	}

	private static ObjectNode describeEnum(EnumDescriptor enumType) {
		ObjectNode node = JSON.objectNode();
		node.put("file", enumType.getFile().getName());
		node.put("name", enumType.getFullName());
		ArrayNode values = node.putArray("values");
		for (EnumValueDescriptor value : enumType.getValues()) {
			values.addObject().put("name", value.getName()).put("number", value.getNumber());
		}
		return node;
	}

	private static void noteExternal(Descriptor type, String packageName, Map<String, ObjectNode> externals) {
		noteExternal(type.getFullName(), type.getFile(), "message", packageName, externals);
	}

	private static void noteExternal(EnumDescriptor type, String packageName, Map<String, ObjectNode> externals) {
		noteExternal(type.getFullName(), type.getFile(), "enum", packageName, externals);
	}

	private static void noteExternal(String fullName, FileDescriptor file, String kind, String packageName,
			Map<String, ObjectNode> externals) {
		if (!file.getPackage().equals(packageName)) {
			externals.computeIfAbsent(fullName,
					(name) -> JSON.objectNode().put("file", file.getName()).put("kind", kind).put("name", name));
		}
	}

	private static String lowerCaseAfterPrefix(String constant, String prefix) {
		return constant.substring(prefix.length()).toLowerCase(Locale.ROOT);
	}

	/**
	 * Lists the oneofs the contract cannot express. The contract knows no oneofs; the only
	 * ones allowed are those protoc synthesizes for proto3 {@code optional} fields.
	 * @param packageName the protobuf package to check
	 * @param roots files to start from
	 * @return one difference per real oneof, empty when there is none
	 */
	public static List<String> realOneofs(String packageName, FileDescriptor... roots) {
		List<String> differences = new ArrayList<>();
		for (FileDescriptor file : packageFiles(packageName, roots)) {
			for (Descriptor message : file.getMessageTypes()) {
				collectRealOneofs(message, differences);
			}
		}
		return differences;
	}

	private static void collectRealOneofs(Descriptor message, List<String> differences) {
		// getRealOneofs() leaves out the oneofs protoc synthesizes for proto3 optional fields.
		message.getRealOneofs()
			.forEach((oneof) -> differences.add("oneof " + message.getFullName() + "." + oneof.getName()
					+ " is a real oneof; only the synthetic oneofs of proto3 optional fields are allowed"));
		message.getNestedTypes().forEach((nested) -> collectRealOneofs(nested, differences));
	}

}

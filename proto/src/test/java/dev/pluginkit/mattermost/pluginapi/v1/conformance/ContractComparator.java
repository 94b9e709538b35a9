package dev.pluginkit.mattermost.pluginapi.v1.conformance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.protobuf.Descriptors.FileDescriptor;

/**
 * Compares the wire contract JSON with what protoc compiled, and describes every
 * disagreement in a sentence that names the element, e.g.
 * {@code field mattermost.pluginapi.v1.AppError.status_code: number 5 in contract, 6 in descriptors}.
 *
 * <p>Elements are matched by name, never by position, so reordering messages or methods in
 * a {@code .proto} file is not a difference while renaming one is (reported once as missing
 * and once as extra). Both directions are checked: what the contract has and the
 * descriptors lack is "missing from descriptors", the reverse is "extra in descriptors".
 */
public final class ContractComparator {

	private static final String CONTRACT = "contract";

	private static final String DESCRIPTORS = "descriptors";

	private ContractComparator() {
	}

	/**
	 * Compares the contract with the descriptors of its package reachable from
	 * {@code roots}, including the rule that no real oneofs may exist.
	 * @param contract the contract JSON
	 * @param roots files to start from, usually the generated outer classes' descriptors
	 * @return every difference, empty when the descriptors conform
	 */
	public static List<String> compare(JsonNode contract, FileDescriptor... roots) {
		String packageName = contract.path("package").asText();
		List<String> differences = new ArrayList<>(compare(contract, DescriptorShape.of(packageName, roots)));
		differences.addAll(DescriptorShape.realOneofs(packageName, roots));
		return differences;
	}

	/**
	 * Compares two documents of the contract's shape.
	 * @param contract the contract JSON, the reference
	 * @param descriptors the same shape derived from descriptors, see {@link DescriptorShape}
	 * @return every difference, empty when both describe the same wire contract
	 */
	public static List<String> compare(JsonNode contract, JsonNode descriptors) {
		List<String> differences = new ArrayList<>();
		compareAttributes("top level", contract, descriptors,
				Set.of("files", "services", "messages", "enums", "external_types", "unresolved_types"), differences);
		compareElements(contract.path("files"), descriptors.path("files"), (name) -> "file " + name,
				Set.of("imports"), differences, (label, expected, actual) -> compareStrings(label, "import",
						expected.path("imports"), actual.path("imports"), differences));
		compareElements(contract.path("services"), descriptors.path("services"), (name) -> "service " + name,
				Set.of("methods"), differences, (label, expected, actual) -> {
					String service = simpleName(expected.path("name").asText());
					compareElements(expected.path("methods"), actual.path("methods"),
							(name) -> "method " + service + "." + name, Set.of(), differences, null);
				});
		compareElements(contract.path("messages"), descriptors.path("messages"), (name) -> "message " + name,
				Set.of("fields"), differences, (label, expected, actual) -> {
					String message = expected.path("name").asText();
					compareElements(expected.path("fields"), actual.path("fields"),
							(name) -> "field " + message + "." + name, Set.of(), differences, null);
				});
		compareElements(contract.path("enums"), descriptors.path("enums"), (name) -> "enum " + name,
				Set.of("values"), differences, (label, expected, actual) -> {
					String enumName = expected.path("name").asText();
					compareElements(expected.path("values"), actual.path("values"),
							(name) -> "enum value " + enumName + "." + name, Set.of(), differences, null);
				});
		compareElements(contract.path("external_types"), descriptors.path("external_types"),
				(name) -> "external type " + name, Set.of(), differences, null);
		compareStrings("contract", "unresolved type", contract.path("unresolved_types"),
				descriptors.path("unresolved_types"), differences);
		return differences;
	}

	/** Compares the children of one element pair once both sides are known to exist. */
	@FunctionalInterface
	private interface Children {

		void compare(String label, JsonNode expected, JsonNode actual);

	}

	private static void compareElements(JsonNode expectedList, JsonNode actualList, Function<String, String> label,
			Set<String> nested, List<String> differences, Children children) {
		Map<String, JsonNode> expected = byName(expectedList, label, CONTRACT, differences);
		Map<String, JsonNode> actual = byName(actualList, label, DESCRIPTORS, differences);
		expected.forEach((name, expectedElement) -> {
			JsonNode actualElement = actual.get(name);
			if (actualElement == null) {
				differences.add(label.apply(name) + " missing from descriptors");
				return;
			}
			compareAttributes(label.apply(name), expectedElement, actualElement, nested, differences);
			if (children != null) {
				children.compare(label.apply(name), expectedElement, actualElement);
			}
		});
		actual.keySet().stream()
			.filter((name) -> !expected.containsKey(name))
			.forEach((name) -> differences.add(label.apply(name) + " extra in descriptors"));
	}

	private static Map<String, JsonNode> byName(JsonNode list, Function<String, String> label, String side,
			List<String> differences) {
		Map<String, JsonNode> elements = new LinkedHashMap<>();
		for (JsonNode element : list) {
			String name = element.path("name").asText();
			if (elements.putIfAbsent(name, element) != null) {
				differences.add(label.apply(name) + " listed twice in " + side);
			}
		}
		return elements;
	}

	/** Compares every plain attribute (number, type, file, flags, ...) of one element pair. */
	private static void compareAttributes(String label, JsonNode expected, JsonNode actual, Set<String> nested,
			List<String> differences) {
		Set<String> keys = new LinkedHashSet<>();
		expected.fieldNames().forEachRemaining(keys::add);
		actual.fieldNames().forEachRemaining(keys::add);
		keys.removeAll(nested);
		keys.remove("name");
		for (String key : keys) {
			JsonNode expectedValue = expected.path(key);
			JsonNode actualValue = actual.path(key);
			if (!expectedValue.equals(actualValue)) {
				differences.add(label + ": " + key + " " + describe(expectedValue) + " in contract, "
						+ describe(actualValue) + " in descriptors");
			}
		}
	}

	/** Compares lists of plain strings, such as a file's imports, as sets. */
	private static void compareStrings(String label, String what, JsonNode expectedList, JsonNode actualList,
			List<String> differences) {
		Set<String> expected = texts(expectedList);
		Set<String> actual = texts(actualList);
		expected.stream()
			.filter((value) -> !actual.contains(value))
			.forEach((value) -> differences.add(label + ": " + what + " " + value + " missing from descriptors"));
		actual.stream()
			.filter((value) -> !expected.contains(value))
			.forEach((value) -> differences.add(label + ": " + what + " " + value + " extra in descriptors"));
	}

	private static Set<String> texts(JsonNode list) {
		Set<String> values = new LinkedHashSet<>();
		for (Iterator<JsonNode> it = list.elements(); it.hasNext();) {
			JsonNode value = it.next();
			values.add(value.isValueNode() ? value.asText() : value.toString());
		}
		return values;
	}

	private static String describe(JsonNode value) {
		if (value instanceof MissingNode) {
			return "absent";
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}

	private static String simpleName(String fullName) {
		return fullName.substring(fullName.lastIndexOf('.') + 1);
	}

}

package dev.pluginkit.mattermost.pluginapi.v1.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.FileDescriptor;

import dev.pluginkit.mattermost.pluginapi.v1.ApiProto;
import dev.pluginkit.mattermost.pluginapi.v1.HooksProto;

/**
 * The two sides the conformance tests compare: the contract copy bundled with the tests, and
 * the descriptors compiled from {@code src/main/protobuf}.
 */
public final class Contracts {

	/** Classpath location of the bundled contract, a byte-identical copy of the shared one. */
	public static final String RESOURCE = "/contract/pluginapi-v1.json";

	/** The protobuf package of the wire contract. */
	public static final String PACKAGE = "mattermost.pluginapi.v1";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private Contracts() {
	}

	/**
	 * Reads the bundled contract. Every call returns a fresh tree, so a test may alter it.
	 * @return the contract JSON
	 */
	public static ObjectNode load() {
		try (InputStream in = Contracts.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Contract not on the test classpath: " + RESOURCE);
			}
			return (ObjectNode) MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The files holding the two services; everything else of the package is reached through
	 * their imports.
	 * @return the descriptors of api.proto and hooks.proto
	 */
	public static FileDescriptor[] serviceFiles() {
		return new FileDescriptor[] { ApiProto.getDescriptor(), HooksProto.getDescriptor() };
	}

	/**
	 * The compiled descriptors in the contract's shape. Every call returns a fresh tree.
	 * @return the descriptors' shape
	 */
	public static ObjectNode descriptorShape() {
		return DescriptorShape.of(PACKAGE, serviceFiles());
	}

	/**
	 * Finds the element with the given name in one of the contract's lists.
	 * @param list a list such as {@code messages} or a message's {@code fields}
	 * @param name the element's {@code name}
	 * @return the element
	 */
	public static ObjectNode named(JsonNode list, String name) {
		for (JsonNode element : list) {
			if (name.equals(element.path("name").asText())) {
				return (ObjectNode) element;
			}
		}
		throw new IllegalArgumentException("No element named " + name);
	}

}

package dev.pluginkit.mattermost.pluginapi.v1.conformance;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled {@code .proto} files must describe exactly the wire contract of the
 * Mattermost server; any drift would break calls at run time, not at build time.
 */
class GeneratedDescriptorsConformanceTest {

	@Test
	void generatedDescriptorsConformToTheContract() {
		List<String> differences = ContractComparator.compare(Contracts.load(), Contracts.serviceFiles());

		assertThat(differences)
			.withFailMessage(() -> differences.size() + " difference(s) between contract and descriptors:\n  "
					+ String.join("\n  ", differences))
			.isEmpty();
	}

	@Test
	void contractHasTheExpectedSize() {
		assertSize(Contracts.load());
	}

	@Test
	void generatedDescriptorsHaveTheExpectedSize() {
		assertSize(Contracts.descriptorShape());
	}

	private static void assertSize(JsonNode shape) {
		assertThat(shape.path("files")).hasSize(19);
		assertThat(Contracts.named(shape.path("services"), "mattermost.pluginapi.v1.PluginAPI").path("methods"))
			.hasSize(236);
		assertThat(Contracts.named(shape.path("services"), "mattermost.pluginapi.v1.PluginHooks").path("methods"))
			.hasSize(42);
		assertThat(shape.path("messages")).hasSize(663);
	}

}

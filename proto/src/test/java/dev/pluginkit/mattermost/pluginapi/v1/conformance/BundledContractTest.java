package dev.pluginkit.mattermost.pluginapi.v1.conformance;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The build checks against a copy of the contract so that it needs nothing outside the
 * repository; when the shared original is at hand, the copy must not have drifted from it.
 */
class BundledContractTest {

	/** Where the shared contract sits relative to this module's directory, when it is there. */
	private static final String SHARED_CONTRACT = "../../shared/contract/pluginapi-v1.json";

	@Test
	void bundledContractIsIdenticalToTheSharedOne() throws URISyntaxException {
		Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
		Path shared = moduleDir.resolve(SHARED_CONTRACT).normalize();
		assumeTrue(Files.isRegularFile(shared), () -> "No shared contract at " + shared);

		Path bundled = Path.of(BundledContractTest.class.getResource(Contracts.RESOURCE).toURI());

		assertThat(bundled).hasSameBinaryContentAs(shared);
	}

}

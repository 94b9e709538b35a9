package dev.pluginkit.mattermost.kv;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Typed KV and the cluster helpers sit on the client, next to the runtime: wired from the
 * auto-configuration, never using it. Typed KV needs no Spring at all.
 */
class KvArchitectureTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.pluginkit.mattermost.kv", "dev.pluginkit.mattermost.cluster");

	@Test
	void kvAndClusterPackagesDoNotUseTheAutoConfiguration() {
		noClasses().that()
			.resideInAnyPackage("dev.pluginkit.mattermost.kv..", "dev.pluginkit.mattermost.cluster..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.pluginkit.mattermost.autoconfigure..", "org.springframework.boot..")
			.check(MAIN_CLASSES);
	}

	@Test
	void kvPackageDoesNotUseSpring() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.kv..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..")
			.check(MAIN_CLASSES);
	}

}

package dev.pluginkit.mattermost.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The client layer stays free of Spring and of the layers above it, so that it can be
 * used from plain Java and moved into a module of its own.
 */
class ClientArchitectureTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.pluginkit.mattermost");

	@Test
	void clientPackagesDoNotUseSpring() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.client..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "net.devh..")
			.check(MAIN_CLASSES);
	}

	@Test
	void clientPackagesDoNotUseTheAutoConfiguration() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.client..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.pluginkit.mattermost.autoconfigure..")
			.check(MAIN_CLASSES);
	}

	@Test
	void mainCodeDoesNotUseTheTestKit() {
		noClasses().that()
			.resideOutsideOfPackage("dev.pluginkit.mattermost.test..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.pluginkit.mattermost.test..")
			.check(MAIN_CLASSES);
	}

}

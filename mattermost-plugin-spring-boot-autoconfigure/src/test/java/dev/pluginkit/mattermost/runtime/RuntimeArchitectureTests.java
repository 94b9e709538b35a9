package dev.pluginkit.mattermost.runtime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The runtime is wired from the auto-configuration, never the other way round, so that it
 * stays usable with a plain Spring Framework context.
 */
class RuntimeArchitectureTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.pluginkit.mattermost.runtime");

	@Test
	void runtimePackagesDoNotUseTheAutoConfiguration() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.runtime..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.pluginkit.mattermost.autoconfigure..", "org.springframework.boot.autoconfigure..")
			.check(MAIN_CLASSES);
	}

}

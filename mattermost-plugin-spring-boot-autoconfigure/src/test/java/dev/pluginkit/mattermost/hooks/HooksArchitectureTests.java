package dev.pluginkit.mattermost.hooks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The hooks runtime is wired from the auto-configuration and never reaches up into it.
 */
class HooksArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.pluginkit.mattermost.hooks");

	@Test
	void hooksDoNotDependOnTheAutoConfiguration() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.hooks..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.pluginkit.mattermost.autoconfigure..", "org.springframework.boot..")
			.check(this.classes);
	}

	@Test
	void thePublicApiDoesNotExposeTheInternals() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.hooks")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.pluginkit.mattermost.hooks.internal..")
			.check(this.classes);
	}

}

package dev.pluginkit.mattermost.settings;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The settings API that plugins use (the annotations the processor reads by name, the
 * holder, the event) stays free of the auto-configuration that implements it.
 */
class SettingsArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.pluginkit.mattermost.settings");

	@Test
	void theSettingsApiDoesNotDependOnTheAutoConfiguration() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.settings..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.pluginkit.mattermost.autoconfigure..", "org.springframework.boot..")
			.check(this.classes);
	}

}

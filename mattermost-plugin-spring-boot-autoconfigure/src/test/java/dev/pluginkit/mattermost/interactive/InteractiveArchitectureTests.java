package dev.pluginkit.mattermost.interactive;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Buttons, menus and dialogs sit beside the ServeHTTP bridge: they use the client's public
 * API and Spring MVC, and are wired from the auto-configuration, never using it. The public
 * package does not reach into the internals, nor into Spring MVC, so that an application
 * without it can still load the annotations and records.
 */
class InteractiveArchitectureTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.pluginkit.mattermost.interactive");

	@Test
	void interactivePackagesDoNotUseTheAutoConfigurationNorClientInternals() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.interactive..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.pluginkit.mattermost.autoconfigure..", "dev.pluginkit.mattermost.client.internal..",
					"org.springframework.boot..")
			.check(MAIN_CLASSES);
	}

	@Test
	void thePublicPackageDoesNotUseItsInternalsNorSpringMvc() {
		noClasses().that()
			.resideInAPackage("dev.pluginkit.mattermost.interactive")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.pluginkit.mattermost.interactive.internal..", "org.springframework.web..",
					"jakarta.servlet..")
			.check(MAIN_CLASSES);
	}

}

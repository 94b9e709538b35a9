package dev.pluginkit.mattermost.test.junit;

import java.nio.charset.StandardCharsets;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WithInMemoryMattermost} on a plain JUnit 5 class: one server for the class,
 * injected everywhere, reset before each test.
 */
@WithInMemoryMattermost
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InMemoryMattermostExtensionTests {

	private static InMemoryMattermost firstTestsServer;

	private final InMemoryMattermost constructorServer;

	private InMemoryMattermost beforeEachServer;

	InMemoryMattermostExtensionTests(InMemoryMattermost mattermost) {
		this.constructorServer = mattermost;
	}

	@BeforeEach
	void seed(InMemoryMattermost mattermost) {
		this.beforeEachServer = mattermost;
		mattermost.files().write("seeded-in-before-each", new byte[] { 1 });
	}

	@Test
	@Order(1)
	void injectsARunningServerIntoTestsConstructorsAndBeforeEachMethods(InMemoryMattermost mattermost) {
		firstTestsServer = mattermost;

		assertThat(mattermost).isSameAs(this.constructorServer).isSameAs(this.beforeEachServer);
		assertThat(mattermost.port()).isPositive();
		mattermost.files().write("written-by-the-first-test", "x".getBytes(StandardCharsets.UTF_8));
		mattermost.setServerVersion("9.0.0");
	}

	@Test
	@Order(2)
	void injectsTheSameServerIntoEveryTestOfTheClass(InMemoryMattermost mattermost) {
		assertThat(firstTestsServer).isNotNull();
		assertThat(mattermost).isSameAs(firstTestsServer);
	}

	@Test
	@Order(3)
	void resetsTheServerBeforeEachTestAndBeforeTheTestsOwnBeforeEach(InMemoryMattermost mattermost) {
		assertThat(mattermost.files().read("written-by-the-first-test")).isEmpty();
		assertThat(mattermost.files().read("seeded-in-before-each")).isPresent();
	}

	@Nested
	class NestedTests {

		@Test
		void shareTheServerOfTheEnclosingClass(InMemoryMattermost mattermost) {
			assertThat(mattermost).isSameAs(InMemoryMattermostExtensionTests.this.constructorServer);
		}

	}

}

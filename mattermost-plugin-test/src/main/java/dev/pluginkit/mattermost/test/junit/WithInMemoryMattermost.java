package dev.pluginkit.mattermost.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against one {@link InMemoryMattermost}: it starts before the
 * first test of the class, is reset before each test, and is closed after the last one.
 * Test methods, constructors and lifecycle methods receive it as a parameter.
 *
 * <pre>{@code
 * @WithInMemoryMattermost
 * class GreeterTests {
 *
 *     @Test
 *     void greets(InMemoryMattermost mattermost) {
 *         PluginAPIClient api = PluginAPIClient.create(mattermost.newChannel());
 *         ...
 *     }
 *
 * }
 * }</pre>
 *
 * <p>On a Spring test class ({@code @SpringBootTest} or any {@code @ContextConfiguration}),
 * the application context also gets {@code mattermost.plugin.api.target} pointing at that
 * same server, with no {@code @DynamicPropertySource}; a property the test sets itself, in
 * {@code @SpringBootTest(properties = ...)} or {@code @TestPropertySource}, wins. Each
 * annotated class gets its own server and hence its own cached application context.
 *
 * <p>The application context starts after the class's {@code @BeforeAll} methods and before
 * each test's reset: seed what the application needs at startup in a static
 * {@code @BeforeAll} method, and set {@link #resetBeforeEach()} to {@code false} to assert
 * on what it did at startup.
 *
 * <p>{@code @Nested} classes share the server of the outermost annotated class.
 *
 * @see InMemoryMattermostExtension
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InMemoryMattermostExtension.class)
public @interface WithInMemoryMattermost {

	/**
	 * Whether to start the server in-process, reachable only from this JVM, instead of on a
	 * local port.
	 * @return {@code true} for an in-process server
	 */
	boolean inProcess() default false;

	/**
	 * Whether to {@link InMemoryMattermost#reset() reset} the server before each test, so
	 * that each test starts from an empty server. Turn it off to keep what an application
	 * context did at startup, such as registering slash commands, visible to every test.
	 * @return {@code true} to reset before each test
	 */
	boolean resetBeforeEach() default true;

}

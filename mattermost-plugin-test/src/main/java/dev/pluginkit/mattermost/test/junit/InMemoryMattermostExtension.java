package dev.pluginkit.mattermost.test.junit;

import java.util.Optional;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.internal.SharedServers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithInMemoryMattermost}: one
 * {@link InMemoryMattermost} per test class, kept in the class's
 * {@link ExtensionContext.Store} so that JUnit closes it after the class, reset before each
 * test, and resolved for any parameter of type {@link InMemoryMattermost}.
 *
 * <p>It can also be registered on its own, with
 * {@code @ExtendWith(InMemoryMattermostExtension.class)}: it then uses the defaults of
 * {@link WithInMemoryMattermost}, without the Spring support.
 */
public class InMemoryMattermostExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(InMemoryMattermostExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		server(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Class<?> owner = SharedServers.owner(context.getRequiredTestClass());
		WithInMemoryMattermost settings = SharedServers.settings(owner);
		InMemoryMattermost server = server(context);
		if (settings == null || settings.resetBeforeEach()) {
			server.reset();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == InMemoryMattermost.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return server(extensionContext);
	}

	/**
	 * Returns the server of the test class of a context, starting it if needed.
	 * @param context any context within the test class
	 * @return the server
	 */
	private static InMemoryMattermost server(ExtensionContext context) {
		Class<?> owner = SharedServers.owner(context.getRequiredTestClass());
		WithInMemoryMattermost settings = SharedServers.settings(owner);
		boolean inProcess = settings != null && settings.inProcess();
		return classContext(context, owner).getStore(NAMESPACE)
			.getOrComputeIfAbsent(owner, (key) -> new Lease(owner, SharedServers.acquire(owner, inProcess)), Lease.class)
			.server();
	}

	/** The context of the owning class, whose store closes the server after it. */
	private static ExtensionContext classContext(ExtensionContext context, Class<?> owner) {
		ExtensionContext classContext = null;
		for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent(); current = current.get()
			.getParent()) {
			ExtensionContext candidate = current.get();
			if (candidate.getTestMethod().isEmpty() && candidate.getTestClass().isPresent()) {
				if (classContext == null || candidate.getTestClass().get() == owner) {
					classContext = candidate;
				}
			}
		}
		return (classContext != null) ? classContext : context;
	}

	/**
	 * A started server held by a class's store; JUnit closes it when the class is done.
	 */
	private record Lease(Class<?> owner, InMemoryMattermost server) implements ExtensionContext.Store.CloseableResource {

		@Override
		public void close() {
			SharedServers.release(this.owner, this.server);
		}

	}

}

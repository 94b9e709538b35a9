package dev.pluginkit.mattermost.test.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.pluginkit.mattermost.test.InMemoryMattermost;
import dev.pluginkit.mattermost.test.junit.WithInMemoryMattermost;

/**
 * The servers of test classes annotated with {@link WithInMemoryMattermost}, one per
 * class, shared by the JUnit extension, which injects it and closes it after the class,
 * and the Spring test support, which points the application context at it. Whichever
 * asks first starts it.
 *
 * <p>Nothing here refers to JUnit or Spring types, so that either can be absent.
 */
public final class SharedServers {

	private static final Map<Class<?>, InMemoryMattermost> SERVERS = new ConcurrentHashMap<>();

	private SharedServers() {
	}

	/**
	 * Returns the server of a test class, starting it if needed.
	 * @param owner the class that owns the server, see {@link #owner(Class)}
	 * @param inProcess whether to start an in-process server instead of one on a port
	 * @return the running server
	 */
	public static InMemoryMattermost acquire(Class<?> owner, boolean inProcess) {
		return SERVERS.computeIfAbsent(owner,
				(key) -> inProcess ? InMemoryMattermost.startInProcess() : InMemoryMattermost.start());
	}

	/**
	 * Closes the server of a test class and forgets it.
	 * @param owner the class that owns the server
	 * @param server the server
	 */
	public static void release(Class<?> owner, InMemoryMattermost server) {
		SERVERS.remove(owner, server);
		server.close();
	}

	/**
	 * Returns the class whose server a test class uses: the outermost of the test class and
	 * the classes that enclose it as inner classes ({@code @Nested}) that carries
	 * {@link WithInMemoryMattermost}, or the test class itself when none does.
	 * @param testClass the test class
	 * @return the owner
	 */
	public static Class<?> owner(Class<?> testClass) {
		Class<?> owner = testClass;
		for (Class<?> type = testClass; type != null; type = isInner(type) ? type.getEnclosingClass() : null) {
			if (settings(type) != null) {
				owner = type;
			}
		}
		return owner;
	}

	/**
	 * Finds {@link WithInMemoryMattermost} on a class: directly, on a superclass or
	 * interface, or as a meta-annotation.
	 * @param type the class
	 * @return the annotation, or {@code null} when the class does not carry it
	 */
	public static WithInMemoryMattermost settings(Class<?> type) {
		return find(type, new HashSet<>());
	}

	private static WithInMemoryMattermost find(Class<?> type, Set<Class<?>> visited) {
		if (type == null || type == Object.class || !visited.add(type)) {
			return null;
		}
		for (Annotation annotation : type.getDeclaredAnnotations()) {
			if (annotation instanceof WithInMemoryMattermost settings) {
				return settings;
			}
		}
		for (Annotation annotation : type.getDeclaredAnnotations()) {
			Class<? extends Annotation> annotationType = annotation.annotationType();
			if (!annotationType.getName().startsWith("java.lang.annotation.")) {
				WithInMemoryMattermost settings = find(annotationType, visited);
				if (settings != null) {
					return settings;
				}
			}
		}
		for (Class<?> implemented : type.getInterfaces()) {
			WithInMemoryMattermost settings = find(implemented, visited);
			if (settings != null) {
				return settings;
			}
		}
		return find(type.getSuperclass(), visited);
	}

	private static boolean isInner(Class<?> type) {
		return type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers());
	}

}

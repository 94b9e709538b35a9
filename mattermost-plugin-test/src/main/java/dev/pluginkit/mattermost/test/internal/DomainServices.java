package dev.pluginkit.mattermost.test.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.stub.StreamObserver;

/**
 * Assembles the one {@code PluginAPI} service from per-domain parts. Each part implements
 * {@link PluginAPIGrpc.AsyncService} and overrides only the RPCs of its domain; an RPC is
 * served by the part that overrides it, and every RPC that no part overrides keeps the
 * generated default, which answers {@code UNIMPLEMENTED}.
 */
public final class DomainServices {

	private DomainServices() {
	}

	/**
	 * Builds the service definition.
	 * @param parts the domain parts; at most one may override a given RPC
	 * @return the service definition
	 * @throws IllegalStateException when two parts override the same RPC
	 */
	public static ServerServiceDefinition assemble(List<? extends PluginAPIGrpc.AsyncService> parts) {
		ServiceDescriptor service = PluginAPIGrpc.getServiceDescriptor();
		List<ServerServiceDefinition> bound = new ArrayList<>();
		List<Set<String>> implemented = new ArrayList<>();
		for (PluginAPIGrpc.AsyncService part : parts) {
			bound.add(PluginAPIGrpc.bindService(part));
			implemented.add(implementedRpcs(part));
		}
		ServerServiceDefinition.Builder builder = ServerServiceDefinition.builder(service);
		for (MethodDescriptor<?, ?> rpc : service.getMethods()) {
			ServerMethodDefinition<?, ?> chosen = bound.get(0).getMethod(rpc.getFullMethodName());
			PluginAPIGrpc.AsyncService owner = null;
			for (int i = 0; i < parts.size(); i++) {
				if (implemented.get(i).contains(rpc.getBareMethodName().toLowerCase(Locale.ROOT))) {
					if (owner != null) {
						throw new IllegalStateException(rpc.getBareMethodName() + " is implemented by both "
								+ owner.getClass().getSimpleName() + " and " + parts.get(i).getClass().getSimpleName());
					}
					owner = parts.get(i);
					chosen = bound.get(i).getMethod(rpc.getFullMethodName());
				}
			}
			builder.addMethod(chosen);
		}
		return builder.build();
	}

	/** The RPCs a part overrides, by lower-cased name, found in one pass over its methods. */
	private static Set<String> implementedRpcs(PluginAPIGrpc.AsyncService part) {
		Set<String> names = new HashSet<>();
		for (Method method : part.getClass().getMethods()) {
			if (method.getParameterCount() == 2 && method.getParameterTypes()[1] == StreamObserver.class
					&& method.getDeclaringClass() != PluginAPIGrpc.AsyncService.class) {
				names.add(method.getName().toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

}

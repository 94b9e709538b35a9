package dev.pluginkit.mattermost.test.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

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
		for (PluginAPIGrpc.AsyncService part : parts) {
			bound.add(PluginAPIGrpc.bindService(part));
		}
		ServerServiceDefinition.Builder builder = ServerServiceDefinition.builder(service);
		for (MethodDescriptor<?, ?> rpc : service.getMethods()) {
			ServerMethodDefinition<?, ?> chosen = bound.get(0).getMethod(rpc.getFullMethodName());
			PluginAPIGrpc.AsyncService owner = null;
			for (int i = 0; i < parts.size(); i++) {
				if (overrides(parts.get(i), rpc)) {
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

	private static boolean overrides(PluginAPIGrpc.AsyncService part, MethodDescriptor<?, ?> rpc) {
		String name = rpc.getBareMethodName();
		String javaName = Character.toLowerCase(name.charAt(0)) + name.substring(1);
		for (Method method : part.getClass().getMethods()) {
			if (method.getName().equalsIgnoreCase(javaName) && method.getParameterCount() == 2
					&& method.getParameterTypes()[1] == StreamObserver.class) {
				return method.getDeclaringClass() != PluginAPIGrpc.AsyncService.class;
			}
		}
		return false;
	}

}

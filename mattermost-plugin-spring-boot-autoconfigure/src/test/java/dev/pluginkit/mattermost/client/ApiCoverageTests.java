package dev.pluginkit.mattermost.client;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.pluginkit.mattermost.pluginapi.v1.GetUserRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetUserResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every RPC of the {@code PluginAPI} service, read from its descriptor at run time, has a
 * method of its name on both clients: the RPC's name and the method's are equal once both
 * are lower-cased ({@code KVSet} is {@code kvSet}, {@code GetLDAPUserAttributes} is
 * {@code getLdapUserAttributes}).
 */
class ApiCoverageTests {

	private static final ServiceDescriptor SERVICE = PluginAPIGrpc.getServiceDescriptor();

	@Test
	void blockingClientHasAMethodForEveryRpc() {
		assertThat(SERVICE.getMethods()).hasSize(236);
		assertThat(missingMethods(SERVICE, PluginAPIClient.class, false)).isEmpty();
	}

	@Test
	void asyncClientHasAFutureReturningMethodForEveryRpc() {
		assertThat(missingMethods(SERVICE, AsyncPluginAPIClient.class, true)).isEmpty();
	}

	@Test
	void anRpcWithoutMethodIsReportedByName() {
		ServiceDescriptor.Builder builder = ServiceDescriptor.newBuilder(SERVICE.getName());
		SERVICE.getMethods().forEach(builder::addMethod);
		ServiceDescriptor withOneMore = builder
			.addMethod(MethodDescriptor.<GetUserRequest, GetUserResponse>newBuilder()
				.setType(MethodDescriptor.MethodType.UNARY)
				.setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE.getName(), "GetUserByPhoneNumber"))
				.setRequestMarshaller(ProtoUtils.marshaller(GetUserRequest.getDefaultInstance()))
				.setResponseMarshaller(ProtoUtils.marshaller(GetUserResponse.getDefaultInstance()))
				.build())
			.build();

		assertThat(missingMethods(withOneMore, PluginAPIClient.class, false)).containsExactly("GetUserByPhoneNumber");
		assertThat(missingMethods(withOneMore, AsyncPluginAPIClient.class, true))
			.containsExactly("GetUserByPhoneNumber");
	}

	@Test
	void aMethodOfTheWrongShapeDoesNotCountForTheAsyncClient() {
		assertThat(missingMethods(SERVICE, PluginAPIClient.class, true)).hasSize(SERVICE.getMethods().size());
	}

	/**
	 * Lists the RPCs that have no public method of their name on a client type (for the
	 * asynchronous client: none returning a {@link CompletableFuture}), sorted.
	 */
	static List<String> missingMethods(ServiceDescriptor service, Class<?> client, boolean async) {
		Set<String> methods = Arrays.stream(client.getMethods())
			.filter((method) -> !async || method.getReturnType() == CompletableFuture.class)
			.map(Method::getName)
			.map(String::toLowerCase)
			.collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		for (MethodDescriptor<?, ?> rpc : service.getMethods()) {
			if (!methods.contains(rpc.getBareMethodName().toLowerCase())) {
				missing.add(rpc.getBareMethodName());
			}
		}
		missing.sort(null);
		return missing;
	}

}

package dev.pluginkit.mattermost.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.pluginkit.mattermost.pluginapi.v1.AppError;
import dev.pluginkit.mattermost.pluginapi.v1.KeyValuePair;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.test.InMemoryMattermost;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoMethodDescriptorSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every RPC of the service, through the method of its name on both clients, over a real
 * socket: the request carries each argument in the field of the same position (every
 * field gets a value no other field has, so swapped parameters show), the method returns
 * what the response's result field holds, and both ways the server reports a failure
 * become the matching {@link PluginApiException}.
 */
class EveryRpcTests {

	private static InMemoryMattermost mattermost;

	private static ManagedChannel channel;

	private static PluginAPIClient client;

	private static AsyncPluginAPIClient asyncClient;

	@BeforeAll
	static void start() {
		mattermost = InMemoryMattermost.start();
		channel = mattermost.newChannel();
		client = PluginAPIClient.create(channel);
		asyncClient = AsyncPluginAPIClient.create(channel);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		mattermost.close();
	}

	@TestFactory
	Stream<DynamicTest> blockingClientSendsTheArgumentsAndReturnsTheResult() {
		return rpcs().map((rpc) -> DynamicTest.dynamicTest(rpc.getBareMethodName(),
				() -> checkCall(rpc, PluginAPIClient.class, client, false)));
	}

	@TestFactory
	Stream<DynamicTest> asyncClientSendsTheArgumentsAndReturnsTheResult() {
		return rpcs().map((rpc) -> DynamicTest.dynamicTest(rpc.getBareMethodName(),
				() -> checkCall(rpc, AsyncPluginAPIClient.class, asyncClient, true)));
	}

	@TestFactory
	Stream<DynamicTest> blockingClientThrowsBothErrorStylesAsExceptions() {
		return rpcs().map((rpc) -> DynamicTest.dynamicTest(rpc.getBareMethodName(),
				() -> checkErrors(rpc, PluginAPIClient.class, client, false)));
	}

	@TestFactory
	Stream<DynamicTest> asyncClientFailsTheFutureWithBothErrorStyles() {
		return rpcs().map((rpc) -> DynamicTest.dynamicTest(rpc.getBareMethodName(),
				() -> checkErrors(rpc, AsyncPluginAPIClient.class, asyncClient, true)));
	}

	private static Stream<MethodDescriptor<?, ?>> rpcs() {
		return PluginAPIGrpc.getServiceDescriptor().getMethods().stream();
	}

	private void checkCall(MethodDescriptor<?, ?> rpc, Class<?> clientType, Object target, boolean async)
			throws Exception {
		mattermost.reset();
		String name = rpc.getBareMethodName();
		Message request = SampleMessages.filled(newBuilder(inputType(rpc)), name, 0);
		Message response = SampleMessages.filled(newBuilder(outputType(rpc)), name + "-result", 1);
		mattermost.answer(name, response);
		Call call = Call.of(clientType, name, request);

		Object result = call.invoke(target, async);

		assertThat(mattermost.requests(name)).as("request of %s", name).containsExactly(request);
		Type resultType = async ? futureResultType(call.method) : call.method.getGenericReturnType();
		assertResult(name, resultType, result, response);
	}

	private void checkErrors(MethodDescriptor<?, ?> rpc, Class<?> clientType, Object target, boolean async)
			throws Exception {
		mattermost.reset();
		String name = rpc.getBareMethodName();
		Message request = SampleMessages.filled(newBuilder(inputType(rpc)), name, 0);
		Call call = Call.of(clientType, name, request);

		mattermost.failWith(name, Status.NOT_FOUND.withDescription("app.sample.missing: Nothing here."));
		PluginApiException statusFailure = call.failure(target, async);
		assertThat(statusFailure).as("%s failing with a status", name).isInstanceOf(PluginApiNotFoundException.class);
		assertThat(statusFailure.getErrorId()).isEqualTo("app.sample.missing");

		mattermost.reset();
		mattermost.failWithAppError(name,
				AppError.newBuilder().setId("app.sample.gone").setMessage("Gone.").setStatusCode(404).build());
		PluginApiException appErrorFailure = call.failure(target, async);
		assertThat(appErrorFailure).as("%s failing with an embedded AppError", name)
			.isInstanceOf(PluginApiNotFoundException.class);
		assertThat(appErrorFailure.getErrorId()).isEqualTo("app.sample.gone");
		assertThat(appErrorFailure.getHttpStatus()).isEqualTo(404);
	}

	private static void assertResult(String rpc, Type type, Object result, Message response) {
		List<FieldDescriptor> resultFields = response.getDescriptorForType()
			.getFields()
			.stream()
			.filter((field) -> field.getNumber() > 1)
			.toList();
		if (resultFields.isEmpty()) {
			assertThat(type).as("%s returns nothing", rpc).isIn(void.class, Void.class);
			assertThat(result).isNull();
			return;
		}
		Class<?> raw = rawClass(type);
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				FieldDescriptor field = fieldNamed(response.getDescriptorForType(), component.getName());
				Object value = invoke(component.getAccessor(), result);
				assertThat(javaValue(component.getGenericType(), response.getField(field), field))
					.as("%s.%s", rpc, component.getName())
					.isEqualTo(normalised(value));
			}
			return;
		}
		assertThat(resultFields).as("%s has one result field", rpc).hasSize(1);
		FieldDescriptor field = resultFields.get(0);
		assertThat(normalised(result)).as("result of %s", rpc)
			.isEqualTo(javaValue(type, response.getField(field), field));
	}

	/** What a method is expected to make of a response field, for its declared type. */
	private static Object javaValue(Type type, Object fieldValue, FieldDescriptor field) {
		Class<?> raw = rawClass(type);
		if (raw == Optional.class) {
			Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
			return Optional.of(javaValue(inner, fieldValue, field));
		}
		if (raw == Instant.class) {
			return Instant.ofEpochMilli((Long) fieldValue);
		}
		if (raw == Map.class && field.isMapField()) {
			return entriesToMap(fieldValue);
		}
		if (raw == Map.class) {
			return structToMap((Struct) fieldValue);
		}
		return normalised(fieldValue);
	}

	/** Compares bytes by content, whichever of the two forms they have. */
	private static Object normalised(Object value) {
		if (value instanceof byte[] bytes) {
			return ByteString.copyFrom(bytes);
		}
		if (value instanceof Optional<?> optional) {
			return optional.map(EveryRpcTests::normalised);
		}
		return value;
	}

	private static Map<Object, Object> entriesToMap(Object entries) {
		Map<Object, Object> map = new LinkedHashMap<>();
		for (Object entry : (List<?>) entries) {
			Message message = (Message) entry;
			Descriptor type = message.getDescriptorForType();
			map.put(message.getField(type.findFieldByName("key")), message.getField(type.findFieldByName("value")));
		}
		return map;
	}

	private static Map<String, Object> structToMap(Struct struct) {
		Map<String, Object> map = new LinkedHashMap<>();
		struct.getFieldsMap().forEach((key, value) -> map.put(key, value.getStringValue()));
		return map;
	}

	private static FieldDescriptor fieldNamed(Descriptor type, String javaName) {
		return type.getFields()
			.stream()
			.filter((field) -> field.getJsonName().equals(javaName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No field for record component " + javaName));
	}

	private static Class<?> rawClass(Type type) {
		return (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
	}

	private static Type futureResultType(Method method) {
		assertThat(method.getReturnType()).as("%s returns a future", method.getName())
			.isEqualTo(CompletableFuture.class);
		return ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
	}

	private static Descriptor inputType(MethodDescriptor<?, ?> rpc) {
		return ((ProtoMethodDescriptorSupplier) rpc.getSchemaDescriptor()).getMethodDescriptor().getInputType();
	}

	private static Descriptor outputType(MethodDescriptor<?, ?> rpc) {
		return ((ProtoMethodDescriptorSupplier) rpc.getSchemaDescriptor()).getMethodDescriptor().getOutputType();
	}

	/**
	 * A builder of the generated class, so that equality with received messages holds.
	 */
	private static Message.Builder newBuilder(Descriptor type) {
		try {
			Class<?> generated = Class.forName(PluginAPIGrpc.class.getPackageName() + "." + type.getName());
			return (Message.Builder) generated.getMethod("newBuilder").invoke(null);
		}
		catch (ReflectiveOperationException ex) {
			return DynamicMessage.newBuilder(type);
		}
	}

	private static Object invoke(Method method, Object target, Object... args) {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The client method named after an RPC, with the arguments that put the sample
	 * request's field values in its parameters, in field order.
	 */
	private record Call(Method method, Object[] args) {

		static Call of(Class<?> clientType, String rpc, Message request) {
			Object[] flattened = request.getDescriptorForType()
				.getFields()
				.stream()
				.map((field) -> argument(field, request.getField(field)))
				.toArray();
			List<Method> named = Arrays.stream(clientType.getMethods())
				.filter((method) -> method.getName().equalsIgnoreCase(rpc))
				.toList();
			assertThat(named).as("%s has a method named %s", clientType.getSimpleName(), rpc).isNotEmpty();
			for (Method method : named) {
				if (accepts(method, flattened)) {
					return new Call(method, flattened);
				}
			}
			for (Method method : named) {
				if (accepts(method, new Object[] { request })) {
					return new Call(method, new Object[] { request });
				}
			}
			return fail("No method of %s takes the fields of %s in order: %s", clientType.getSimpleName(),
					request.getDescriptorForType().getName(), named);
		}

		Object invoke(Object target, boolean async) throws Exception {
			Object result = EveryRpcTests.invoke(this.method, target, this.args);
			if (async) {
				try {
					return ((CompletableFuture<?>) result).get(10, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					throw (Exception) ex.getCause();
				}
			}
			return result;
		}

		PluginApiException failure(Object target, boolean async) throws Exception {
			try {
				invoke(target, async);
			}
			catch (PluginApiException ex) {
				return ex;
			}
			return fail("%s did not fail", this.method.getName());
		}

		private static boolean accepts(Method method, Object[] args) {
			Class<?>[] types = method.getParameterTypes();
			if (types.length != args.length) {
				return false;
			}
			for (int i = 0; i < types.length; i++) {
				if (!box(types[i]).isInstance(args[i])) {
					return false;
				}
			}
			return true;
		}

		private static Class<?> box(Class<?> type) {
			if (!type.isPrimitive()) {
				return type;
			}
			return switch (type.getName()) {
				case "boolean" -> Boolean.class;
				case "int" -> Integer.class;
				case "long" -> Long.class;
				case "float" -> Float.class;
				default -> Double.class;
			};
		}

		/** The Java argument that the client turns into this field value. */
		private static Object argument(FieldDescriptor field, Object value) {
			if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
					&& field.getMessageType().getFullName().equals(KeyValuePair.getDescriptor().getFullName())) {
				List<Object> pairs = new ArrayList<>();
				for (Object pair : (List<?>) value) {
					pairs.add(((KeyValuePair) pair).getKey());
					pairs.add(((KeyValuePair) pair).getValue().getStringValue());
				}
				return pairs.toArray();
			}
			if (field.isMapField()) {
				return entriesToMap(value);
			}
			if (value instanceof ByteString bytes) {
				return bytes.toByteArray();
			}
			if (value instanceof Struct struct) {
				return structToMap(struct);
			}
			if (value instanceof Value) {
				throw new IllegalStateException("No request takes a bare Value");
			}
			return value;
		}

	}

}

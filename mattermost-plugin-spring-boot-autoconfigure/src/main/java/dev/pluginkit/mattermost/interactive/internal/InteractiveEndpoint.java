package dev.pluginkit.mattermost.interactive.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pluginkit.mattermost.interactive.PostActionIntegrationRequest;
import dev.pluginkit.mattermost.interactive.PostActionIntegrationResponse;
import dev.pluginkit.mattermost.interactive.SubmitDialogRequest;
import dev.pluginkit.mattermost.interactive.SubmitDialogResponse;
import dev.pluginkit.mattermost.interactive.internal.InteractiveHandlerMethod.Argument;
import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.web.PluginHttpRequests;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.lang.Nullable;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the {@code @PostAction} and {@code @DialogSubmission} handlers as Spring MVC
 * functional endpoints: {@code POST {path}/actions/{name}} and
 * {@code POST {path}/dialogs/{callbackId}}. The server posts these requests to the plugin
 * itself, in-process ({@code DoLocalRequest} in {@code server/channels/app/integration_action.go}),
 * with the user's id in {@code Mattermost-User-Id} and no {@code Content-Type}, so the body is
 * read as JSON whatever the request says. The answer is written whole, with its length, so
 * that it leaves in one ServeHTTP message: the server keeps only the last chunk of these
 * answers. The server does not look at the status of these answers, only at the body.
 */
public class InteractiveEndpoint {

	private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

	private final InteractiveHandlerRegistry registry;

	private final ObjectMapper mapper;

	private final String path;

	/**
	 * Creates the endpoint.
	 * @param registry the handlers
	 * @param mapper the mapper that reads requests, converts contexts and submissions, and
	 * writes answers; it should write JSON as Go does
	 * @param path the path prefix, such as {@code /interactive}
	 */
	public InteractiveEndpoint(InteractiveHandlerRegistry registry, ObjectMapper mapper, String path) {
		this.registry = registry;
		this.mapper = mapper;
		this.path = path;
	}

	/**
	 * The routes, for Spring MVC's {@code RouterFunctionMapping}.
	 * @return the router function
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route()
			.POST(this.path + "/actions/{name}", this::action)
			.POST(this.path + "/dialogs/{callbackId}", this::dialog)
			.build();
	}

	private ServerResponse action(ServerRequest request) throws Exception {
		String userId = requireUser(request);
		String name = request.pathVariable("name");
		InteractiveHandlerMethod handler = this.registry.action(name);
		if (handler == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No @PostAction method handles '" + name + "'");
		}
		PostActionIntegrationRequest payload = read(request, PostActionIntegrationRequest.class);
		Object[] arguments = new Object[handler.arguments().size()];
		for (int i = 0; i < arguments.length; i++) {
			Argument argument = handler.arguments().get(i);
			arguments[i] = switch (argument.source()) {
				case REQUEST -> payload;
				case USER_ID -> userId;
				case VALUES -> convert(payload.context(), argument, "the action's context");
				case VALUE -> convertOne(payload.context(), argument, "context value");
				case SELECTED_OPTION -> payload.selectedOption();
				case PLUGIN_CONTEXT -> pluginContext(request);
				case STATE, CANCELLED -> throw new IllegalStateException(argument.source() + " in an action");
			};
		}
		Object result = invoke(handler, arguments);
		PostActionIntegrationResponse response = switch (handler.returns()) {
			case NOTHING -> PostActionIntegrationResponse.none();
			case RESPONSE -> (result != null) ? (PostActionIntegrationResponse) result
					: PostActionIntegrationResponse.none();
			case POST -> (result != null) ? PostActionIntegrationResponse.update((Post) result)
					: PostActionIntegrationResponse.none();
			case TEXT -> StringUtils.hasLength((String) result)
					? PostActionIntegrationResponse.ephemeral((String) result) : PostActionIntegrationResponse.none();
		};
		return json(this.mapper.writeValueAsBytes(response));
	}

	private ServerResponse dialog(ServerRequest request) throws Exception {
		String userId = requireUser(request);
		String callbackId = request.pathVariable("callbackId");
		InteractiveHandlerMethod handler = this.registry.dialog(callbackId);
		if (handler == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No @DialogSubmission method handles '" + callbackId + "'");
		}
		SubmitDialogRequest payload = read(request, SubmitDialogRequest.class);
		Object[] arguments = new Object[handler.arguments().size()];
		for (int i = 0; i < arguments.length; i++) {
			Argument argument = handler.arguments().get(i);
			arguments[i] = switch (argument.source()) {
				case REQUEST -> payload;
				case USER_ID -> userId;
				case VALUES -> convert(payload.values(), argument, "the submission");
				case VALUE -> convertOne(payload.values(), argument, "submitted value");
				case STATE -> payload.state();
				case CANCELLED -> payload.cancelled();
				case PLUGIN_CONTEXT -> pluginContext(request);
				case SELECTED_OPTION -> throw new IllegalStateException(argument.source() + " in a dialog");
			};
		}
		Object result = invoke(handler, arguments);
		SubmitDialogResponse response = switch (handler.returns()) {
			case NOTHING, POST -> SubmitDialogResponse.accepted();
			case RESPONSE -> (result != null) ? (SubmitDialogResponse) result : SubmitDialogResponse.accepted();
			case TEXT -> StringUtils.hasLength((String) result) ? SubmitDialogResponse.error((String) result)
					: SubmitDialogResponse.accepted();
		};
		return json(response.isAccepted() ? EMPTY_OBJECT : this.mapper.writeValueAsBytes(response));
	}

	private static String requireUser(ServerRequest request) {
		String userId = request.headers().firstHeader(PluginHttpRequests.USER_ID_HEADER);
		if (!StringUtils.hasText(userId)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"A logged-in Mattermost user is required (no " + PluginHttpRequests.USER_ID_HEADER + ")");
		}
		return userId;
	}

	private <T> T read(ServerRequest request, Class<T> type) throws IOException {
		byte[] body = request.servletRequest().getInputStream().readAllBytes();
		try {
			return this.mapper.readValue((body.length > 0) ? body : EMPTY_OBJECT, type);
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The body is not the server's " + type.getSimpleName() + " JSON: " + ex.getMessage(), ex);
		}
	}

	@Nullable
	private Object convertOne(Map<String, Object> values, Argument argument, String what) {
		Object value = values.get(argument.name());
		if (value == null) {
			if (argument.required()) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"The " + what + " '" + argument.name() + "' is required but absent");
			}
			return null;
		}
		return convert(value, argument, what + " '" + argument.name() + "'");
	}

	@Nullable
	private Object convert(Object value, Argument argument, String what) {
		JavaType type = this.mapper.constructType(argument.type());
		if (type.getRawClass().isInstance(value) && !type.isContainerType()) {
			return value;
		}
		try {
			return this.mapper.convertValue(value, type);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Cannot read " + what + " as " + type.toCanonical() + ": " + ex.getMessage(), ex);
		}
	}

	private static PluginContext pluginContext(ServerRequest request) {
		HttpServletRequest servletRequest = request.servletRequest();
		return PluginHttpRequests.pluginContext(servletRequest).orElse(PluginContext.getDefaultInstance());
	}

	@Nullable
	private static Object invoke(InteractiveHandlerMethod handler, Object[] arguments) throws Exception {
		ReflectionUtils.makeAccessible(handler.method());
		try {
			return handler.method().invoke(handler.bean(), arguments);
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof Exception exception) {
				throw exception;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private static ServerResponse json(byte[] body) {
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).build((request, response) -> {
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return null;
		});
	}

}

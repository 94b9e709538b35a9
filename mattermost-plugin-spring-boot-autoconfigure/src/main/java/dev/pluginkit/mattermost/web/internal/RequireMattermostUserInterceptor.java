package dev.pluginkit.mattermost.web.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.pluginkit.mattermost.web.PluginHttpRequests;
import dev.pluginkit.mattermost.web.RequireMattermostUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers 401, through the application's error handling, to a request without a logged-in
 * user for a handler that requires one: always, when registered for configured path
 * patterns; otherwise for handlers annotated with {@link RequireMattermostUser}.
 */
public class RequireMattermostUserInterceptor implements HandlerInterceptor {

	private final boolean always;

	/** Whether each handler method requires a user; annotation lookups are too slow to repeat per request. */
	private final Map<Method, Boolean> required = new ConcurrentHashMap<>();

	/**
	 * @param always whether every request this interceptor sees needs a user, rather than
	 * only those for annotated handlers
	 */
	public RequireMattermostUserInterceptor(boolean always) {
		this.always = always;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!this.always && !requiresUser(handler)) {
			return true;
		}
		if (StringUtils.hasText(request.getHeader(PluginHttpRequests.USER_ID_HEADER))) {
			return true;
		}
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED,
				"A logged-in Mattermost user is required (no " + PluginHttpRequests.USER_ID_HEADER + ")");
		return false;
	}

	private boolean requiresUser(Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return false;
		}
		return this.required.computeIfAbsent(method.getMethod(),
				(key) -> AnnotatedElementUtils.hasAnnotation(key, RequireMattermostUser.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RequireMattermostUser.class));
	}

}

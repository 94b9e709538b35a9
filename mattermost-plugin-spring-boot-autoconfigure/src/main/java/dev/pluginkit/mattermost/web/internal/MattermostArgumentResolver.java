package dev.pluginkit.mattermost.web.internal;

import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.web.MattermostPluginId;
import dev.pluginkit.mattermost.web.MattermostUserId;
import dev.pluginkit.mattermost.web.PluginHttpRequests;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resolves {@link MattermostUserId} and {@link MattermostPluginId} parameters from the
 * headers the server sets, and {@link PluginContext} parameters from the request. A required
 * id that is absent answers 401 (no user) or 403 (not a plugin) through Spring MVC's
 * {@link ResponseStatusException} handling, so the application's error handling shapes the
 * answer.
 */
public class MattermostArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(MattermostUserId.class)
				|| parameter.hasParameterAnnotation(MattermostPluginId.class)
				|| PluginContext.class.equals(parameter.getParameterType());
	}

	@Override
	@Nullable
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		if (PluginContext.class.equals(parameter.getParameterType())) {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			return (request != null) ? PluginHttpRequests.pluginContext(request).orElse(PluginContext.getDefaultInstance())
					: PluginContext.getDefaultInstance();
		}
		checkStringParameter(parameter);
		MattermostUserId user = parameter.getParameterAnnotation(MattermostUserId.class);
		if (user != null) {
			String userId = webRequest.getHeader(PluginHttpRequests.USER_ID_HEADER);
			if (!StringUtils.hasText(userId)) {
				if (user.required()) {
					throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
							"A logged-in Mattermost user is required (no " + PluginHttpRequests.USER_ID_HEADER + ")");
				}
				return null;
			}
			return userId;
		}
		MattermostPluginId plugin = parameter.getParameterAnnotation(MattermostPluginId.class);
		String pluginId = webRequest.getHeader(PluginHttpRequests.PLUGIN_ID_HEADER);
		if (!StringUtils.hasText(pluginId)) {
			if (plugin != null && plugin.required()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN,
						"Only another plugin or the server may call this (no " + PluginHttpRequests.PLUGIN_ID_HEADER + ")");
			}
			return null;
		}
		return pluginId;
	}

	private static void checkStringParameter(MethodParameter parameter) {
		if (!String.class.equals(parameter.getParameterType())) {
			throw new IllegalStateException("Parameter " + parameter.getParameterIndex() + " of "
					+ parameter.getExecutable().toGenericString() + " is a " + parameter.getParameterType().getName()
					+ "; @MattermostUserId and @MattermostPluginId bind to String parameters");
		}
	}

}
